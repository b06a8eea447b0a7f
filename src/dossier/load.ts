import { threadId } from 'node:worker_threads';
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
  type GapRecord,
  type IndicatorRecord,
  type JudgmentRecord,
  type QuoteRecord,
} from './records';
import { storedProse } from '../content/loaders/prose';
import { contentDir } from '../content/content-dir';
import { readSeed } from '../content/read/seed';
import { readList } from '../content/read/list';
import { join } from 'node:path';
import { proseParts, type ProsePart } from '../content/render/prose';
import { createFieldLocator } from '../content/read/field-lines';
import { DossierContentError } from '../shared/problems';
import { byName } from '../shared/order';
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
  judgment(id: string): JudgmentRecord | undefined;
  /** The rendered body of a profile or of the overview, split where its citations go. */
  prose(record: EntityRecord | DossierRecord): ProsePart[];
  /** An article's text as the article pipeline rendered it (escaped text, anchors, links). */
  articleHtml(id: string): string;
}

/** What the loaders stored besides the records: the parsed bodies, and where each article's rendering is. */
interface Rendered {
  prose: Map<EntityRecord | DossierRecord, ProsePart[]>;
  articleDigests: Map<string, string>;
}

async function loadInput(): Promise<{ input: DossierInput; rendered: Rendered }> {
  const [overview] = await getCollection('dossier');
  const rendered: Rendered = { prose: new Map(), articleDigests: new Map() };
  // The article loader cached each article's paragraphs and mentions with its HTML.
  const cache = articleCache();
  const articles = (await getCollection('articles')).map((entry): ArticleRecord => {
    rendered.articleDigests.set(entry.id, String(entry.digest));
    // An article that records how it was received is checked against its seed file as it is now.
    const seed = entry.data.received ? (readSeed(contentDir, entry.data.seed) ?? 'missing') : undefined;
    return {
      id: entry.id,
      filePath: entry.filePath ?? `content/articles/${entry.id}.mdx`,
      data: entry.data,
      ...cache.facts(entry.id, String(entry.digest)),
      ...(seed ? { seed: seed === 'missing' ? seed : { sha256: seed.sha256, paragraphs: seed.paragraphs } } : {}),
    };
  });
  const entities: EntityRecord[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const entry of await getCollection(kind)) {
      // The prose loader parsed each body once: its summary check and its HTML.
      const { html, summary } = storedProse(entry);
      const entity = entityRecord(kind, entry, summary);
      rendered.prose.set(entity, proseParts(html));
      entities.push(entity);
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
  // A list's order is the author's (J1, J2 … on the briefing); the collection's is by id: read the file's again.
  const listed = <T>(entries: Array<{ id: string; filePath?: string | undefined; data: T }>, name: string) => {
    const order = readList(join(contentDir, `${name}.yaml`), name).entries.map(([id]) => id);
    return entries
      .map((entry) => ({ id: entry.id, filePath: entry.filePath ?? `content/${name}.yaml`, data: entry.data }))
      .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  };
  const judgments: JudgmentRecord[] = listed(await getCollection('judgments'), 'judgments');
  const indicators: IndicatorRecord[] = listed(await getCollection('indicators'), 'indicators');
  const gaps: GapRecord[] = listed(await getCollection('gaps'), 'gaps');
  let dossier: DossierRecord | undefined;
  if (overview) {
    const { html, summary } = storedProse(overview);
    dossier = {
      id: overview.id,
      filePath: overview.filePath ?? 'content/dossier/index.mdx',
      data: overview.data,
      summary,
    };
    rendered.prose.set(dossier, proseParts(html));
  }
  return { input: { dossier, articles, entities, quotes, claims, judgments, indicators, gaps }, rendered };
}

let loaded: Promise<LoadedDossier> | undefined;

/**
 * With DOSSIER_PROFILE set, how long each step of loading the dossier took
 * and the heap after it, per thread: with pages rendered on worker threads,
 * each thread loads the dossier once (docs/performance.md).
 */
function profileStep(step: string, start: number) {
  if (!process.env.DOSSIER_PROFILE) return;
  const heap = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  process.stderr.write(
    `[dossier] thread ${threadId}: ${step} in ${Math.round(performance.now() - start)} ms, heap ${heap} MB\n`,
  );
}

/**
 * Loads, validates and indexes the dossier once per build; every page awaits
 * the same promise. Throws a {@link DossierContentError} listing every
 * problem when the content is inconsistent, which fails the build.
 */
export function getDossier(): Promise<LoadedDossier> {
  const start = performance.now();
  loaded ??= loadInput().then(({ input, rendered }) => {
    profileStep('read', start);
    const problems = validateDossier(input, createFieldLocator());
    profileStep('read and checked', start);
    if (problems.length > 0 || !input.dossier) throw new DossierContentError(problems);
    const entities = new Map(input.entities.map((e) => [e.id, e]));
    const articles = new Map(input.articles.map((a) => [a.id, a]));
    const quotes = new Map(input.quotes.map((q) => [q.id, q]));
    const claims = new Map(input.claims.map((c) => [c.id, c]));
    const judgments = new Map(input.judgments.map((j) => [j.id, j]));
    const byKind = new Map<EntityKind, EntityRecord[]>(ENTITY_KINDS.map((kind) => [kind, []]));
    for (const entity of input.entities) byKind.get(entity.kind)!.push(entity);
    for (const list of byKind.values()) list.sort((a, b) => byName(a.data.name, b.data.name));
    const graph = new LinkGraph(input);
    profileStep('read, checked and linked', start);
    return {
      ...input,
      dossier: input.dossier,
      graph,
      entity: (id) => entities.get(id),
      article: (id) => articles.get(id),
      entitiesOfKind: (kind) => byKind.get(kind) ?? [],
      quote: (id) => quotes.get(id),
      claim: (id) => claims.get(id),
      judgment: (id) => judgments.get(id),
      prose: (record) => {
        const parts = rendered.prose.get(record);
        if (!parts) throw new Error(`${record.filePath} is not a profile or overview of the loaded dossier`);
        return parts;
      },
      articleHtml: (id) => articleCache().html(id, rendered.articleDigests.get(id) ?? ''),
    };
  });
  return loaded;
}
