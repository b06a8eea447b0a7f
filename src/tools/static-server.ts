import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A running static server for a built site. */
export interface StaticSite {
  origin: string;
  /** The absolute URL of a path inside the site, e.g. `url('briefing/')`. */
  url(path?: string): string;
  close(): Promise<void>;
}

/**
 * Serves a built site from `dir` on 127.0.0.1 (a free port), mounted under
 * `base` as a static host would under a sub-path deploy.
 */
export async function serveSite(dir: string, base = '/'): Promise<StaticSite> {
  const files = sirv(dir, { dev: false, etag: true });
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (!path.startsWith(base)) {
      response.statusCode = 404;
      response.end('outside the site base');
      return;
    }
    request.url = `/${path.slice(base.length)}`;
    files(request, response, () => {
      // Like a static host: the site's own 404 page, with a 404 status.
      response.statusCode = 404;
      if (existsSync(join(dir, '404.html'))) {
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(readFileSync(join(dir, '404.html')));
      } else response.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path = '') => `${origin}${base}${path.replace(/^\//, '')}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
