import { pagefindUrl } from './search-config';

/** The parts of Pagefind's browser API the search index is opened with. */
export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}

/**
 * Opens the site's search index: Pagefind's first bundle (pagefind/), then
 * every other bundle that pagefind/bundles.json lists, merged with the same
 * options (a merged bundle keeps the options it was merged with) and its
 * weight. The list is
 * fetched while Pagefind's script loads. Rejects when Pagefind cannot load.
 */
export async function openSearchIndex<P extends PagefindModule>(options: Record<string, unknown>): Promise<P> {
  const bundles: Promise<{ merge?: Array<{ folder: string; weight: number }> }> = fetch(pagefindUrl('bundles.json'))
    .then((response) => (response.ok ? response.json() : {}))
    .catch(() => ({}));
  const pagefind = (await import(/* @vite-ignore */ pagefindUrl('pagefind.js'))) as P;
  await pagefind.options(options);
  await pagefind.init();
  for (const { folder, weight } of (await bundles).merge ?? []) {
    await pagefind.mergeIndex(pagefindUrl(folder), { ...options, indexWeight: weight });
  }
  return pagefind;
}
