import { getCollection } from 'astro:content';
import { articleCache } from './article-cache';
import { ENTITY_KINDS, type EntityKind } from '../schemas/entity';
import { articlesNewestFirst } from './article-meta';
import { LinkGraph } from './link-graph';
import { claimLedger, type ClaimLedger } from './claim-groups';
import { PAGE_SIZE } from './pages';
import type { ArticleRecord, ClaimRecord, DossierInput, DossierRecord, EntityRecord, QuoteRecord } from './model';
import { checkSummary } from './summary-citations';
import { createFieldLocator } from './field-lines';
import { DossierContentError } from './problems';
import { validateDossier } from './validate';

/** The whole dossier as every page reads it: content, indexes and the link graph. */
export interface LoadedDossier extends DossierInput {
  dossier: DossierRecord;
  graph: LinkGraph;
  entity(id: string): EntityRecord | undefined;
  article(id: string): ArticleRecord | undefined;
  entitiesOfKind(kind: EntityKind): EntityRecord[];
  /** The claims on their ledger pages. */
  claimLedger: ClaimLedger;
  /** The articles, newest first (undated last), sorted once per build. */
  articlesNewestFirst: ArticleRecord[];
  quote(id: string): QuoteRecord | undefined;
  claim(id: string): ClaimRecord | undefined;
  /** Everyone quoted, with their name and number of quotes, most quoted first (then by name). */
  speakers: Array<{ id: string; name: string; count: number }>;
}

async function loadInput(): Promise<DossierInput> {
  const [overview] = await getCollection('dossier');
  // The article loader cached each article's paragraphs and mentions with its HTML.
  const cache = articleCache();
  const articles = (await getCollection('articles')).map((entry): ArticleRecord => ({
    id: entry.id,
    filePath: entry.filePath ?? `content/articles/${entry.id}.mdx`,
    data: entry.data,
    ...cache.facts(entry.id, String(entry.digest)),
  }));
  const entities: EntityRecord[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const entry of await getCollection(kind)) {
      entities.push({
        kind,
        id: entry.id,
        filePath: entry.filePath ?? `content/${kind}/${entry.id}.mdx`,
        data: entry.data,
        summary: checkSummary(entry.body ?? ''),
      } as EntityRecord);
    }
  }
  const quotes = (await getCollection('quotes')).map((entry) => ({
    id: entry.id,
    filePath: entry.filePath ?? 'content/quotes.yaml',
    data: entry.data,
  }));
  const claims = (await getCollection('claims')).map((entry) => ({
    id: entry.id,
    filePath: entry.filePath ?? 'content/claims.yaml',
    data: entry.data,
  }));
  const dossier: DossierRecord | undefined = overview && {
    id: overview.id,
    filePath: overview.filePath ?? 'content/dossier/index.mdx',
    data: overview.data,
    summary: checkSummary(overview.body ?? ''),
  };
  return { dossier, articles, entities, quotes, claims };
}

let loaded: Promise<LoadedDossier> | undefined;

/**
 * Loads, validates and indexes the dossier once per build; every page awaits
 * the same promise. Throws a {@link DossierContentError} listing every
 * problem when the content is inconsistent, which fails the build.
 */
export function getDossier(): Promise<LoadedDossier> {
  loaded ??= loadInput().then((input) => {
    const problems = validateDossier(input, createFieldLocator());
    if (problems.length > 0 || !input.dossier) throw new DossierContentError(problems);
    const entities = new Map(input.entities.map((e) => [e.id, e]));
    const articles = new Map(input.articles.map((a) => [a.id, a]));
    const quotes = new Map(input.quotes.map((q) => [q.id, q]));
    const claims = new Map(input.claims.map((c) => [c.id, c]));
    const byKind = new Map<EntityKind, EntityRecord[]>(ENTITY_KINDS.map((kind) => [kind, []]));
    for (const entity of input.entities) byKind.get(entity.kind)!.push(entity);
    for (const list of byKind.values()) list.sort((a, b) => a.data.name.localeCompare(b.data.name));
    const graph = new LinkGraph(input);
    const speakers = [...new Set(input.quotes.map((q) => q.data.speaker))]
      .map((id) => ({ id, name: entities.get(id)?.data.name ?? id, count: graph.quotesBy(id).length }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return {
      ...input,
      dossier: input.dossier,
      graph,
      entity: (id) => entities.get(id),
      article: (id) => articles.get(id),
      entitiesOfKind: (kind) => byKind.get(kind) ?? [],
      articlesNewestFirst: articlesNewestFirst(input.articles),
      claimLedger: claimLedger(input.claims, PAGE_SIZE.claims),
      quote: (id) => quotes.get(id),
      claim: (id) => claims.get(id),
      speakers,
    };
  });
  return loaded;
}
