import type { LoadedDossier } from '../dossier/load';
import type { RelationView } from '../dossier/link-graph';
import type { ProsePart } from '../content/render/prose';
import { urls } from '../identity/site';
import type { ProfileListName } from '../identity/urls';
import { formatDossierDate } from '../shared/dates';
import { oncePerId } from '../shared/once';
import { dateLine } from './article-meta';
import { judgmentsAbout, type NumberedJudgment } from './assessment';
import { claimUrl } from './locations';
import { factBox, type FactBoxView } from './profile-facts';
import { entityHead, type EntityHead } from './profile-page';
import { profileLists } from './profile-lists';
import { siteChrome, type SiteChrome } from './site-chrome';
import type { TimelineEntry } from './timeline';

/**
 * How much of each list a one-page brief shows. With these, every brief of
 * the real dossier and of the synthetic benchmark dossiers prints on one A4 or
 * US Letter page (tests/e2e/brief.test.ts): the page is bounded by counts and
 * by the length of the texts it quotes, never by the size of the dossier.
 */
export const BRIEF_LIMITS = {
  relations: 6,
  events: 5,
  quotes: 3,
  claims: 3,
  sources: 4,
  /** Longer quotes and claim statements are left to the profile: a brief never cuts a quotation. */
  quoteChars: 220,
  claimChars: 240,
} as const;

/** What a list of the profile holds beyond what the brief shows. */
export interface LeftOut {
  list: ProfileListName | 'sources';
  count: number;
}

/** The parts of one entity's brief, chosen by {@link entityBrief}'s rule. */
export interface EntityBrief {
  relations: RelationView[];
  events: TimelineEntry[];
  quotes: string[];
  claims: string[];
  /** Articles that mention the entity, with how many of their sentences do. */
  sources: Array<{ article: string; mentions: number }>;
  left: LeftOut[];
  /** How many of each list it shows at most, as chosen for this entity. */
  limits: BriefCounts;
}

/** How many relations, events, quotes, claims and sources a brief shows at most. */
export type BriefCounts = Record<'relations' | 'events' | 'quotes' | 'claims' | 'sources', number>;

/** The `limit` items most cited first; equal ones keep the profile's order. */
function mostCited<T>(items: readonly T[], cites: (item: T) => number, limit: number): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => cites(b.item) - cites(a.item) || a.index - b.index)
    .slice(0, limit)
    .map(({ item }) => item);
}

/**
 * What an entity's one-page brief shows, by one rule: in each list the items
 * with the most citations come first (ties keep the profile's order: source
 * order for quotes), up to {@link BRIEF_LIMITS} (fewer relations, quotes
 * and claims where key judgments concern the entity); events with the most
 * participants, shown in date order; quotes and
 * claims longer than a few lines are left to the profile; the sources are the
 * articles with the most sentences naming the entity. What is left out is
 * counted per list, for the brief to say where the rest is.
 */
export const entityBrief = oncePerId((dossier: LoadedDossier, id: string): EntityBrief => {
  const lists = profileLists(dossier, id);
  const limits = BRIEF_LIMITS;
  // The key judgments about the entity come first on the page; every two of them take the room of one relation,
  // one quote and one claim, so the brief still fits one page (at least three relations and one quote and claim stay).
  const room = Math.ceil(dossier.graph.judgmentsAbout(id).length / 2);
  const relationLimit = Math.max(3, limits.relations - room);
  const relations = mostCited(lists.relations, (r) => r.cite.length, relationLimit);
  // Events: those with the most participants first, then shown in date order.
  const participants = (entry: TimelineEntry) => {
    const entity = dossier.entity(entry.id);
    return entity?.kind === 'events' ? entity.data.participants.length : 0;
  };
  const events = mostCited(lists.events, participants, limits.events).sort(
    (a, b) => lists.events.indexOf(a) - lists.events.indexOf(b),
  );
  const quoteLimit = Math.max(1, limits.quotes - room);
  const claimLimit = Math.max(1, limits.claims - room);
  const quoteIds = [...lists['quotes-by'], ...lists['quotes-about']];
  const quotes = quoteIds.filter((q) => dossier.quote(q)!.data.text.length <= limits.quoteChars).slice(0, quoteLimit);
  const claimIds = [...lists['claims-by'], ...lists['claims-about']];
  const claims = mostCited(
    claimIds.filter((c) => dossier.claim(c)!.data.statement.length <= limits.claimChars),
    (c) => dossier.claim(c)!.data.cite.length,
    claimLimit,
  );
  const perArticle = new Map<string, number>();
  for (const mention of lists.mentions) perArticle.set(mention.article, (perArticle.get(mention.article) ?? 0) + 1);
  const articles = [...perArticle.entries()].map(([article, mentions]) => ({ article, mentions }));
  const sources = mostCited(articles, (a) => a.mentions, limits.sources);
  const left = (
    [
      { list: 'relations' as const, count: lists.relations.length - relations.length },
      { list: 'events' as const, count: lists.events.length - events.length },
      // The rest of the quotes and claims: linked to the first of the profile's two lists that it shows.
      { list: lists['quotes-by'].length > 0 ? 'quotes-by' : 'quotes-about', count: quoteIds.length - quotes.length },
      { list: lists['claims-by'].length > 0 ? 'claims-by' : 'claims-about', count: claimIds.length - claims.length },
      { list: 'sources' as const, count: articles.length - sources.length },
    ] satisfies LeftOut[]
  ).filter((l) => l.count > 0);
  return {
    relations,
    events,
    quotes,
    claims,
    sources,
    left,
    limits: {
      relations: relationLimit,
      events: limits.events,
      quotes: quoteLimit,
      claims: claimLimit,
      sources: limits.sources,
    },
  };
});

