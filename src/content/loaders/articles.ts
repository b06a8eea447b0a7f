import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { articleCache, type ArticleFacts } from '../render/article-cache';
import type { RecordedAmbiguity } from '../plugins/remark-entity-links';
import { createArticleRenderer, type RenderedArticle } from '../render/article-render';
import { POOL_THRESHOLD, poolSize, startRenderPool } from '../render/article-render-pool';
import { displayPath, readContentFile } from '../read/content-file';
import { isEntryFileName, listEntryFiles } from '../read/content-tree';
import { commonWordNames, readEntityNames } from '../render/entity-dictionary';
import { parseEntryData } from '../read/entry-data';
import { parseFrontmatter } from '../read/frontmatter';
import { isEntityKind } from '../../schemas/entity';
import { locatedError } from '../../shared/located-error';
import { createUrls } from '../../identity/urls';

/** Renders one article body: the loader's own renderer, or a worker thread's. */
type RenderBody = (path: string, body: string, language: string) => Promise<RenderedArticle>;

/** What an article's store entry holds: bump it when that changes. */
const STORE_LAYOUT = 'front-matter+cache-key+yaml-1.2+normalised-text';

/**
 * Loads content/articles/*.mdx (not `_` drafts): validates the frontmatter
 * with the collection's schema and renders the body once with the article
 * pipeline. The content store keeps the front matter and a digest; the HTML,
 * paragraphs and mentions go to the article cache (see article-cache.ts). An
 * unchanged article whose names and quotes are unchanged keeps its rendering,
 * so a rebuild after one edit renders one article, and in `astro dev` an
 * edited article is the only file read again. Many articles to render (a
 * clean build) are rendered on worker threads, one per core.
 */
