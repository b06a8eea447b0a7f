// @ts-check
import { basename, join, sep } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind';
import timings from './src/integrations/timings';
import { contentDir } from './src/lib/content-dir';
import { loadEntityDictionary } from './src/lib/entity-dictionary';
import { loadQuotePassages } from './src/lib/quote-passages';
import { createUrls } from './src/lib/urls';
import remarkEntityLinks from './src/plugins/remark-entity-links';
import remarkForbidCode from './src/plugins/remark-forbid-code';
import remarkMergeCitations from './src/plugins/remark-merge-citations';
import remarkParagraphAnchors from './src/plugins/remark-paragraph-anchors';
import remarkQuotedPassages from './src/plugins/remark-quoted-passages';

/** Deploy path: "/" by default, e.g. DOSSIER_BASE=/dossier/ for a sub-path host. */
const base = process.env.DOSSIER_BASE ?? '/';
const urls = createUrls(base);
const articlesDir = join(contentDir, 'articles') + sep;

/** @param {import('vfile').VFile} file */
const isArticle = (file) => typeof file.path === 'string' && file.path.startsWith(articlesDir);

/** @type {import('./src/lib/entity-dictionary').EntityDictionary | undefined} */
let dictionary;
const entityDictionary = () => (dictionary ??= loadEntityDictionary(contentDir));
/** @type {ReturnType<typeof loadQuotePassages> | undefined} */
let quotePassages;
/** @param {import('vfile').VFile} file */
const passagesOf = (file) =>
  isArticle(file) ? ((quotePassages ??= loadQuotePassages(contentDir)).get(basename(file.path, '.mdx')) ?? []) : [];

export default defineConfig({
  // The public address of the deployed site: absolute URLs in feeds, the sitemap and the data
  // exports. Defaults to the address `npm start` serves; set DOSSIER_SITE when publishing.
  site: process.env.DOSSIER_SITE ?? 'http://127.0.0.1:4321',
  base,
  outDir: process.env.DOSSIER_OUT_DIR ?? './dist',
  // Separate caches let tests build fixture dossiers without reusing the real one's content store.
  cacheDir: process.env.DOSSIER_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // A strict Content Security Policy in every page's <meta>: only our own files
  // and the inline scripts and styles Astro hashes. Pagefind needs WebAssembly
  // compilation ('wasm-unsafe-eval') and its worker file from this origin.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "worker-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    sitemap({ filter: (page) => !/\.(?:json|xml)$/.test(new URL(page).pathname) }),
    // Citations, labels and screen-reader-only headings would clutter result excerpts.
    pagefind({
      excludeSelectors: ['.citations', '.kind-tag', '.visually-hidden', '.facts dt', '[data-search-ignore]'],
    }),
    mdx({
      // Article text must reach the page verbatim: no smart quotes, no
      // autolinked URLs, no GFM tables out of a line holding "|".
      processor: unified({
        gfm: false,
        smartypants: false,
        remarkPlugins: [
          [remarkForbidCode, { allowComponents: ['Cite'] }],
          remarkMergeCitations,
          [remarkParagraphAnchors, { include: isArticle, anchor: urls.paragraphAnchor }],
          [remarkQuotedPassages, { passages: passagesOf }],
          [
            remarkEntityLinks,
            {
              include: isArticle,
              matcher: () => entityDictionary().matcher,
              href: (/** @type {string} */ id) => {
                const kind = entityDictionary().kindOf.get(id);
                if (!kind) throw new Error(`remark-entity-links: no profile for "${id}"`);
                return urls.entity(kind, id);
              },
            },
          ],
        ],
      }),
    }),
    // The benchmark's phase timings (npm run bench); off otherwise.
    ...(process.env.DOSSIER_TIMINGS ? [timings(process.env.DOSSIER_TIMINGS)] : []),
  ],
});
