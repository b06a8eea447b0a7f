import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { createArticleRenderer } from '../lib/article-render';
import { isPublishedContentFile } from '../lib/entity-dictionary';
import { createUrls } from '../lib/urls';

/**
 * Loads content/articles/*.mdx (not `_` drafts): validates the frontmatter
 * with the collection's schema and renders the body once with the article
 * pipeline, storing the HTML in the content layer. An unchanged article whose
 * names and quotes are unchanged keeps its stored rendering, so a rebuild
 * after one edit renders one article.
 */
export function articleLoader(contentDir: string): Loader {
  const dir = join(contentDir, 'articles');
  return {
    name: 'dossier-articles',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const reload = async () => {
        const renderer = createArticleRenderer(contentDir, createUrls(config.base));
        const files = readdirSync(dir).filter(isPublishedContentFile).sort();
        const seen = new Set<string>();
        let rendered = 0;
        for (const name of files) {
          const path = join(dir, name);
          const id = name.replace(/\.mdx$/, '');
          seen.add(id);
          const text = readFileSync(path, 'utf8');
          const digest = generateDigest(`${renderer.fingerprint}\u0000${text}`);
          if (store.get(id)?.digest === digest) continue;
          const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
          const filePath = relative(process.cwd(), path);
          const data = await parseData({ id, data: frontmatter, filePath });
          const html = await renderer
            .render(path, content, String(frontmatter.language ?? 'en'))
            .catch((error: unknown) => {
              // Name the file, line and column, as the MDX pipeline does for profiles.
              const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
              throw new Error(`${filePath}:${line ?? 0}:${column ?? 0} ${reason ?? String(error)}`);
            });
          store.set({ id, data, body: content.trim(), filePath, digest, rendered: html });
          rendered++;
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        logger.info(`${files.length} articles, ${rendered} rendered`);
      };
      await reload();
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(contentDir)) void reload();
      });
    },
  };
}