export function articleLoader(contentDir: string, schema: z.ZodType): Loader {
  const dir = join(contentDir, 'articles');
  const cache = articleCache();
  return {
    name: 'dossier-articles',
    load: async (context) => {
      const { store, generateDigest, config, watcher, logger } = context;
      // Before anything in the cache is relied on: another process sharing it then keeps it whole.
      cache.register();
      // Made by each full load: it holds the names and quotes every article is rendered against.
      let renderer: ReturnType<typeof createArticleRenderer>;
      // The renderer's fingerprint, digested once: it holds every name and quote (a megabyte at 10,000 articles),
      // and digesting it again with each article's text cost more than rendering the article.
      let rendererKey: string;

      /** An article file as read: its id, text and the digest of what its rendering depends on. */
      const readArticle = (name: string) => {
        const path = join(dir, name);
        // Decoded, without BOM and with LF line ends (see readContentFile).
        const text = readContentFile(path);
        // The layout tag changes whenever what the store keeps changes: Astro keeps an entry whose digest is unchanged.
        const id = name.replace(/\.mdx$/, '');
        // The article's own part of the names: the aliases that link only in the articles their entity cites.
        const digest = generateDigest(
          `${STORE_LAYOUT}\u0000${rendererKey}\u0000${renderer.articleFingerprint(id)}\u0000${text}`,
        );
        return { path, id, text, digest };
      };
      type Article = ReturnType<typeof readArticle>;
      const isCurrent = ({ id, digest }: Article) => store.get(id)?.digest === digest && cache.has(digest);

      /**
       * Stores an article whose rendering the cache holds but this content store does not (`astro dev` keeps a
       * store of its own, in .astro/, beside the build's): checked like any other, not rendered again.
       */
      const restoreArticle = async ({ path, id, text, digest }: Article) => {
        const filePath = displayPath(path);
        const { data: frontmatter, source } = parseFrontmatter(text, filePath);
        const data = await parseEntryData(context, frontmatter, { id, filePath, source }, schema);
        store.set({ id, data, filePath, digest });
      };

      /** Checks and renders one article (`render` does the rendering); what the cache and the store then keep. */
      const renderArticle = async ({ path, id, text, digest }: Article, render: RenderBody) => {
        const filePath = displayPath(path);
        const { data: frontmatter, body, source } = parseFrontmatter(text, filePath);
        const data = await parseEntryData(context, frontmatter, { id, filePath, source }, schema);
        const { html, metadata } = await render(path, body, String(frontmatter.language ?? 'en')).catch(
          (error: unknown) => {
            throw locatedError(filePath, error);
          },
        );
        const { paragraphs = [], mentions = [] } = metadata.frontmatter as Partial<ArticleFacts>;
        const { ambiguities = [] } = metadata.frontmatter as { ambiguities?: RecordedAmbiguity[] };
        for (const { paragraph, text, candidates } of ambiguities) {
          logger.warn(
            `${filePath} ¶${paragraph}: "${text}" may be ${candidates.join(' or ')}, so it is not linked (a full name earlier in the article, or a title such as "President", tells them apart).`,
          );
        }
        return { digest, html, facts: { paragraphs, mentions }, entry: { id, data, filePath, digest } };
      };
      const keep = ({ digest, html, facts, entry }: Awaited<ReturnType<typeof renderArticle>>) => {
        cache.write(digest, html, facts);
        store.set(entry);
      };

      /** Renders one article file unless its rendering is current or cached; true when it rendered. */
      const loadFile = async (name: string): Promise<boolean> => {
        const article = readArticle(name);
        if (isCurrent(article)) return false;
        if (cache.has(article.digest)) {
          await restoreArticle(article);
          return false;
        }
        keep(await renderArticle(article, renderer.render));
        return true;
      };

      /**
       * Renders many articles on worker threads (a clean build): checked here, rendered there, kept here in
       * file order, so the store and the first error reported are those of a render on one thread.
       */
      const renderMany = async (articles: Article[]) => {
        const pool = await startRenderPool({ contentDir, base: config.base }, renderer.fingerprint).catch(
          (error: unknown) => {
            logger.warn(`rendering on one thread: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
          },
        );
        if (!pool) {
          for (const article of articles) keep(await renderArticle(article, renderer.render));
          return;
        }
        try {
          const ahead = pool.size * 8;
          const inFlight: Array<ReturnType<typeof renderArticle>> = [];
          for (const article of articles) {
            const rendering = renderArticle(article, pool.render);
            rendering.catch(() => undefined); // reported in order, below
            inFlight.push(rendering);
            if (inFlight.length >= ahead) keep(await inFlight.shift()!);
          }
          for (const rendering of inFlight) keep(await rendering);
        } finally {
          await pool.close();
        }
      };

      const loadAll = async () => {
        renderer = createArticleRenderer(contentDir, createUrls(config.base));
        rendererKey = generateDigest(renderer.fingerprint);
        const files = listEntryFiles(dir);
        const changed = files.map(readArticle).filter((article) => !isCurrent(article));
        const cached = changed.filter((article) => cache.has(article.digest));
        for (const article of cached) await restoreArticle(article);
        const stale = changed.filter((article) => !cache.has(article.digest));
        if (stale.length >= POOL_THRESHOLD && poolSize() > 0) await renderMany(stale);
        else for (const article of stale) keep(await renderArticle(article, renderer.render));
        const ids = new Set(files.map((name) => name.replace(/\.mdx$/, '')));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        const pruned = cache.prune(new Set(store.values().map((entry) => String(entry.digest))));
        logger.info(
          `${files.length} articles, ${stale.length} rendered, ${cached.length} from the cache` +
            (pruned ? '' : '; the cache is in use by another process, so unused renderings stay until the next build'),
        );
        const languages = store
          .values()
          .map((entry) => String((entry.data as { language?: unknown }).language ?? 'en'));
        for (const name of commonWordNames(renderer.dictionary.entities, languages)) {
          logger.warn(
            `content/${name.kind}/${name.entity}.mdx: "${name.written}" is a common word in the articles' language ${name.language} (stopwords-iso), so it is never linked there. Remove it, or give a longer name instead.`,
          );
        }
      };

      await loadAll();
      watcher?.on('all', (event, path) => {
        const changed = relative(contentDir, path);
        const [folder, name = '', ...deeper] = changed.split('/');
        if (changed.startsWith('..') || deeper.length > 0) return;
        let update: Promise<unknown> | undefined;
        if (folder === 'articles' && event === 'change' && isEntryFileName(name)) {
          // An edited article is rendered alone.
          update = loadFile(name).then((rendered) => rendered && logger.info(`${name} rendered`));
        } else if (isEntityKind(folder!) && event === 'change' && isEntryFileName(name)) {
          // An edited profile changes the articles' links only when its names do.
          const before = renderer.dictionary.entities.find((e) => e.id === name.replace(/\.mdx$/, ''));
          let after: unknown;
          try {
            after = readEntityNames(contentDir, folder, name);
          } catch {
            after = undefined; // gone already: the unlink event reloads
          }
          if (JSON.stringify(before) !== JSON.stringify(after)) update = loadAll();
        } else if (folder === 'articles' || isEntityKind(folder!) || changed === 'quotes.yaml') {
          // A new or removed file, or a quote: any article's links or marks may change.
          update = loadAll();
        }
        update?.catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
