import type { IncomingMessage, ServerResponse } from 'node:http';
import { commitWrites } from '../ingest/atomic-write';
import { planDecision } from '../ingest/decide';
import { IngestError } from '../ingest/errors';

/** Reads a small form body (application/x-www-form-urlencoded). */
function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 100_000) reject(new Error('form too large'));
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

/** True when a request comes from a page of this server (its Origin, else its Referer, has the server's host). */
export function sameOrigin(headers: IncomingMessage['headers']): boolean {
  const from = headers.origin ?? headers.referer;
  if (!from || !headers.host) return false;
  try {
    return new URL(from).host === headers.host;
  } catch {
    return false;
  }
}

/**
 * The dev server's POST /review/decide: one accept or reject from the review
 * page's buttons, done as `npm run review` does it (planDecision, then
 * commitWrites: all or nothing), then back to the page with a message. Only
 * from this server's own pages.
 */
export function decideHandler(contentDir: string, base: string) {
  const path = `${base.replace(/\/?$/, '/')}review/decide`;
  return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== path) return next();
    const back = (message: string, failed: boolean, anchor = '') => {
      const query = new URLSearchParams({ message, ...(failed ? { failed: '1' } : {}) });
      res.statusCode = 303;
      res.setHeader('Location', `${base.replace(/\/?$/, '/')}review/?${query.toString()}${anchor}`);
      res.end();
    };
    if (!sameOrigin(req.headers)) {
      res.statusCode = 403;
      res.end('Decisions are taken from the review page of this server only.');
      return;
    }
    let form: URLSearchParams;
    try {
      form = await readForm(req);
    } catch {
      back('The form could not be read; nothing was changed.', true);
      return;
    }
    const decision = form.get('decision');
    const article = form.get('article') ?? '';
    const draft = form.get('draft') ?? '';
    if (decision !== 'accept' && decision !== 'reject') {
      back('Choose Accept or Reject; nothing was changed.', true);
      return;
    }
    try {
      const plan = planDecision({
        contentDir,
        article,
        draft,
        decision,
        edits: {
          speaker: form.get('speaker') ?? undefined,
          translation: form.get('translation') ?? undefined,
          name: form.get('name') ?? undefined,
        },
      });
      commitWrites(plan.writes);
      back(`Done: ${plan.message}`, false, `#article-${article}`);
    } catch (error) {
      const message = error instanceof IngestError ? error.message : `could not write (${(error as Error).message})`;
      back(`Not done: ${message} Nothing was changed.`, true, `#${draft}`);
    }
  };
}
