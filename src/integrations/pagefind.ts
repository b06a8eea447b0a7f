import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported statically: the config's module runner is closed by the time build:done runs.
import * as api from 'pagefind';

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
export default function pagefind(options: { excludeSelectors?: string[]; glob?: string } = {}): AstroIntegration {
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
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          assertNoErrors('writing the index', written.errors);
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } finally {
          await api.close();
        }
      },
    },
  };
}
