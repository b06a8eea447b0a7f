import { getCollection } from 'astro:content';
import { articleCache } from '../content/render/article-cache';
import { ENTITY_KINDS, type EntityKind } from '../schemas/entity';
import { LinkGraph } from './link-graph';
import {
  entityRecord,
  type ArticleRecord,
  type ClaimRecord,
  type DossierInput,
  type DossierRecord,
  type EntityRecord,
  type QuoteRecord,
} from './model';
import { checkSummary } from '../content/render/summary-citations';
import { createFieldLocator } from '../content/read/field-lines';
import { DossierContentError } from '../shared/problems';
import { validateDossier } from './checks';

/** The whole dossier as every page reads it: content, indexes and the link graph. */
export interface LoadedDossier extends DossierInput {
  dossier: DossierRecord;
  graph: LinkGraph;
  entity(id: string): EntityRecord | undefined;
  article(id: string): ArticleRecord | undefined;
  entitiesOfKind(kind: EntityKind): EntityRecord[];
  quote(id: string): QuoteRecord | undefined;
  claim(id: string): ClaimRecord | undefined;
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
      entities.push(entityRecord(kind, entry, checkSummary(entry.body ?? '')));
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
    return {
      ...input,
      dossier: input.dossier,
      graph,
      entity: (id) => entities.get(id),
      article: (id) => articles.get(id),
      entitiesOfKind: (kind) => byKind.get(kind) ?? [],
      quote: (id) => quotes.get(id),
      claim: (id) => claims.get(id),
    };
  });
  return loaded;
}
