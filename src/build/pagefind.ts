import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  globSync,
  linkSync,
  mkdirSync,
  copyFileSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported statically: the config's module runner is closed by the time build:done runs.
import * as api from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { bundleList, PAGES_PER_BUNDLE, planBundles, type SearchBundle } from './search-bundles';

/**
 * Pagefind's Node API reports problems in `errors` arrays instead of
 * throwing; turn any of them into a build failure that says which step failed.
 */
function assertNoErrors(step: string, errors: readonly string[]) {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** The installed Pagefind's version: its package.json, found as Node finds packages (it exports no such path). */
function pagefindVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}
const PAGEFIND_VERSION = pagefindVersion();

/** Files a merged bundle needs: the search page loads Pagefind's script and WebAssembly from the first one. */
const MERGED_BUNDLE_KEEPS = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/**
 * What a bundle's index is made from: Pagefind's version, the options, and
 * every page's path and bytes and every record. Equal digests, equal indexes.
 */
function bundleDigest(outDir: string, bundle: SearchBundle, options: object): string {
  const hash = createHash('sha256').update(JSON.stringify([PAGEFIND_VERSION, options, bundle.name]));
  for (const page of bundle.pages) hash.update(`\u0000${page}\u0000`).update(readFileSync(join(outDir, page)));
  hash.update(JSON.stringify(bundle.records));
  return hash.digest('hex');
}

/** Hard-links (or copies, across file systems) `pages` of `from` into `to`, so Pagefind reads only them. */
function linkPages(from: string, to: string, pages: readonly string[]) {
  rmSync(to, { recursive: true, force: true });
  for (const page of pages) {
    mkdirSync(dirname(join(to, page)), { recursive: true });
    try {
      linkSync(join(from, page), join(to, page));
    } catch {
      copyFileSync(join(from, page), join(to, page));
    }
  }
}

/** Indexes one bundle with a fresh Pagefind service and writes it to `into`; the service ends with it. */
async function indexBundle(
  outDir: string,
  bundle: SearchBundle,
  into: string,
  config: { excludeSelectors: string[] },
  scratch: string,
  primary: boolean,
) {
  try {
    const { index, errors } = await api.createIndex(config);
    assertNoErrors('creating the index', errors);
    if (!index) throw new Error('Search index: Pagefind returned no index.');
    if (bundle.pages.length > 0) {
      linkPages(outDir, scratch, bundle.pages);
      const added = await index.addDirectory({ path: scratch });
      assertNoErrors(`indexing ${bundle.name}`, added.errors);
      if (added.page_count === 0) {
        throw new Error(
          `Search index: no page of ${bundle.name} has data-pagefind-body, so nothing would be searchable.`,
        );
      }
    }
    for (const record of bundle.records) {
      const { errors: recordErrors } = await index.addCustomRecord(record);
      assertNoErrors(`indexing the record ${record.url}`, recordErrors);
    }
    const written = await index.writeFiles({ outputPath: into });
    assertNoErrors(`writing ${bundle.name}`, written.errors);
  } finally {
    await api.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  if (!primary) {
    for (const name of readdirSync(into))
      if (!MERGED_BUNDLE_KEEPS.test(name)) rmSync(join(into, name), { recursive: true });
  }
}

/**
 * Builds the full-text search index with Pagefind's Node API once Astro has
 * written the site, so `astro build` alone produces a searchable dossier.
 * Only elements marked `data-pagefind-body` are indexed, minus `excludeSelectors`,
 * in the files `glob` matches: reading the pages that hold nothing to index
 * costs as much as indexing them.
 *
 * The index is written as several bundles (search-bundles.ts): pagefind/ holds
 * the first, with Pagefind's script, and pagefind/bundles.json lists the others
 * for the search page to merge. Each bundle is indexed by a Pagefind service of
 * its own, one after the other, so memory is bounded by the largest bundle.
 * A bundle whose pages and records are byte for byte those of the last build
 * is copied from the cache folder instead of indexed again.
 */
export default function pagefind(options: {
  excludeSelectors?: string[];
  /** The pages to index, relative to the output folder. */
  glob: string;
  /** Records that are not pages of their own (quotes, claims), read from the built site. */
  records?: (outDir: string) => CustomRecord[];
  /** The most pages a bundle holds (default {@link PAGES_PER_BUNDLE}). */
  pagesPerBundle?: number | undefined;
}): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'dossier:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'dossier-search');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const config = { excludeSelectors: options.excludeSelectors ?? [] };
        const pages = globSync(options.glob, { cwd: outDir });
        const records = options.records?.(outDir) ?? [];
        if (pages.length === 0) {
          throw new Error(
            `Search index: no page in ${outDir} matches ${options.glob}, so nothing would be searchable.`,
          );
        }
        const bundles = planBundles(pages, records, options.pagesPerBundle);
        const cache = cacheDir ?? join(outDir, '..', '.search-cache');
        mkdirSync(cache, { recursive: true });
        const indexed: string[] = [];
        for (const [i, bundle] of bundles.entries()) {
          const digest = bundleDigest(outDir, bundle, config);
          const cached = join(cache, bundle.name);
          const digestFile = join(cached, '.digest');
          if (!existsSync(digestFile) || readFileSync(digestFile, 'utf8') !== digest) {
            const fresh = `${cached}.new`;
            rmSync(fresh, { recursive: true, force: true });
            await indexBundle(outDir, bundle, fresh, config, join(cache, '.pages'), i === 0);
            writeFileSync(join(fresh, '.digest'), digest);
            rmSync(cached, { recursive: true, force: true });
            renameSync(fresh, cached);
            indexed.push(bundle.name);
          }
          cpSync(cached, join(outDir, 'pagefind', bundle.folder), {
            recursive: true,
            filter: (source) => !source.endsWith('/.digest'),
          });
        }
        // Bundles of a plan no longer made (the dossier shrank) leave the cache.
        const names = new Set(bundles.map((b) => b.name));
        for (const name of readdirSync(cache)) if (!names.has(name)) rmSync(join(cache, name), { recursive: true });
        writeFileSync(join(outDir, 'pagefind', 'bundles.json'), JSON.stringify(bundleList(bundles)));
        logger.info(
          `Search index: ${pages.length} pages and ${records.length} quotes and claims in ${bundles.length} bundles` +
            (indexed.length === bundles.length ? '' : `; indexed ${indexed.join(', ') || 'none'}, the rest unchanged`) +
            '.',
        );
      },
    },
  };
}
