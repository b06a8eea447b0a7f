import { createHash } from 'node:crypto';
import type { LoadedDossier } from '../dossier/load';
import { once } from '../shared/once';

/**
 * What the leaf components read from the dossier themselves, beside the view they are given: `EntityLink` an
 * entity's kind and name by its id, `Citations` an article's label, title and paragraph count by its id. A page's
 * view holds only the ids, so every page's key folds this in: a renamed entity or a relabelled article renders every
 * keyed page again (rare edits), where an edit of one article's text or one profile renders only the pages that show
 * it. A component that starts reading anything else from the dossier must add it here.
 */
const leafStamp = once((dossier: LoadedDossier): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        dossier.entities.map((e) => [e.id, e.kind, e.data.name]),
        dossier.articles.map((a) => [a.id, a.data.label, a.data.title, a.paragraphs.length]),
      ]),
    )
    .digest('hex'),
);

/**
 * The `cacheKey` of one page for Astro's incremental build (`experimental.incrementalBuild`): a digest of the views
 * its route renders, which are by construction everything the page shows that comes from content (its own entry,
 * backlinks, relations, citations and mentions from other files, the site's chrome, the editions), plus what the leaf
 * components look up by id. Astro renders the page again when this key, or the code the page imports, changed since
 * the last build; otherwise it copies the page from its cache. Build settings (site, base) are in Astro's own config
 * hash, which drops the whole cache when they change.
 *
 * Views are plain data built by the same code on every build, so `JSON.stringify` writes the same text for the same
 * content: its key order is the order the builder writes them in.
 */
export function pageKey(dossier: LoadedDossier, views: unknown): string {
  return createHash('sha256').update(leafStamp(dossier)).update(JSON.stringify(views)).digest('base64url');
}

/**
 * Whether pages are built incrementally: `DOSSIER_INCREMENTAL_PAGES=1` switches on Astro's
 * `experimental.incrementalBuild` (astro.config.mjs) and the page keys. Off by default: at 1,000 articles the keys
 * and the second copy of every page cost a clean build more than a rebuild saves (docs/performance.md, Incremental
 * builds).
 */
export function incrementalPages(env: Record<string, string | undefined>): boolean {
  return env.DOSSIER_INCREMENTAL_PAGES === '1';
}

/**
 * A page's path as `getStaticPaths` returns it, with the page's {@link pageKey} when the route gives its views and
 * pages are built incrementally. Never in `astro dev`, which builds no pages ahead and would compute every key again
 * after each edit.
 */
export function keyed<P extends { props: object }>(
  dossier: LoadedDossier,
  paths: P[],
  views: ((dossier: LoadedDossier, props: P['props']) => unknown) | undefined,
): Array<P & { cacheKey?: string }> {
  if (!views || import.meta.env.DEV || !incrementalPages(process.env)) return paths;
  return paths.map((path) => ({ ...path, cacheKey: pageKey(dossier, views(dossier, path.props)) }));
}
