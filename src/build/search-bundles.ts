import { createHash } from 'node:crypto';
import type { CustomRecord } from 'pagefind';

/**
 * The search index comes in several Pagefind bundles that the search page
 * merges (Pagefind's `mergeIndex`) once the dossier outgrows one: each page
 * goes to a bundle picked by a hash of its path, so every bundle is a fair
 * sample of the site (articles and profiles alike) and weighs a word by how
 * rare it is across the dossier, as one index would; results from two
 * bundles then rank against each other as in one index. A bundle holds at
 * most {@link PAGES_PER_BUNDLE} articles (and proportionally more profiles,
 * which cost less). Pagefind holds every page of an index in memory until it
 * writes it (about 0.4 MB a page), so bundles of bounded size index a dossier
 * of any size in bounded memory; and a bundle none of whose pages changed is
 * not indexed again.
 */

/** One bundle: where it is written under pagefind/, and what it indexes. */
export interface SearchBundle {
  /** Its name, also its cache folder: `bundle-1`, `bundle-3`. */
  name: string;
  /** Its folder under pagefind/, with a trailing slash; '' for the first, which the search page loads itself. */
  folder: string;
  /** Built pages, relative to the output folder (`articles/x/index.html`), in path order. */
  pages: string[];
  /** Results that are not pages of their own (quotes, claims): in the first bundle. */
  records: CustomRecord[];
}

/**
 * The most articles one bundle indexes. Fewer means less memory, faster
 * indexing (Pagefind's time grows faster than its pages) and less to index
 * again after an edit, but a larger first query: each bundle adds its index
 * metadata and the index chunk that holds each word. At 10,000 articles,
 * bundles of 10,000 / 5,000 / 2,500 index in 4.1 / 2.3 / 1.3 GB and make a
 * first query of 273 / 307 / 340 KB (docs/performance.md, Search index
 * bundles); the readers' bytes decided.
 */
export const PAGES_PER_BUNDLE = 10_000;

/**
 * How many times more profiles than articles a bundle holds: Pagefind indexes
 * only a profile's name, summary and facts, and 5,000 profiles took 3 s and
 * 0.1 GB where 5,000 articles took 27 s and 2.3 GB (docs/performance.md).
 */
export const PROFILES_PER_ARTICLE = 8;

/** True for an article page (the pages that cost the indexer most). */
const isArticle = (page: string) => page.startsWith('articles/');

/** The first 32 bits of the text's SHA-256: the same on every machine and in every run, and evenly spread. */
export function stableHash(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

/**
 * Splits the pages to index into bundles: as many as the articles need at
 * `pagesPerBundle` each (and the profiles at {@link PROFILES_PER_ARTICLE}
 * times that), at least one; each page to the bundle its path's hash picks,
 * so a page stays in its bundle as others come and go (until the site needs
 * one more bundle). The first bundle also holds the records.
 */
export function planBundles(
  pages: readonly string[],
  records: readonly CustomRecord[],
  pagesPerBundle = PAGES_PER_BUNDLE,
): SearchBundle[] {
  if (pages.length === 0 && records.length === 0) return [];
  const sorted = [...pages].sort();
  const articles = sorted.filter(isArticle).length;
  const profiles = sorted.length - articles;
  const count = Math.max(
    1,
    Math.ceil(articles / pagesPerBundle),
    Math.ceil(profiles / (pagesPerBundle * PROFILES_PER_ARTICLE)),
  );
  const split: string[][] = Array.from({ length: count }, () => []);
  for (const page of sorted) split[stableHash(page) % count]!.push(page);
  return split.map((list, i) => ({
    name: `bundle-${i + 1}`,
    folder: i === 0 ? '' : `bundle-${i + 1}/`,
    pages: list,
    records: i === 0 ? [...records] : [],
  }));
}

/** What the search page reads to merge the bundles: pagefind/bundles.json. */
export interface BundleList {
  /** The other bundles: their folders under pagefind/ for `mergeIndex`, and their `indexWeight`. */
  merge: Array<{ folder: string; weight: number }>;
}

/** The bundle list for a plan: every bundle counts alike, as each is a fair sample of the site. */
export function bundleList(bundles: readonly SearchBundle[]): BundleList {
  return { merge: bundles.slice(1).map((b) => ({ folder: b.folder, weight: 1 })) };
}
