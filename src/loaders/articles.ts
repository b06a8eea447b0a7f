import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { articleCache, type ArticleFacts } from '../lib/article-cache';
import { createArticleRenderer } from '../lib/article-render';
import { isPublishedContentFile, readEntityNames } from '../lib/entity-dictionary';
import { isEntityKind } from '../schemas/entity';
import { locatedError } from '../lib/located-error';
import { createUrls } from '../lib/urls';

/** What an article's store entry holds: bump it when that changes. */
const STORE_LAYOUT = 'front-matter+cache-key';

/**
 * Loads content/articles/*.mdx (not `_` drafts): validates the frontmatter
 * with the collection's schema and renders the body once with the article
 * pipeline. The content store keeps the front matter and a digest; the HTML,
 * paragraphs and mentions go to the article cache (see article-cache.ts). An
 * unchanged article whose names and quotes are unchanged keeps its rendering,
 * so a rebuild after one edit renders one article, and in `astro dev` an
 * edited article is the only file read again.
 */
export function articleLoader(contentDir: string): Loader {
  const dir = join(contentDir, 'articles');
  const cache = articleCache();
  return {
    name: 'dossier-articles',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      // Made by each full load: it holds the names and quotes every article is rendered against.
      let renderer: ReturnType<typeof createArticleRenderer>;

      /** Renders one article file unless its rendering is current; true when it rendered. */
      const loadFile = async (name: string): Promise<boolean> => {
        const path = join(dir, name);
        const id = name.replace(/\.mdx$/, '');
        const text = readFileSync(path, 'utf8');
        // The layout tag changes whenever what the store keeps changes: Astro keeps an entry whose digest is unchanged.
        const digest = generateDigest(`${STORE_LAYOUT}\u0000${renderer.fingerprint}\u0000${text}`);
        if (store.get(id)?.digest === digest && cache.has(digest)) return false;
        const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
        const filePath = relative(process.cwd(), path);
        const data = await parseData({ id, data: frontmatter, filePath });
        const { html, metadata } = await renderer
          .render(path, content, String(frontmatter.language ?? 'en'))
          .catch((error: unknown) => {
            throw locatedError(filePath, error);
          });
        const { paragraphs = [], mentions = [] } = metadata.frontmatter as Partial<ArticleFacts>;
        cache.write(digest, html, { paragraphs, mentions });
        store.set({ id, data, filePath, digest });
        return true;
      };

      const loadAll = async () => {
        renderer = createArticleRenderer(contentDir, createUrls(config.base));
        const files = readdirSync(dir).filter(isPublishedContentFile).sort();
        let rendered = 0;
        for (const name of files) if (await loadFile(name)) rendered++;
        const ids = new Set(files.map((name) => name.replace(/\.mdx$/, '')));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        cache.prune(new Set(store.values().map((entry) => String(entry.digest))));
        logger.info(`${files.length} articles, ${rendered} rendered`);
      };

      await loadAll();
      watcher?.on('all', (event, path) => {
        const changed = relative(contentDir, path);
        const [folder, name = '', ...deeper] = changed.split('/');
        if (changed.startsWith('..') || deeper.length > 0) return;
        let update: Promise<unknown> | undefined;
        if (folder === 'articles' && event === 'change' && isPublishedContentFile(name)) {
          // An edited article is rendered alone.
          update = loadFile(name).then((rendered) => rendered && logger.info(`${name} rendered`));
        } else if (isEntityKind(folder!) && event === 'change' && isPublishedContentFile(name)) {
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
        update?.catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}
