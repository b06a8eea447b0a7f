import type { AstroIntegration } from 'astro';

/** The route this switch replaces. */
const BOOK_PAGE = /\/src\/pages\/book\/index\.astro$/;

/**
 * A temporary switch for the benchmark only (`npm run bench -- --without-book`,
 * which sets DOSSIER_BENCH_WITHOUT_BOOK): /book/ holds the whole dossier in one
 * page, which at 50,000 articles is longer than a JavaScript string may be, so
 * that build cannot finish. Until the book is split into parts (issue 25,
 * point 3), this replaces the page with a one-line placeholder so that the
 * rest of a 50,000-article build can be measured. Never set in a real build.
 */
export default function withoutBook(): AstroIntegration {
  return {
    name: 'dossier:bench-without-book',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        logger.warn('/book/ is left out of this build (DOSSIER_BENCH_WITHOUT_BOOK, for the benchmark only).');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dossier:bench-without-book',
                enforce: 'pre',
                load: (id: string) =>
                  BOOK_PAGE.test(id.replace(/\?.*$/, ''))
                    ? '---\n---\n<p>The book is left out of this benchmark build.</p>\n'
                    : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
