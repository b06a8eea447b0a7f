import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { articleCache, type ArticleFacts } from '../render/article-cache';
import { createArticleRenderer } from '../render/article-render';
import { displayPath, readContentFile } from '../read/content-file';
import { isEntryFileName, listEntryFiles } from '../read/content-tree';
import { readEntityNames } from '../render/entity-dictionary';
import { parseEntryData } from '../read/entry-data';
import { parseFrontmatter } from '../read/frontmatter';
import { isEntityKind } from '../../schemas/entity';
import { locatedError } from '../../shared/located-error';
import { createUrls } from '../../identity/urls';

/** What an article's store entry holds: bump it when that changes. */
const STORE_LAYOUT = 'front-matter+cache-key+yaml-1.2+normalised-text';

/**
 * Loads content/articles/*.mdx (not `_` drafts): validates the frontmatter
 * with the collection's schema and renders the body once with the article
 * pipeline. The content store keeps the front matter and a digest; the HTML,
 * paragraphs and mentions go to the article cache (see article-cache.ts). An
 * unchanged article whose names and quotes are unchanged keeps its rendering,
 * so a rebuild after one edit renders one article, and in `astro dev` an
 * edited article is the only file read again.
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

      /** Renders one article file unless its rendering is current; true when it rendered. */
      const loadFile = async (name: string): Promise<boolean> => {
        const path = join(dir, name);
        const id = name.replace(/\.mdx$/, '');
        // Decoded, without BOM and with LF line ends (see readContentFile).
        const text = readContentFile(path);
        // The layout tag changes whenever what the store keeps changes: Astro keeps an entry whose digest is unchanged.
        const digest = generateDigest(`${STORE_LAYOUT}\u0000${renderer.fingerprint}\u0000${text}`);
        if (store.get(id)?.digest === digest && cache.has(digest)) return false;
        const filePath = displayPath(path);
        const { data: frontmatter, body, source } = parseFrontmatter(text, filePath);
        const data = await parseEntryData(context, frontmatter, { id, filePath, source }, schema);
        const { html, metadata } = await renderer
          .render(path, body, String(frontmatter.language ?? 'en'))
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
        const files = listEntryFiles(dir);
        let rendered = 0;
        for (const name of files) if (await loadFile(name)) rendered++;
        const ids = new Set(files.map((name) => name.replace(/\.mdx$/, '')));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        const pruned = cache.prune(new Set(store.values().map((entry) => String(entry.digest))));
        logger.info(
          `${files.length} articles, ${rendered} rendered` +
            (pruned ? '' : '; the cache is in use by another process, so unused renderings stay until the next build'),
        );
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
