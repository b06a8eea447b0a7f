import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';
import { describe } from 'vitest';

/** Debian's Chromium; override with CHROMIUM_PATH. Browser downloads do not work on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * `describe` for browser tests: without Chromium they are skipped with a loud
 * notice locally, and fail under CI=true, where a missing browser is a broken setup.
 */
export function describeInBrowser(name: string, body: () => void) {
  if (existsSync(CHROMIUM_PATH)) return describe(name, body);
  if (process.env.CI) {
    return describe(name, () => {
      throw new Error(
        `CI=true but there is no Chromium at ${CHROMIUM_PATH}. .ci/run installs it with: apt-get install -y chromium`,
      );
    });
  }
  const bar = '!'.repeat(78);
  console.warn(
    `\n${bar}\n!! SKIPPING BROWSER TESTS "${name}": no Chromium at ${CHROMIUM_PATH}.\n!! Install it (apt-get install -y chromium) or set CHROMIUM_PATH.\n${bar}\n`,
  );
  return describe.skip(name, body);
}

/** Headless Chromium with the flags these sandboxed machines need. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** A static server for a built site on 127.0.0.1 (random port), mounted under `base`. */
export async function serveSite(
  dir: string,
  base = '/',
): Promise<{ origin: string; url: (path?: string) => string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: true });
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (!path.startsWith(base)) {
      response.statusCode = 404;
      response.end('outside the site base');
      return;
    }
    request.url = `/${path.slice(base.length)}`;
    files(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
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

/** Collects console errors and uncaught exceptions of a page, for a "no errors" assertion. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}
