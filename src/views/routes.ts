import { bookOf } from './book';
import { urls } from '../identity/site';
import { ledgerOf } from './claim-ledger';
import { clustersOf } from './relation-drawing';
import { speakersOf } from './speakers';
import { timelinePages } from './timeline';
import { PAGE_SIZE, pageCount } from './paging';
import { ENTITY_KINDS } from '../schemas/entity';
import { getDossier } from '../dossier/load';
import { PROFILE_LIST_NAMES, profileListPages, profileLists, type ProfileListName } from './profile-lists';
import { keyed } from './page-key';
import type { LoadedDossier } from '../dossier/load';

/**
 * The views a route renders for one of its paths, given that path's props: when a route passes it, each path gets
 * the `cacheKey` of those views (page-key.ts), so an incremental build renders again only the pages whose views
 * changed. The route passes the same builders it renders with.
 */
export type PageViews<Props> = (dossier: LoadedDossier, props: Props) => unknown;

/** Paths of every profile page: /<kind>/<id>/ (and of its brief, /<kind>/<id>/brief/). */
export async function profilePaths(views?: PageViews<{ id: string }>) {
  const dossier = await getDossier();
  return keyed(
    dossier,
    dossier.entities.map((entity) => ({ params: { kind: entity.kind, id: entity.id }, props: { id: entity.id } })),
    views,
  );
}

/** Paths of the five kind indexes: /people/, /organizations/ … */
export function kindIndexPaths() {
  return ENTITY_KINDS.map((kind) => ({ params: { kind }, props: { kind } }));
}

/** Paths of the parts of a book too large for one page: /book/<n>/ (none when the book is one page, /book/). */
export async function bookPartPaths(budget?: number) {
  const { parts } = bookOf(await getDossier(), urls, budget);
  return parts.length === 1
    ? []
    : parts.map(({ number }) => ({ params: { part: String(number) }, props: { part: number } }));
}

/** Paths of every article page: /articles/<id>/. */
export async function articlePaths(views?: PageViews<{ id: string }>) {
  const dossier = await getDossier();
  return keyed(
    dossier,
    dossier.articles.map((article) => ({ params: { id: article.id }, props: { id: article.id } })),
    views,
  );
}

/** Paths of the per-speaker quote pages: /quotes/by/<speaker>/. */
export async function speakerPaths() {
  const dossier = await getDossier();
  return speakersOf(dossier).map(({ id }) => ({ params: { speaker: id }, props: { speaker: id } }));
}

/** Pages 2… of the article index: /articles/page/<n>/. */
export async function articleIndexPaths() {
  const dossier = await getDossier();
  const pages = pageCount(dossier.articles.length, PAGE_SIZE.articles);
  return Array.from({ length: pages - 1 }, (_, i) => ({ params: { page: String(i + 2) }, props: { page: i + 2 } }));
}

/** Pages 2… of each kind's index: /<kind>/page/<n>/. */
export async function kindIndexPagePaths() {
  const dossier = await getDossier();
  return ENTITY_KINDS.flatMap((kind) => {
    const pages = pageCount(dossier.entitiesOfKind(kind).length, PAGE_SIZE.entities);
    return Array.from({ length: pages - 1 }, (_, i) => ({
      params: { kind, page: String(i + 2) },
      props: { kind, page: i + 2 },
    }));
  });
}

/** Pages of the profiles' lists too long to show whole: /<kind>/<id>/<list>/<n>/ (mentions, relations …). */
export async function profileListPaths(views?: PageViews<{ id: string; list: ProfileListName; page: number }>) {
  const dossier = await getDossier();
  const paths = dossier.entities.flatMap((entity) => {
    const lists = profileLists(dossier, entity.id);
    return PROFILE_LIST_NAMES.flatMap((list) =>
      Array.from({ length: profileListPages(list, lists[list].length) }, (_, i) => ({
        params: { kind: entity.kind, id: entity.id, list, page: String(i + 1) },
        props: { id: entity.id, list, page: i + 1 },
      })),
    );
  });
  return keyed(dossier, paths, views);
}

/** Pages 2… of the timeline: /timeline/page/<n>/. */
export async function timelinePagePaths() {
  const count = timelinePages(await getDossier()).length;
  return Array.from({ length: count - 1 }, (_, i) => ({ params: { page: String(i + 2) }, props: { page: i + 2 } }));
}

/** Pages 2… of the claim ledger: /claims/page/<n>/. */
export async function claimPagePaths() {
  const count = ledgerOf(await getDossier()).pages.length;
  return Array.from({ length: count - 1 }, (_, i) => ({ params: { page: String(i + 2) }, props: { page: i + 2 } }));
}

/** Pages 2… of the assessment's sources table: /assessment/sources/<n>/. */
export async function assessmentSourcePaths() {
  const pages = pageCount((await getDossier()).articles.length, PAGE_SIZE.sources);
  return Array.from({ length: pages - 1 }, (_, i) => ({ params: { page: String(i + 2) }, props: { page: i + 2 } }));
}

/** Every cluster of the relationship graph: /graph/cluster/<n>/. */
export async function clusterPaths() {
  const dossier = await getDossier();
  return clustersOf(dossier).clusters.map((cluster) => ({
    params: { n: String(cluster.number) },
    props: { number: cluster.number },
  }));
}
