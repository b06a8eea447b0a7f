import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { displayPath, readContentFile } from '../read/content-file';
import { isEntryFileName, listEntryFiles } from '../read/content-tree';
import { parseEntryData, type OtherFolder } from '../read/entry-data';
import { parseFrontmatter } from '../read/frontmatter';
import { readProse, type ReadProse } from '../render/prose';
import type { SummaryCheck } from '../render/summary-citations';

/** What a prose entry's store entry holds, and how its file is read: bump it when either changes. */
const STORE_LAYOUT = 'yaml-1.2+normalised-text+read-prose+sentences';

/**
 * Loads a folder of profiles (or the overview): each `<id>.mdx` that is not a
 * `_` draft, its front matter validated by the collection's schema and its
 * body parsed once ({@link readProse}): checked to be text and `<Cite />` only
 * (line and column on failure), its citations read, rendered. The store keeps
 * the HTML and the summary check as the entry's `rendered` (see
 * {@link storedProse}); the page puts citations in (`Prose.astro`). Bodies are
 * not compiled as one MDX module each: Vite compiled and every build executed
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
        const { html, summary } = readProse(filePath, body);
        const data = await parseEntryData(context, frontmatter, { id, filePath, source }, schema, otherFolders);
        store.set({ id, data, body, filePath, digest, rendered: { html, metadata: { summary } } });
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

/**
 * What {@link proseLoader} read from an entry's body, as the content store
 * keeps it. Throws when the store is older than this layout, which a clean
 * content store (or any change to STORE_LAYOUT) rules out.
 */
export function storedProse(entry: {
  id: string;
  filePath?: string | undefined;
  rendered?: { html: string; metadata?: Record<string, unknown> } | undefined;
}): ReadProse {
  const summary = entry.rendered?.metadata?.summary as SummaryCheck | undefined;
  if (!entry.rendered || !summary) {
    throw new Error(
      `The content store holds no parsed body for ${entry.filePath ?? entry.id}: delete Astro's cache folder and build again.`,
    );
  }
  return { html: entry.rendered.html, summary };
}
