import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import type { LoadedDossier } from '../dossier/load';
import type { EntityRecord } from '../dossier/records';
import { ENTITY_KINDS } from '../schemas/kinds';
import { isDerivedRelation, RELATION_TYPES } from '../schemas/relation-types';
import { formatDossierDate, parseDossierDate } from '../shared/dates';
import { fold } from '../shared/fold';
import { ID_PATTERN, ID_RULE } from '../shared/id-pattern';
import { CITATION_PATTERN } from '../schemas/citation';
import { once } from '../shared/once';
import { byCodePoint } from '../shared/order';
import { newestArticles } from '../views/article-meta';
import { briefingModel, briefingSource, type BriefingModel } from '../views/briefing';
import { assessmentModel } from '../views/assessment';
import { assessmentSnapshotSchema } from './assessment-snapshot';
import { profileFacts } from '../views/profile-facts';

/**
 * What an edition keeps of the dossier: each statement as text with the
 * paragraphs it cites, so that a later dossier can be compared with it fact by
 * fact, and the one-page briefing as it was. It holds no article text (only
 * each article's paragraph count and a digest of its text) and no code: it is
 * data, read with these schemas and rendered escaped like the rest.
 */

const text = z.string().min(1);
const id = z.string().regex(ID_PATTERN, `is not an id (${ID_RULE})`);
/** Citations as the content writes them: `<article>#p-<n>`. */
const cite = z.array(z.string().regex(CITATION_PATTERN, 'is not a citation (<article>#p-<n>)'));

/**
 * One fact of a profile: a role, a type, a date, a place, a participant, an
 * alias, a relation. `key` says which fact it is (two editions' facts with the
 * same key and `ref` are the same fact); `label` and `value` are how it reads;
 * `ref` is the entity it points at, `refName` that entity's name then.
 */
const factSchema = z.strictObject({
  key: text,
  label: text,
  value: z.string(),
  ref: id.optional(),
  refName: text.optional(),
  cite,
});

const sentenceSchema = z.strictObject({ text: text, cite });

const entitySchema = z.strictObject({
  id,
  kind: z.enum(ENTITY_KINDS as readonly string[] as [string, ...string[]]),
  name: text,
  facts: z.array(factSchema),
  summary: z.array(sentenceSchema),
});

