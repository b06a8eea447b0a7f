import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../../src/tools/chromium';

/**
 * `describe` for browser tests: without Chromium they are skipped with a loud
 * notice locally, and fail under CI=true, where a missing browser is a broken setup.
 */
export function describeInBrowser(name: string, body: () => void) {
  if (hasChromium()) return describe(name, body);
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

import { serveSite } from '../../src/tools/static-server';

export { serveSite };

/** A built site served on 127.0.0.1. */
export type Site = Awaited<ReturnType<typeof serveSite>>;

/** Headless Chromium for tests. */
export const launchBrowser = launchChromium;

/**
 * For the tests of the enclosing `describe`: launches Chromium and serves
 * `dist` (deployed under `base`) before them, closes both after them.
 */
export function servedInBrowser(dist: string, base?: string): { browser: Browser; site: Site } {
  const served = {} as { browser: Browser; site: Site };
  beforeAll(async () => {
    served.browser = await launchBrowser();
    served.site = await serveSite(dist, base);
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.site?.close();
  });
  return served;
}

/**
 * Collects console errors, uncaught exceptions and Content Security Policy
 * violations of a page into `errors` as they happen (also after this returns,
 * on every page the tab navigates to), for a "no errors" assertion.
 */
export function collectErrors(page: Page, errors: string[] = []): string[] {
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}
