import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { isPublishedContentFile } from '../lib/entity-dictionary';
import { checkProse } from '../lib/prose';

/**
 * Loads a folder of profiles (or the overview): each `<id>.mdx` that is not a
 * `_` draft, its front matter validated by the collection's schema and its
 * body checked to be text and `<Cite />` only (line and column on failure).
 * Bodies are stored as text and rendered by the page (`Prose.astro`), not
 * compiled as one MDX module each: Vite compiled and every build executed
 * 5,000 of those at 10,000 articles, for a few cited sentences apiece.
 */
export function proseLoader(dir: string): Loader {
  return {
    name: 'dossier-prose',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const loadFile = async (name: string) => {
        const path = join(dir, name);
        const id = name.replace(/\.mdx$/, '');
        const text = readFileSync(path, 'utf8');
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) return;
        const filePath = relative(process.cwd(), path);
        const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
        checkProse(filePath, content);
        const data = await parseData({ id, data: frontmatter, filePath });
        store.set({ id, data, body: content, filePath, digest });
      };
      const loadAll = async () => {
        const files = readdirSync(dir).filter(isPublishedContentFile).sort();
        for (const name of files) await loadFile(name);
        const ids = new Set(files.map((name) => name.replace(/\.mdx$/, '')));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      await loadAll();
      watcher?.on('all', (event, path) => {
        const name = relative(dir, path);
        if (name.startsWith('..') || name.includes('/')) return;
        const reload = event === 'change' && isPublishedContentFile(name) ? loadFile(name) : loadAll();
        reload.catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}
