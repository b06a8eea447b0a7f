import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { displayPath, readContentFile } from '../read/content-file';
import { isEntryFileName, listEntryFiles } from '../read/content-tree';
import { parseEntryData, type OtherFolder } from '../read/entry-data';
import { parseFrontmatter } from '../read/frontmatter';
import { checkProse } from '../render/prose';

/** What a prose entry's store entry holds, and how its file is read: bump it when either changes. */
const STORE_LAYOUT = 'yaml-1.2+normalised-text';

/**
 * Loads a folder of profiles (or the overview): each `<id>.mdx` that is not a
 * `_` draft, its front matter validated by the collection's schema and its
 * body checked to be text and `<Cite />` only (line and column on failure).
 * Bodies are stored as text and rendered by the page (`Prose.astro`), not
 * compiled as one MDX module each: Vite compiled and every build executed
 * 5,000 of those at 10,000 articles, for a few cited sentences apiece.
 */
export function proseLoader(dir: string, schema: z.ZodType, otherFolders: OtherFolder[] = []): Loader {
  return {
    name: 'dossier-prose',
    load: async (context) => {
      const { store, generateDigest, watcher, logger } = context;
      const loadFile = async (name: string) => {
        const path = join(dir, name);
        const id = name.replace(/\.mdx$/, '');
        // Decoded, without BOM and with LF line ends: the digest and everything parsed from it are the same for every editor.
        const text = readContentFile(path);
        const digest = generateDigest(`${STORE_LAYOUT}\u0000${text}`);
        if (store.get(id)?.digest === digest) return;
        const filePath = displayPath(path);
        const { data: frontmatter, body, source } = parseFrontmatter(text, filePath);
        checkProse(filePath, body);
        const data = await parseEntryData(context, frontmatter, { id, filePath, source }, schema, otherFolders);
        store.set({ id, data, body, filePath, digest });
      };
      const loadAll = async () => {
        const files = listEntryFiles(dir);
        for (const name of files) await loadFile(name);
        const ids = new Set(files.map((name) => name.replace(/\.mdx$/, '')));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      await loadAll();
      watcher?.on('all', (event, path) => {
        const name = relative(dir, path);
        if (name.startsWith('..') || name.includes('/')) return;
        const reload = event === 'change' && isEntryFileName(name) ? loadFile(name) : loadAll();
        reload.catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
