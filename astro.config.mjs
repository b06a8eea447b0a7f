// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { CACHE_DIR } from './src/lib/article-cache';
import { ENTITY_KINDS } from './src/schemas/entity';
import pagefind from './src/integrations/pagefind';
import timings from './src/integrations/timings';
import remarkForbidCode from './src/plugins/remark-forbid-code';
import remarkMergeCitations from './src/plugins/remark-merge-citations';

/** Deploy path: "/" by default, e.g. DOSSIER_BASE=/dossier/ for a sub-path host. */
const base = process.env.DOSSIER_BASE ?? '/';
export default defineConfig({
  // The public address of the deployed site: absolute URLs in feeds, the sitemap and the data
  // exports. Defaults to the address `npm start` serves; set DOSSIER_SITE when publishing.
  site: process.env.DOSSIER_SITE ?? 'http://127.0.0.1:4321',
  base,
  outDir: process.env.DOSSIER_OUT_DIR ?? './dist',
  // Separate caches let tests build fixture dossiers without reusing the real one's content store.
  cacheDir: CACHE_DIR,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // No code blocks in a dossier; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
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
  // `astro dev` watches the project; benchmark and test outputs (hundreds of thousands of files) would
  // exhaust the system's file watchers, after which edits stop showing.
  vite: {
    server: { watch: { ignored: ['**/bench/run-*/**', '**/bench/baseline/**', '**/scratch/**', '**/dist/**'] } },
  },
  integrations: [
    sitemap({ filter: (page) => !/\.(?:json|xml)$/.test(new URL(page).pathname) }),
    // Citations, labels and screen-reader-only headings would clutter result excerpts.
    pagefind({
      // Only articles and profiles are indexed (data-pagefind-body); their list pages and the indexes are not read.
      glob: `{${['articles', ...ENTITY_KINDS].join(',')}}/*/index.html`,
      excludeSelectors: ['.citations', '.kind-tag', '.visually-hidden', '.facts dt', '[data-search-ignore]'],
    }),
    // No collection is compiled as MDX modules: articles, profiles and the overview are read by their
    // content loaders (src/loaders/) and rendered with the same rules (src/lib/article-render.ts,
    // src/lib/prose.ts). An MDX page added under src/pages is held to the same rules: text reaches the
    // page as written (no smart quotes, no autolinked URLs, no GFM tables), and no code.
    mdx({
      processor: unified({
        gfm: false,
        smartypants: false,
        remarkPlugins: [[remarkForbidCode, { allowComponents: ['Cite'] }], remarkMergeCitations],
      }),
    }),
    // The benchmark's phase timings (npm run bench); off otherwise.
    ...(process.env.DOSSIER_TIMINGS ? [timings(process.env.DOSSIER_TIMINGS)] : []),
  ],
});
