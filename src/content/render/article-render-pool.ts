import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderedArticle } from './article-render';
import { AuthorError } from '../../shared/located-error';

/** What every worker is started with. */
export interface WorkerSetup {
  contentDir: string;
  base: string;
}
/** One article body to render. */
export interface RenderRequest {
  id: number;
  path: string;
  body: string;
  language: string;
}
/** A worker's answer: the rendering, or the error with its place in the file. */
export type RenderReply =
  | { id: number; rendered: RenderedArticle; error?: undefined }
  | { id: number; error: { line?: unknown; column?: unknown; reason?: unknown; source?: unknown; message: unknown } };

/** The worker's entry (built from a path: Vite rewrites `new URL('./x', import.meta.url)` in code it loads). */
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'article-render-worker.mjs');

/**
 * Fewer articles to render than this, and the threads cost more to start
 * than they save: each loads the pipeline and builds the renderer (2 to 4 s
 * for both on two cores at 10,000 articles), against about 1.6 ms an article.
 */
export const POOL_THRESHOLD = 2000;

/**
 * How many render threads: DOSSIER_RENDER_THREADS, else one per core (the
 * loader's own thread mostly waits), at most four; 0 renders in the
 * loader's thread.
 */
export function poolSize(env: Record<string, string | undefined> = process.env): number {
  const value = env.DOSSIER_RENDER_THREADS;
  if (value === undefined) return Math.min(4, availableParallelism());
  const threads = Number(value);
  if (value.trim() === '' || !Number.isInteger(threads) || threads < 0 || threads > 64) {
    throw new AuthorError(
      `DOSSIER_RENDER_THREADS=${JSON.stringify(value)} is not a number of threads from 0 to 64. For example: DOSSIER_RENDER_THREADS=2`,
    );
  }
  return threads;
}

/**
 * Renders articles on worker threads, for a clean build of many articles:
 * rendering is the content sync's largest cost and runs on one core
 * otherwise. Each worker builds the same renderer from the same content
 * folder; `fingerprint` must equal the loader's own (names, aliases and
 * quotes read at the same moment), or `start` refuses and the loader renders
 * on its own thread. Errors come back as plain objects with the line and
 * column locatedError reads, so they point at the same place as before.
 * The caller writes the cache, so cache writes stay in one thread.
 */
export async function startRenderPool(setup: WorkerSetup, fingerprint: string, size = poolSize()) {
  const workers = Array.from({ length: size }, () => new Worker(WORKER, { workerData: setup }));
  const pending = new Map<number, { resolve: (r: RenderedArticle) => void; reject: (e: unknown) => void }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  const close = () => Promise.all(workers.map((w) => w.terminate())).then(() => undefined);
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.once('error', reject);
            worker.once('message', (message: { ready?: string; failed?: string }) => {
              if (message.failed !== undefined) reject(new Error(message.failed));
              else if (message.ready !== fingerprint)
                reject(new Error('the names or quotes changed while the article renderers started'));
              else resolve();
            });
          }),
      ),
    );
  } catch (error) {
    await close();
    throw error;
  }
  for (const worker of workers) {
    worker.on('message', (reply: RenderReply) => {
      load.set(worker, load.get(worker)! - 1);
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.error) waiting?.reject(reply.error);
      else waiting?.resolve(reply.rendered);
    });
    worker.on('error', (error) => {
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    });
  }
  return {
    size,
    /** Renders one body on the least busy thread; rejects with the error's place in the file. */
    render(path: string, body: string, language: string): Promise<RenderedArticle> {
      const worker = workers.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
      load.set(worker, load.get(worker)! + 1);
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, path, body, language } satisfies RenderRequest);
      });
    },
    close,
  };
}