const articleSchema = z.strictObject({
  id,
  title: text,
  label: text,
  outlet: text,
  published: text,
  paragraphs: z.int().min(1),
  /** sha256 of the article's paragraphs: an article's text is verbatim, so a change to it is news. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});

const quoteSchema = z.strictObject({
  id: text,
  speaker: id,
  speakerName: text,
  text: text,
  cite: z.string().regex(CITATION_PATTERN),
});

const claimSchema = z.strictObject({
  id: text,
  statement: text,
  status: text,
  cite,
  supports: z.array(text),
  contradicts: z.array(text),
});

const briefingSchema = z.strictObject({
  title: text,
  scope: text,
  asOf: text,
  bottomLine: z.array(sentenceSchema),
  keyActors: z.array(z.strictObject({ entity: id, name: text, role: z.string(), position: text, cite })),
  timeline: z.array(z.strictObject({ entity: id, name: text, date: text.optional(), cite })),
  keyQuotes: z.array(
    z.strictObject({ id: text, speaker: id, speakerName: text, text: text, note: text.optional(), cite: text }),
  ),
  sources: z.array(z.strictObject({ id, title: text, label: text, outlet: text, published: text })),
}) satisfies z.ZodType<BriefingModel>;

/** The dossier as an edition keeps it. */
export const snapshotSchema = z.strictObject({
  articles: z.array(articleSchema),
  entities: z.array(entitySchema),
  quotes: z.array(quoteSchema),
  claims: z.array(claimSchema),
  briefing: briefingSchema,
  /** The key judgments, what to watch, unknowns and grades as they were; absent in editions recorded before any. */
  assessment: assessmentSnapshotSchema.optional(),
});

export type Snapshot = z.output<typeof snapshotSchema>;
export type SnapshotEntity = Snapshot['entities'][number];
export type SnapshotFact = SnapshotEntity['facts'][number];
export type SnapshotArticle = Snapshot['articles'][number];
export type SnapshotQuote = Snapshot['quotes'][number];
export type SnapshotClaim = Snapshot['claims'][number];

/** Citations without duplicates, in code-point order: two snapshots of the same content are equal. */
const sorted = (values: Iterable<string>) => [...new Set(values)].sort(byCodePoint);

/** How many paragraphs an alias cites: where the oldest articles that use the name first use it. */
const ALIAS_CITATIONS = 3;

/**
 * The facts of one profile as {@link SnapshotFact}s: the fact box's (`profileFacts`), each alias cited to where the
 * articles use it, then the profile's declared relations.
 */
function factsOf(entity: EntityRecord, dossier: LoadedDossier, aliasCitations: Map<string, string[]>): SnapshotFact[] {
  const name = (ref: string) => dossier.entity(ref)?.data.name ?? ref;
  const pointing = (key: string, label: string, value: string, ref: string, cites: readonly string[]) => ({
    key,
    label,
    value,
    ref,
    refName: name(ref),
    cite: sorted(cites),
  });
  const facts: SnapshotFact[] = profileFacts(entity).flatMap(({ shape, rows }) =>
    rows.map((row): SnapshotFact => {
      if (shape === 'names') {
        return { ...row, cite: aliasCitations.get(`${entity.id}\u0000${fold(row.value)}`) ?? [] };
      }
      if (row.ref) return pointing(row.key, row.label, row.value, row.ref, row.cite);
      const value = row.date ? formatDossierDate(parseDossierDate(row.date)) : row.value;
      return { key: row.key, label: row.label, value, cite: sorted(row.cite) };
    }),
  );
  for (const relation of entity.data.relations) {
    if (isDerivedRelation(relation.type)) continue;
    facts.push(
      pointing(`relation:${relation.type}`, RELATION_TYPES[relation.type].label, '', relation.to, relation.cite),
    );
  }
  return facts;
}

/**
 * Where the articles call an entity by each of its names: the first paragraph that does in each of the oldest
 * articles that do. Oldest first, so that a later article never changes an alias's citations, and an edition
 * recorded from the earlier articles only still finds them.
 */
function aliasCitationsOf(dossier: LoadedDossier): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const article of [...newestArticles(dossier)].reverse()) {
    const seenHere = new Set<string>();
    for (const mention of article.mentions) {
      const key = `${mention.entity}\u0000${fold(mention.text)}`;
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      const list = found.get(key) ?? [];
      if (list.length < ALIAS_CITATIONS) list.push(`${article.id}#p-${mention.paragraph}`);
      found.set(key, list);
    }
  }
  return found;
}

/** The digest of an article's text, paragraph by paragraph. */
export function textDigest(paragraphs: readonly string[]): string {
  return createHash('sha256').update(paragraphs.join('\u0000')).digest('hex');
}

/** Whether the dossier assesses anything: judgments, indicators, gaps, a trend or alert, or a graded claim. */
function hasAssessment(dossier: LoadedDossier): boolean {
  const { trend, alert } = dossier.dossier.data;
  return (
    dossier.judgments.length + dossier.indicators.length + dossier.gaps.length > 0 ||
    Boolean(trend ?? alert) ||
    dossier.claims.some((c) => c.data.credibility)
  );
}

