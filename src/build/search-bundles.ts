import { createHash } from 'node:crypto';
import type { CustomRecord } from 'pagefind';

/**
 * The search index comes in several Pagefind bundles that the search page
 * merges (Pagefind's `mergeIndex`): profiles (with the quotes and claims) in
 * one group, articles in another, each group cut into bundles of at most
 * {@link PAGES_PER_BUNDLE} pages by a hash of the page's path. Pagefind holds
 * every page of an index in memory until it writes it (about 0.4 MB a page),
 * so bundles of bounded size index a dossier of any size in bounded memory;
 * and a bundle none of whose pages changed is not indexed again.
 */

/** One bundle: where it is written under pagefind/, and what it indexes. */
export interface SearchBundle {
  /** Its name, also its cache folder: `profiles-1`, `articles-3`. */
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

/** The group a page belongs to: its first path segment, articles or the profile kinds. */
const groupOf = (page: string) => (page.startsWith('articles/') ? 'articles' : 'profiles');

/** The first 32 bits of the text's SHA-256: the same on every machine and in every run, and evenly spread. */
export function stableHash(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

/**
 * Splits the pages to index into bundles: profiles first (the first bundle
 * also holds the records), then articles; a group of n pages into
 * ⌈n / limit⌉ bundles (the limit is `pagesPerBundle` for articles and
 * {@link PROFILES_PER_ARTICLE} times it for profiles), each page by the hash
 * of its path, so a page stays in its bundle as others come and go (until
 * the group needs one more).
 */
export function planBundles(
  pages: readonly string[],
  records: readonly CustomRecord[],
  pagesPerBundle = PAGES_PER_BUNDLE,
): SearchBundle[] {
  const bundles: SearchBundle[] = [];
  for (const group of ['profiles', 'articles'] as const) {
    const members = pages.filter((page) => groupOf(page) === group).sort();
    if (members.length === 0 && !(group === 'profiles' && records.length > 0)) continue;
    const limit = group === 'articles' ? pagesPerBundle : pagesPerBundle * PROFILES_PER_ARTICLE;
    const count = Math.max(1, Math.ceil(members.length / limit));
    const split: string[][] = Array.from({ length: count }, () => []);
    for (const page of members) split[stableHash(page) % count]!.push(page);
    split.forEach((list, i) => {
      const name = `${group}-${i + 1}`;
      bundles.push({ name, folder: bundles.length === 0 ? '' : `${name}/`, pages: list, records: [] });
    });
  }
  if (bundles[0]) bundles[0].records = [...records];
  return bundles;
}

/**
 * How much an article bundle's scores count against the first bundle's
 * (Pagefind's `indexWeight`). Each bundle weighs its words by how rare they
 * are among its own pages, and a name is rarer among profiles than among the
 * articles that keep naming it; in one index, the articles' paragraphs ranked
 * higher. Chosen with `npm run bench:search` (docs/performance.md).
 */
export const ARTICLE_BUNDLE_WEIGHT = 1;

/** What the search page reads to merge the bundles: pagefind/bundles.json. */
export interface BundleList {
  /** The other bundles: their folders under pagefind/ for `mergeIndex`, and their `indexWeight`. */
  merge: Array<{ folder: string; weight: number }>;
}

/** The bundle list for a plan. */
export function bundleList(bundles: readonly SearchBundle[], articleWeight = ARTICLE_BUNDLE_WEIGHT): BundleList {
  return {
    merge: bundles
      .slice(1)
      .map((b) => ({ folder: b.folder, weight: b.name.startsWith('articles-') ? articleWeight : 1 })),
  };
}
