import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { collectErrors, describeInBrowser, servedInBrowser } from './browser';

/** One page of every type the dossier has. */
const PAGES = [
  '',
  'briefing/',
  'assessment/',
  'people/gustavo-petro/brief/',
  'changes/',
  'editions/',
  'editions/2026-01-09-the-el-pais-interview-report/',
  'book/',
  'timeline/',
  'quotes/',
  'quotes/by/gustavo-petro/',
  'claims/',
  'graph/',
  'graph/cluster/1/',
  'data/',
  'search/?q=Petro',
  'articles/',
  'articles/petro-warns-real-threat/',
  'people/',
  'people/gustavo-petro/',
  'people/gustavo-petro/quotes-by/1/',
  'organizations/ice/',
  'places/colombia/',
  'events/trump-petro-phone-call/',
  'topics/drug-trafficking/',
  'no-such-page/',
];

const VARIANTS = [
  { name: 'light', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  { name: 'dark', colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
  { name: 'phone', colorScheme: 'light', viewport: { width: 390, height: 844 } },
] as const;

describeInBrowser('accessibility', () => {
  const served = servedInBrowser(inject('dossierDist'));
  const errors: string[] = [];

  for (const variant of VARIANTS) {
    it(`axe finds no WCAG 2.2 AA violation on any page type (${variant.name})`, async () => {
      const context = await served.browser.newContext({ colorScheme: variant.colorScheme, viewport: variant.viewport });
      const violations: string[] = [];
      for (const path of PAGES) {
        const page = await context.newPage();
        if (!path.startsWith('no-such')) collectErrors(page, errors);
        await page.goto(served.site.url(path));
        if (path.startsWith('search/')) await page.waitForSelector('#search-results li');
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        for (const v of result.violations) {
          violations.push(
            `/${path} ${v.id}: ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
          );
        }
        await page.close();
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  }

  /** Tabs through the page and returns, for each stop, what it is and whether its focus is visible. */
  async function tabThrough(page: Page, limit: number) {
    const stops: Array<{ key: string; visible: boolean }> = [];
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const shape = el.matches('a.graph-node') ? el.querySelector('circle, rect, polygon') : null;
        const visible =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
          (shape !== null && parseFloat(getComputedStyle(shape).strokeWidth) >= 3);
        const key = el.id
          ? `#${el.id}`
          : `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? (el as HTMLInputElement).value ?? ''}`;
        return { key, visible };
      });
      if (!stop) break;
      if (stops.some((s) => s.key === stop.key) && stops[0]?.key === stop.key) break;
      stops.push(stop);
    }
    return stops;
  }

  it('reaches the search box, every filter and every result by keyboard, each with a visible focus', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.site.url('search/?q=Petro'));
    await page.waitForSelector('#search-results li');
    const stops = await tabThrough(page, 200);
    const keys = stops.map((s) => s.key);
    expect(keys).toContain('#search-input');
    for (const value of await page.$$eval('.filter-group input', (inputs) =>
      inputs.map((i) => (i as HTMLInputElement).value),
    )) {
      expect(
        keys.some((k) => k === `input ${value}`),
        `filter ${value}`,
      ).toBe(true);
    }
    expect(keys).toContain('#search-sort');
    const results = await page.$$eval('#search-results a', (links) => links.map((a) => `a ${a.getAttribute('href')}`));
    for (const result of results) expect(keys).toContain(result);
    expect(stops.filter((s) => !s.visible).map((s) => s.key)).toEqual([]);
    await page.close();
  });

  it('reaches every link of a profile by keyboard, each with a visible focus', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.site.url('people/marco-rubio/'));
    // Every link a reader can see (the table inside the closed <details> would open first).
    const links = await page.$$eval('a[href]', (all) =>
      all.filter((a) => a.checkVisibility()).map((a) => `a ${a.getAttribute('href')}`),
    );
    const stops = await tabThrough(page, 400);
    const keys = new Set(stops.map((s) => s.key));
    expect(links.filter((l) => !keys.has(l) && !keys.has(`#${l}`))).toEqual([]);
    expect(stops.filter((s) => !s.visible).map((s) => s.key)).toEqual([]);
    await page.close();
  });

  it('logged no console error or policy violation', () => {
    expect(errors).toEqual([]);
  });
});
