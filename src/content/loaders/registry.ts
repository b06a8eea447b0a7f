import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseEntryData } from '../read/entry-data';
import { readRegistry, type Registry } from '../read/registry';

/**
 * Loads a registry (content/quotes.yaml, content/claims.yaml) or, with
 * `read` = `readList`, a list file (content/judgments.yaml …): one entry per
 * id, each validated by the collection's schema. Unlike Astro's `file()`
 * loader, which logs a parse error and keeps the entries of the last good
 * file, a broken, missing or duplicated registry fails the build with the
 * file, line and problem, and the store is never left holding stale entries.
 */
export function registryLoader(
  path: string,
  noun: string,
  schema: z.ZodType,
  read: (path: string, noun: string) => Registry = readRegistry,
): Loader {
  const absolute = resolve(path);
  return {
    name: 'dossier-registry',
    load: async (context) => {
      const { store, generateDigest, watcher, logger } = context;
      const loadAll = async () => {
        const { file, entries, source } = read(absolute, noun);
        const ids = new Set<string>();
        for (const [id, raw] of entries) {
          ids.add(id);
          const digest = generateDigest(JSON.stringify(raw));
          if (store.get(id)?.digest === digest) continue;
          const data = await parseEntryData(
            context,
            raw as Record<string, unknown>,
            { id, filePath: file, source, prefix: [id] },
            schema,
          );
          store.set({ id, data, filePath: file, digest });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      await loadAll();
      watcher?.add(absolute);
      watcher?.on('all', (_event, changed) => {
        if (resolve(changed) !== absolute) return;
        loadAll().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
