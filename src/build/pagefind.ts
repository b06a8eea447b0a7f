import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported statically: the config's module runner is closed by the time build:done runs.
import * as api from 'pagefind';
import type { CustomRecord } from 'pagefind';

/**
 * Pagefind's Node API reports problems in `errors` arrays instead of
 * throwing; turn any of them into a build failure that says which step failed.
 */
function assertNoErrors(step: string, errors: readonly string[]) {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Builds the full-text search index with Pagefind's Node API once Astro has
 * written the site, so `astro build` alone produces a searchable dossier.
 * Only elements marked `data-pagefind-body` are indexed, minus `excludeSelectors`,
 * in the files `glob` matches (all HTML files by default): reading the pages
 * that hold nothing to index costs as much as indexing them.
 */
export default function pagefind(
  options: {
    excludeSelectors?: string[];
    glob?: string;
    /** Records that are not pages of their own (quotes, claims), read from the built site. */
    records?: (outDir: string) => CustomRecord[];
  } = {},
): AstroIntegration {
  return {
    name: 'dossier:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await api.createIndex({ excludeSelectors: options.excludeSelectors ?? [] });
          assertNoErrors('creating the index', errors);
          if (!index) throw new Error('Search index: Pagefind returned no index.');
          const added = await index.addDirectory({ path: outDir, ...(options.glob ? { glob: options.glob } : {}) });
          assertNoErrors(`indexing ${outDir}`, added.errors);
          if (added.page_count === 0) {
            throw new Error(
              `Search index: no page in ${outDir} has data-pagefind-body, so nothing would be searchable.`,
            );
          }
          const records = options.records?.(outDir) ?? [];
          for (const record of records) {
            const { errors: recordErrors } = await index.addCustomRecord(record);
            assertNoErrors(`indexing the record ${record.url}`, recordErrors);
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          assertNoErrors('writing the index', written.errors);
          logger.info(`Indexed ${added.page_count} pages and ${records.length} quotes and claims for search.`);
        } finally {
          await api.close();
        }
      },
    },
  };
}
