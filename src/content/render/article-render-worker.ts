/**
 * One thread of the article render pool (article-render-pool.ts): builds the
 * article renderer for the content folder once, then renders the bodies it
 * is sent. Started through article-render-worker.mjs, which loads TypeScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createArticleRenderer } from './article-render';
import { createUrls } from '../../identity/urls';
import type { RenderReply, RenderRequest, WorkerSetup } from './article-render-pool';

const { contentDir, base } = workerData as WorkerSetup;
const port = parentPort!;
try {
  const renderer = createArticleRenderer(contentDir, createUrls(base));
  port.on('message', ({ id, path, body, language }: RenderRequest) => {
    renderer.render(path, body, language).then(
      (rendered) => port.postMessage({ id, rendered } satisfies RenderReply),
      (error: unknown) => {
        // A VFile message keeps its place in the file; these are the fields locatedError reads.
        const { line, column, reason, source, message } = error as Record<string, unknown>;
        port.postMessage({ id, error: { line, column, reason, source, message: message ?? String(error) } });
      },
    );
  });
  port.postMessage({ ready: renderer.fingerprint });
} catch (error) {
  port.postMessage({ failed: error instanceof Error ? error.message : String(error) });
}
