import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPage, type Paper } from '../../src/tools/briefing-pdf';
import { formatDossierDate, parseDossierDate } from '../../src/shared/dates';
import { ROOT } from '../support/paths';
import { readPage } from '../support/build';
import { describeInBrowser, launchBrowser, serveSite } from '../support/browser';
import { readEntityNames } from '../support/content-index';
import { hasPoppler, inspectPdf, requirePopplerUnderCi } from '../support/pdf';
import { realDossier } from '../support/shared-builds';

const dist = realDossier().outDir;
const SCREENSHOTS = join(ROOT, 'test-results');
describeInBrowser('print', () => {
  let browser: Browser;
  beforeAll(async () => {
    requirePopplerUnderCi();
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => browser?.close());

  describe.skipIf(!hasPoppler)('the briefing PDF', () => {
    for (const [paper, size] of [
      ['a4', '(A4)'],
      ['letter', '(letter)'],
    ] as Array<[Paper, string]>) {
      it(`is exactly one ${paper} page with the key names, the as-of date and no navigation`, async () => {
        const pdf = inspectPdf(await printPage(browser, dist, 'briefing/', paper));
        expect(pdf.pages).toBe(1);
        expect(pdf.size).toContain(size);
        for (const name of ['Gustavo Petro', 'Donald Trump', 'Nicolás Maduro', 'Delcy Rodríguez', 'Rand Paul']) {
          expect(pdf.text).toContain(name);
        }
        expect(pdf.text).toContain('As of 9 January 2026');
        expect(pdf.text).toMatch(/as of 9 January 2026\s+Page 1 of 1/);
        // With key judgments on it, the page says what it left to the screen to keep to one page.
        expect(pdf.text.replace(/\s+/g, ' ')).toContain('Left out on paper to keep one page');
        expect(pdf.text).toContain('Key judgments');
        for (const chrome of ['Skip to content', 'Search the dossier', 'Organisations', 'Every statement cites']) {
          expect(pdf.text).not.toContain(chrome);
        }
      });
    }

    // Every edition's briefing, as it was, prints on one page of each paper like today's.
    const editions = readdirSync(join(ROOT, 'content/editions'))
      .filter((f) => f.endsWith('.json'))
      .map(
        (f) =>
          JSON.parse(readFileSync(join(ROOT, 'content/editions', f), 'utf8')) as {
            id: string;
            asOf: string;
            number: number;
          },
      );
    it('has editions to print', () => expect(editions.length).toBeGreaterThanOrEqual(2));
    for (const edition of editions) {
      for (const paper of ['a4', 'letter'] as Paper[]) {
        it(`prints the briefing of edition ${edition.number} on exactly one ${paper} page, with its own date`, async () => {
          const pdf = inspectPdf(await printPage(browser, dist, `editions/${edition.id}/`, paper));
          expect(pdf.pages).toBe(1);
          const day = formatDossierDate(parseDossierDate(edition.asOf));
          expect(pdf.text).toContain(`As of ${day}`);
          expect(pdf.text).toMatch(new RegExp(`as of ${day}\\s+Page 1 of 1`));
          // What is new since the edition before is marked in words, which print.
          if (edition.number > 1) expect(pdf.text).toMatch(/NEW\s+marks\s+what\s+is\s+new\s+since\s+the\s+edition/);
          expect(pdf.text).not.toContain('kept as it was');
        });
      }
    }

    it('prints a typical profile on one page', async () => {
      // "Typical": the profile with the median number of mentioning sentences, as its page counts them.
      const sizes: Array<{ path: string; length: number }> = [];
      for (const e of readEntityNames()) {
        const page = readPage(dist, `${e.kind}/${e.id}/index.html`);
        const count = toString(select('#mentioned-in .muted', page) ?? { type: 'text', value: '(0)' });
        sizes.push({ path: `${e.kind}/${e.id}/`, length: Number(/\d+/.exec(count)?.[0] ?? 0) });
      }
      sizes.sort((a, b) => a.length - b.length || (a.path < b.path ? -1 : 1));
      const typical = sizes[Math.floor(sizes.length / 2)]!;
      expect(inspectPdf(await printPage(browser, dist, typical.path, 'a4')).pages, typical.path).toBe(1);
    });
  });

  it('prints light even in dark mode, without header, search or footer, and shows external URLs', async () => {
    const site = await serveSite(dist);
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(site.url('people/gustavo-petro/'));
    const screenBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'https://example.org/report';
      link.textContent = 'a report';
      document.querySelector('main')!.append(link);
      const hidden = (selector: string) => getComputedStyle(document.querySelector(selector)!).display === 'none';
      return {
        background: getComputedStyle(document.body).backgroundColor,
        color: getComputedStyle(document.body).color,
        header: hidden('.site-header'),
        footer: hidden('.site-footer'),
        search: hidden('.header-search'),
        after: getComputedStyle(link, '::after').content,
      };
    });
    await page.close();
    await site.close();
    expect(screenBackground).not.toBe('rgb(255, 255, 255)');
    expect(printed).toEqual({
      background: 'rgb(255, 255, 255)',
      color: 'rgb(0, 0, 0)',
      header: true,
      footer: true,
      search: true,
      after: '" <https://example.org/report>"',
    });
  });

  it('saves print-media screenshots of the briefing and of a profile (test-results/*.png)', async () => {
    const site = await serveSite(dist);
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.emulateMedia({ media: 'print' });
    for (const [path, file] of [
      ['briefing/', 'print-briefing.png'],
      ['people/marco-rubio/', 'print-profile.png'],
    ] as const) {
      await page.goto(site.url(path));
      await page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
      expect(existsSync(join(SCREENSHOTS, file))).toBe(true);
    }
    await page.close();
    await site.close();
  });

  it('npm run pdf fails with a clear message when there is no Chromium', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/tools/cli/pdf.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', DOSSIER_OUT_DIR: dist },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'pdf: No Chromium at /nonexistent/chromium. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  });
});
