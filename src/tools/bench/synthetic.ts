import seedrandom from 'seedrandom';
import { stringify } from 'yaml';
import { paragraphsToMdx } from '../../content/render/article-text';
import { formatCitation } from '../../schemas/citation';
import type { EntityKind } from '../../schemas/entity';

/** One file of a synthetic dossier: its path under content/ and its text. */
export interface SyntheticFile {
  path: string;
  text: string;
}

/** How big a synthetic dossier is. */
export interface SyntheticOptions {
  articles: number;
  /** Seed of the generator; the same seed and size give the same files. */
  seed?: string;
  /** Words the paragraphs are made of (e.g. the words of the real seed texts). */
  vocabulary: readonly string[];
  /** One quote every this many articles (default 5): lower it for a dossier whose quote lists are paged. */
  quoteEvery?: number;
  /** One claim every this many articles (default 10): lower it for a claim ledger of several pages. */
  claimEvery?: number;
}

const PARAGRAPHS_PER_ARTICLE = 12;
const WORDS_PER_PARAGRAPH = 66;
const MENTIONS_PER_ARTICLE = 8;
const KIND_SHARE: Array<[EntityKind, number]> = [
  ['people', 0.4],
  ['organizations', 0.2],
  ['places', 0.2],
  ['events', 0.1],
  ['topics', 0.1],
];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ven',
  'tor',
  'sel',
  'ba',
  'ni',
  'qua',
  'dar',
  'lin',
  'mor',
  'pe',
  'zu',
  'fal',
  'gri',
  'ost',
  'ul',
  'ter',
];
const OUTLETS = ['Daily Ledger', 'Harbour Post', 'Northern Wire', 'The Courier', 'Evening Record', 'Atlas News'];

interface Entity {
  kind: EntityKind;
  id: string;
  name: string;
  aliases: string[];
  /** Where it is first mentioned: article id and paragraph. */
  cite?: string;
  /** Entities it is mentioned alongside, with the citation, for relations. */
  near: Array<{ id: string; cite: string }>;
}

/** Quoted strings: Astro reads frontmatter with js-yaml, which would turn 2024-01-01 into a Date. */
const YAML_OPTIONS = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/**
 * A deterministic synthetic dossier in the real content format: articles of
 * about 800 words, N/2 entities over every kind mentioned with a Zipf-like
 * spread (a few in thousands of articles), relations, events, quotes that
 * really occur in their paragraphs, and claims. It passes the build's checks.
 */
