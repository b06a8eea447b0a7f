// @ts-check
import { join } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { Features } from 'lightningcss';
import { CACHE_DIR } from './src/content/render/article-cache';
import { contentDir } from './src/content/content-dir';
import {
  readBookPartBytes,
  readDeploySettings,
  readPrerenderWorkers,
  readSearchBundlePages,
} from './src/build/deploy-settings';
import { searchRecordsFromFile } from './src/exports/search-records';
import { ENTITY_KINDS } from './src/schemas/entity';
import { incrementalPages } from './src/views/page-key';
import buildLock from './src/build/build-lock';
import contentCheck from './src/build/content-check';
import pagefind from './src/build/pagefind';
import publish from './src/build/publish';
import reviewDrafts from './src/tools/review/integration';
import remarkCheckCitations from './src/content/plugins/remark-check-citations';
import remarkForbidCode from './src/content/plugins/remark-forbid-code';
import remarkMergeCitations from './src/content/plugins/remark-merge-citations';

// DOSSIER_SITE: the public address of the deployed site, for absolute URLs in feeds, the sitemap and the
// data exports (default: the address `npm start` serves). DOSSIER_BASE: the path it lives under ("/" by
// default, e.g. /dossier/). Both are checked here, before anything is built.
const { site, base } = readDeploySettings(process.env);
// DOSSIER_BOOK_PART_KB (how large a part of the book may grow) is read by the book's routes; checked here first.
readBookPartBytes(process.env);
export default defineConfig({
  site,
  base,
  outDir: process.env.DOSSIER_OUT_DIR ?? './dist',
  // Separate caches let tests build fixture dossiers without reusing the real one's content store.
  cacheDir: CACHE_DIR,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Components' scoped styles match as :where([data-astro-cid-…]), which adds nothing to a selector's specificity:
  // the print stylesheet and the book's (`.briefing .citation-group`, `.book li`) still override them as they
  // override the shared styles, and Paged.js reads the selectors (src/site/README.md).
  scopedStyleStrategy: 'where',
  experimental: {
    // Pages render on worker threads, two unless DOSSIER_PRERENDER_WORKERS says (0: in the build's own thread).
    parallelPrerender: readPrerenderWorkers(process.env),
    // DOSSIER_INCREMENTAL_PAGES=1 (off by default; it did not pay at 1,000 articles): a page whose key
    // (src/views/page-key.ts, a digest of the views it renders) and code are those of the last build is copied from
    // the cache folder instead of rendered (docs/performance.md, Incremental builds). `--force` renders every page.
    incrementalBuild: incrementalPages(process.env),
  },
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
    // Paged.js, which prints the book (src/tools/book-pdf.ts), parses CSS with css-tree 1.1, which fails on media
    // range syntax (`width <= 30rem`), what Lightning CSS minifies `max-width: 30rem` into for today's browsers.
    // Lowering that one feature keeps `min-width`/`max-width`, which every browser reads, and changes nothing else.
    css: { lightningcss: { include: Features.MediaRangeSyntax } },
    server: { watch: { ignored: ['**/bench/run-*/**', '**/bench/baseline/**', '**/scratch/**', '**/dist/**'] } },
  },
  integrations: [
    // First: one build at a time per cache and output folder; a second one waits, naming the first.
    buildLock(),
    contentCheck(contentDir),
    // The review view of ingest's drafts (/review/): `astro dev` only, never in a build.
    reviewDrafts(contentDir),
    sitemap({ filter: (page) => !/\.(?:json|xml)$/.test(new URL(page).pathname) }),
    // Citations, labels, headings, placeholders ("Not stated in the sources") and screen-reader-only text
    // would run into result excerpts as if they were the page's text.
    pagefind({
      // Only articles and profiles are indexed (data-pagefind-body); their list pages and the indexes are not read.
      glob: `{${['articles', ...ENTITY_KINDS].join(',')}}/*/index.html`,
      excludeSelectors: [
        '.citations',
        '.kind-tag',
        '.visually-hidden',
        '.facts dt',
        '.not-stated',
        'h2',
        'h3',
        '[data-search-ignore]',
      ],
      // Quotes and claims are results of their own, linking to their cards.
      records: (dir) => searchRecordsFromFile(join(dir, 'dossier.json'), 'en', base),
      pagesPerBundle: readSearchBundlePages(process.env),
    }),
    // No collection is compiled as MDX modules: articles, profiles and the overview are read by their
    // content loaders (src/content/loaders/) and rendered with the same rules (src/content/render/article-render.ts,
    // src/content/render/prose.ts). An MDX page added under src/pages is held to the same rules: text reaches the
    // page as written (no smart quotes, no autolinked URLs, no GFM tables), and no code.
    mdx({
      processor: unified({
        gfm: false,
        smartypants: false,
        remarkPlugins: [[remarkForbidCode, { allowComponents: ['Cite'] }], remarkCheckCitations, remarkMergeCitations],
      }),
    }),
    // Last: a build that got this far replaces dist/ whole; one that failed left it as it was.
    publish(),
  ],
});