/** The dossier as an edition would keep it now, computed once per build. */
export const snapshotOf = once((dossier: LoadedDossier): Snapshot => {
  const aliasCitations = aliasCitationsOf(dossier);
  return {
    articles: [...dossier.articles]
      .sort((a, b) => byCodePoint(a.id, b.id))
      .map((article) => ({
        ...briefingSource(article),
        paragraphs: article.paragraphs.length,
        digest: textDigest(article.paragraphs),
      })),
    entities: ENTITY_KINDS.flatMap((kind) =>
      [...dossier.entitiesOfKind(kind)]
        .sort((a, b) => byCodePoint(a.id, b.id))
        .map((entity) => ({
          id: entity.id,
          kind: entity.kind,
          name: entity.data.name,
          facts: factsOf(entity, dossier, aliasCitations),
          summary: entity.summary.sentences.map((s) => ({ text: s.text, cite: sorted(s.cite) })),
        })),
    ),
    quotes: [...dossier.quotes]
      .sort((a, b) => byCodePoint(a.id, b.id))
      .map((quote) => ({
        id: quote.id,
        speaker: quote.data.speaker,
        speakerName: dossier.entity(quote.data.speaker)?.data.name ?? quote.data.speaker,
        text: quote.data.text,
        cite: quote.data.cite,
      })),
    claims: [...dossier.claims]
      .sort((a, b) => byCodePoint(a.id, b.id))
      .map((claim) => ({
        id: claim.id,
        statement: claim.data.statement,
        status: claim.data.status,
        cite: sorted(claim.data.cite),
        supports: sorted(claim.data.supports),
        contradicts: sorted(claim.data.contradicts),
      })),
    briefing: briefingModel(dossier),
    ...(hasAssessment(dossier) ? { assessment: assessmentModel(dossier) } : {}),
  };
});

/**
 * The part of a snapshot that rests on `articles` alone: every statement
 * whose citations all lie in them, the entities left with at least one such
 * statement or mention, the briefing's lines that rest on them. It is how an
 * edition is recorded after the fact for a day when only those articles were
 * in (`npm run edition -- --sources …`): conservative, since a statement that
 * also cites a later article is left out even if the earlier one would have
 * carried part of it.
 */
export function restrictToArticles(snapshot: Snapshot, articles: ReadonlySet<string>): Snapshot {
  const within = (cites: readonly string[]) => cites.length > 0 && cites.every((c) => articles.has(c.split('#')[0]!));
  const facts = (entity: SnapshotEntity) =>
    entity.facts
      .map((f) => (f.key.startsWith('alias:') ? { ...f, cite: f.cite.filter((c) => within([c])) } : f))
      .filter((f) => within(f.cite));
  const kept = snapshot.entities
    .map((entity) => ({ ...entity, facts: facts(entity), summary: entity.summary.filter((s) => within(s.cite)) }))
    .filter((entity) => entity.facts.length > 0 || entity.summary.length > 0);
  const ids = new Set(kept.map((e) => e.id));
  const entities = kept.map((entity) => ({ ...entity, facts: entity.facts.filter((f) => !f.ref || ids.has(f.ref)) }));
  const quotes = snapshot.quotes.filter((q) => within([q.cite]) && ids.has(q.speaker));
  const claims = snapshot.claims.filter((c) => within(c.cite));
  const claimIds = new Set(claims.map((c) => c.id));
  const quoteIds = new Set(quotes.map((q) => q.id));
  const { briefing } = snapshot;
  // Judgments were made on the dossier as a whole, later: an edition recorded after the fact keeps none.
  return {
    articles: snapshot.articles.filter((a) => articles.has(a.id)),
    entities,
    quotes,
    claims: claims.map((c) => ({
      ...c,
      supports: c.supports.filter((s) => claimIds.has(s)),
      contradicts: c.contradicts.filter((s) => claimIds.has(s)),
    })),
    briefing: {
      ...briefing,
      bottomLine: briefing.bottomLine.filter((s) => within(s.cite)),
      keyActors: briefing.keyActors.filter((a) => ids.has(a.entity) && within(a.cite)),
      // An event whose date rests on a later article is shown undated, as the sources then had it.
      timeline: briefing.timeline
        .filter((e) => ids.has(e.entity))
        .map((e) => (e.cite.length === 0 || within(e.cite) ? e : { entity: e.entity, name: e.name, cite: [] })),
      keyQuotes: briefing.keyQuotes.filter((q) => quoteIds.has(q.id)),
      sources: briefing.sources.filter((s) => articles.has(s.id)),
    },
  };
}