export function generateDossier(options: SyntheticOptions): SyntheticFile[] {
  if (options.articles < 20) throw new Error('A synthetic dossier needs at least 20 articles.');
  const random = seedrandom(options.seed ?? 'dossier');
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const words = options.vocabulary.filter((w) => /^[a-z]{3,}$/.test(w));
  const entityCount = Math.max(10, Math.floor(options.articles / 2));

  // Entity names: words of two to four syllables (160,000 possible), unique, never one of the vocabulary's words.
  const used = new Set(words);
  const nameWord = () => {
    for (;;) {
      const word = capital(Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(''));
      if (!used.has(word.toLowerCase())) {
        used.add(word.toLowerCase());
        return word;
      }
    }
  };
  const entities: Entity[] = [];
  for (const [kind, share] of KIND_SHARE) {
    const count = Math.max(2, Math.round(entityCount * share));
    for (let i = 0; i < count; i++) {
      const [a, b] = [nameWord(), nameWord()];
      const names: Record<EntityKind, string> = {
        people: `${a} ${b}`,
        organizations: `${a} ${b} Agency`,
        places: `Port ${a}`,
        events: `${a} Summit`,
        topics: `${a} question`,
      };
      const name = names[kind];
      const aliases = kind === 'people' ? [b] : [];
      entities.push({
        kind,
        id: `${kind.slice(0, 3)}-${name.toLowerCase().replace(/\s+/g, '-')}`,
        name,
        aliases,
        near: [],
      });
    }
  }
  // Zipf: the entity at rank r is picked with weight 1/r.
  const weights = entities.map((_, r) => 1 / (r + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w / total), 0);
  const zipf = () => {
    const x = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return entities[lo]!;
  };

  const sentence = (length: number) => {
    const list = Array.from({ length }, () => pick(words));
    return `${capital(list.join(' '))}.`;
  };
  const files: SyntheticFile[] = [];
  const quotes: Record<string, unknown> = {};
  const claims: Record<string, Record<string, unknown>> = {};
  const articleIds: string[] = [];

  for (let i = 0; i < options.articles; i++) {
    const id = `article-${String(i + 1).padStart(5, '0')}`;
    articleIds.push(id);
    const mentioned = new Set<Entity>([entities[i % entities.length]!]);
    while (mentioned.size < MENTIONS_PER_ARTICLE) mentioned.add(zipf());
    const paragraphs = Array.from({ length: PARAGRAPHS_PER_ARTICLE }, () =>
      Array.from({ length: 5 }, () => sentence(Math.round(WORDS_PER_PARAGRAPH / 5))).join(' '),
    );
    const byParagraph = new Map<number, Entity[]>();
    for (const entity of mentioned) {
      const p = Math.floor(random() * PARAGRAPHS_PER_ARTICLE);
      paragraphs[p] = `${paragraphs[p]} ${capital(pick(words))} ${pick(words)} ${entity.name} ${pick(words)}.`;
      byParagraph.set(p, [...(byParagraph.get(p) ?? []), entity]);
      const cite = formatCitation(id, p + 1);
      entity.cite ??= cite;
    }
    for (const [p, together] of byParagraph) {
      for (const a of together)
        for (const b of together) if (a !== b) a.near.push({ id: b.id, cite: formatCitation(id, p + 1) });
    }
    const day = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000 * (730 / Math.max(1, options.articles)));
    const date = day.toISOString().slice(0, 10);
    const [first, second] = [...mentioned];
    const frontmatter = {
      title: `${first!.name} and ${second!.name}: report ${i + 1}`,
      label: `Report ${i + 1}`,
      outlet: { status: 'stated', value: pick(OUTLETS) },
      published: { status: 'stated', value: date },
      language: 'en',
      url: { status: 'not-stated' },
      summary: sentence(20),
      seed: `${id}.txt`,
      source: { kind: 'report', access: 'unknown', independenceGroup: `line-${i % 7}` },
    };
    files.push({
      path: `articles/${id}.mdx`,
      text: `---\n${stringify(frontmatter, YAML_OPTIONS)}---\n\n${paragraphsToMdx(paragraphs)}`,
    });

    // Every fifth article (by default) gives a quote: six words of a paragraph, said by a person it mentions.
    const speaker = [...mentioned].find((e) => e.kind === 'people');
    if (i % (options.quoteEvery ?? 5) === 0 && speaker) {
      const p = Math.floor(random() * PARAGRAPHS_PER_ARTICLE);
      const text = paragraphs[p]!.split(' ').slice(3, 9).join(' ');
      quotes[`quote-${id}`] = {
        speaker: speaker.id,
        text,
        cite: formatCitation(id, p + 1),
        language: 'en',
        context: {},
      };
    }
    // Every tenth article (by default) makes a claim; every other claim contradicts the one before.
    if (i % (options.claimEvery ?? 10) === 0) {
      const key = `claim-${id}`;
      const previous = Object.keys(claims).at(-1);
      claims[key] = {
        statement: sentence(10),
        claimant: first!.id,
        about: [second!.id],
        cite: `${id}#p-1`,
        status: previous && Object.keys(claims).length % 2 === 1 ? 'disputed' : 'reported',
        ...(previous && Object.keys(claims).length % 2 === 1 ? { contradicts: [previous] } : {}),
      };
    }
  }

  const relationType = (from: Entity, to: Entity) => {
    if (from.kind === 'people' && to.kind === 'people') return 'spoke-with';
    if (from.kind === 'people' && to.kind === 'organizations') return 'member-of';
    if (from.kind === 'organizations' && to.kind === 'places') return 'located-in';
    if (from.kind === 'events') return 'concerns';
    return 'in-contact-with';
  };
  for (const entity of entities) {
    const cite = entity.cite!;
    const seen = new Set<string>();
    const relations = entity.near
      .filter((n) => n.id > entity.id && !seen.has(n.id) && seen.add(n.id))
      .slice(0, 2)
      .map((n) => ({
        type: relationType(
          entity,
          entities.find((e) => e.id === n.id)!,
        ),
        to: n.id,
        cite: n.cite,
      }));
    const data: Record<string, unknown> = { name: entity.name, aliases: entity.aliases, relations };
    if (entity.kind === 'people') data.roles = [{ title: 'Named in the reports', cite }];
    if (entity.kind === 'organizations' || entity.kind === 'places')
      data.type = { value: entity.kind === 'places' ? 'port' : 'agency', cite };
    if (entity.kind === 'events') {
      const article = cite.split('#')[0]!;
      const index = articleIds.indexOf(article);
      const day = new Date(Date.UTC(2024, 0, 1) + index * 86_400_000 * (730 / Math.max(1, options.articles)));
      data.date = { edtf: day.toISOString().slice(0, 10), cite };
      data.participants = entity.near
        .filter((n) => n.id.startsWith('peo-'))
        .slice(0, 3)
        .map((n) => ({ ref: n.id, cite: n.cite }))
        .filter((p, k, all) => all.findIndex((q) => q.ref === p.ref) === k);
    }
    const body = `${entity.name} is named in the reports.<Cite to="${cite}" />\n`;
    files.push({
      path: `${entity.kind}/${entity.id}.mdx`,
      text: `---\n${stringify(data, YAML_OPTIONS)}---\n\n${body}`,
    });
  }

  const people = entities.filter((e) => e.kind === 'people');
  const dossier = {
    title: `Synthetic dossier of ${options.articles} articles`,
    scope: 'A generated dossier for measuring the build.',
    asOf: { edtf: '2025-12-31', basis: 'The end of the generated period.' },
    keyActors: people.slice(0, 5).map((p) => ({ ref: p.id, position: 'Among the most mentioned.', cite: p.cite })),
    bottomLine: entities.slice(0, 3).map((e) => ({ text: `${e.name} is named in the reports.`, cite: e.cite })),
    keyEvents: entities
      .filter((e) => e.kind === 'events')
      .slice(0, 5)
      .map((e) => ({ ref: e.id })),
    keyQuotes: Object.keys(quotes).slice(0, 3),
  };
  files.push({
    path: 'dossier/index.mdx',
    text: `---\n${stringify(dossier, YAML_OPTIONS)}---\n\nA generated dossier.<Cite to="${entities[0]!.cite}" />\n`,
  });
  files.push({ path: 'quotes.yaml', text: stringify(quotes, YAML_OPTIONS) });
  files.push({ path: 'claims.yaml', text: stringify(claims, YAML_OPTIONS) });
  return files;
}