/** How the brief names what it left out, and where on the profile the rest is. */
const LEFT: Record<LeftOut['list'], { what: string; anchor: string }> = {
  relations: { what: 'relations', anchor: 'relations' },
  events: { what: 'events', anchor: 'events' },
  'quotes-by': { what: 'quotes', anchor: 'quotes-by' },
  'quotes-about': { what: 'quotes', anchor: 'quotes-about' },
  'claims-by': { what: 'claims', anchor: 'claims-by' },
  'claims-about': { what: 'claims', anchor: 'claims-about' },
  mentions: { what: 'mentions', anchor: 'mentioned-in' },
  sources: { what: 'source articles', anchor: 'mentioned-in' },
};

/** Everything an entity's one-page brief shows: /<kind>/<id>/brief/. */
export interface EntityBriefView {
  site: SiteChrome;
  entity: EntityHead;
  /** The profile's address. */
  profile: string;
  facts: FactBoxView;
  summary: ProsePart[];
  /** The key judgments that concern it, numbered as the assessment numbers them. */
  judgments: NumberedJudgment[];
  relations: RelationView[];
  /** Its events, in date order: when (in words), which, and where the sources date it. */
  events: Array<{ id: string; when: string | undefined; cite: string[] | undefined }>;
  quotes: Array<{ text: string; speaker: string; note?: string | undefined; cite: string }>;
  claims: Array<{
    href: string;
    statement: string;
    status: string;
    claimant?: string | undefined;
    claimantNote?: string | undefined;
    cite: string[];
  }>;
  /** The articles that name it most: where, how it cites them, when, and how many of their sentences do. */
  sources: Array<{ href: string; label: string; published: string; mentions: number }>;
  /** What it left out to fit one page, each with where on the profile the rest is. */
  left: Array<{ count: number; what: string; href: string }>;
  /** How many of each list it shows at most. */
  limits: BriefCounts;
}

/** An entity's one-page brief. */
export function entityBriefView(dossier: LoadedDossier, id: string): EntityBriefView {
  const entity = dossier.entity(id)!;
  const brief = entityBrief(dossier, id);
  const profile = urls.entity(entity.kind, entity.id);
  return {
    site: siteChrome(dossier),
    entity: entityHead(entity),
    profile,
    // One printed page: the names in other languages, a search aid, stay on the profile page.
    facts: { ...factBox(entity, dossier), otherNames: [] },
    summary: dossier.prose(entity),
    judgments: judgmentsAbout(dossier, id),
    relations: brief.relations,
    events: brief.events.map((entry) => {
      const event = dossier.entity(entry.id);
      return {
        id: entry.id,
        when: entry.date && formatDossierDate(entry.date),
        cite: event?.kind === 'events' ? event.data.date?.cite : undefined,
      };
    }),
    quotes: brief.quotes.map((q) => {
      const { text, speaker, cite, context } = dossier.quote(q)!.data;
      return { text, speaker, note: context.note, cite };
    }),
    claims: brief.claims.map((c) => {
      const { statement, status, claimant, claimantNote, cite } = dossier.claim(c)!.data;
      return { href: claimUrl(dossier, urls, c), statement, status, claimant, claimantNote, cite };
    }),
    sources: brief.sources.map(({ article, mentions }) => {
      const { data } = dossier.article(article)!;
      return { href: urls.article(article), label: data.label, published: dateLine(data), mentions };
    }),
    left: brief.left.map((l) => ({
      count: l.count,
      what: LEFT[l.list].what,
      href: `${profile}#${LEFT[l.list].anchor}`,
    })),
    limits: brief.limits,
  };
}
