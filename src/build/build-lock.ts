import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describeHolder, releaseLock, tryLock, type LockHolder } from '../shared/process-lock';

/** The lock on a cache folder: Astro's content store, the article cache and the staging it feeds. */
export function cacheLockFile(cacheDir: string): string {
  return join(cacheDir, 'build.lock');
}

/** The lock on an output folder, beside it like its staging folder: `.dist.lock`. */
export function outLockFile(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.lock`);
}

/**
 * Takes each lock in `files`, in order, waiting while another process holds
 * one: `onWait` is told who, once per holder. Every caller takes them in the
 * same order (cache, then output), so two builds never wait on each other.
 */
export async function acquireLocks(
  files: readonly string[],
  onWait: (file: string, holder: LockHolder | undefined) => void,
  pollMs = 250,
): Promise<void> {
  for (const file of files) {
    let announced: string | undefined;
    for (;;) {
      const attempt = tryLock(file);
      if (attempt.acquired) break;
      const who = describeHolder(attempt.holder);
      if (who !== announced && attempt.holder) onWait(file, attempt.holder);
      if (attempt.holder) announced = who;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}

/**
 * One build at a time per folder. Two builds in one project (a watcher and a
 * person, `npm run edition` beside `npm start`) share Astro's cache folder
 * and, when they build the same site, its staging folder: run together, one
 * deletes what the other is reading and dies, or mixes two sites in one
 * output. A build takes a lock on its cache folder and one on its output
 * folder before it touches either; a second build waits, saying which process
 * it waits for, and starts when that one ends. The locks name their process,
 * so a build killed with `kill -9` leaves a lock that the next build finds
 * stale and takes over. `astro dev` takes no lock: it writes no output, and
 * shares the article cache safely (see article-cache.ts).
 *
 * Listed first among the integrations, so nothing is written before the locks
 * are held.
 */
export default function buildLock(): AstroIntegration {
  return {
    name: 'dossier:build-lock',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const files = [
          cacheLockFile(fileURLToPath(config.cacheDir)),
          outLockFile(fileURLToPath(config.outDir).replace(/\/$/, '')),
        ];
        process.on('exit', () => files.forEach((file) => releaseLock(file)));
        await acquireLocks(files, (file, holder) =>
          logger.warn(
            `Another build is running: ${describeHolder(holder)} holds ${file}. ` +
              'This build waits for it to finish, then starts (Ctrl-C stops waiting).',
          ),
        );
      },
    },
  };
}
