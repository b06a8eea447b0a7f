import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { collectErrors, describeInBrowser, servedInBrowser } from '../support/browser';
import { mapConcurrently } from '../support/concurrency';
import { realDossier } from '../support/shared-builds';

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
  const served = servedInBrowser(realDossier().outDir);
  const errors: string[] = [];

  for (const variant of VARIANTS) {
    it(`axe finds no WCAG 2.2 AA violation on any page type (${variant.name})`, async () => {
      const context = await served.browser.newContext({ colorScheme: variant.colorScheme, viewport: variant.viewport });
      // Two pages at a time, one per core; each page's violations in the order of PAGES.
      const found = await mapConcurrently(PAGES, 2, async (path) => {
        const page = await context.newPage();
        if (!path.startsWith('no-such')) collectErrors(page, errors);
        await page.goto(served.site.url(path));
        if (path.startsWith('search/')) await page.waitForSelector('#search-results li');
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          // Every violating element is still reported; passes keep one example each.
          .options({ resultTypes: ['violations'] })
          // axe.run in the page itself, as the pages hold no frames: no blank page opened for each result.
          .setLegacyMode()
          .analyze();
        // Legacy mode would not test a frame's content: a page that gets one must say so here.
        const frames =
          page.frames().length > 1 ? [`/${path} holds a frame, which axe's legacy mode does not test`] : [];
        await page.close();
        return [
          ...frames,
          ...result.violations.map(
            (v) =>
              `/${path} ${v.id}: ${v.help} — ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(' | ')}`,
          ),
        ];
      });
      await context.close();
      expect(found.flat()).toEqual([]);
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

  it('folds the sections behind one Menu on a phone, content first and search in reach, by keyboard, light and dark', async () => {
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await served.browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
      for (const path of ['briefing/', 'people/gustavo-petro/', 'articles/petro-warns-real-threat/']) {
        const page = await context.newPage();
        collectErrors(page, errors);
        await page.goto(served.site.url(path));
        const menu = page.locator('.site-menu > summary');
        const firstSection = page.locator('.site-menu a').first();
        // Two short rows (the title and Menu, then search) instead of a third of the screen; the page's own
        // heading is in the first screen.
        expect((await page.locator('.site-header').boundingBox())!.height, path).toBeLessThan(130);
        expect((await page.locator('main h1').boundingBox())!.y, path).toBeLessThan(844 / 2);
        expect(await page.locator('#header-search-input').isVisible()).toBe(true);
        expect(await firstSection.isVisible()).toBe(false);
        // By keyboard: the search box, its button, then Menu, which opens on Enter onto the sections.
        const stops: string[] = [];
        for (let i = 0; i < 6; i++) {
          await page.keyboard.press('Tab');
          stops.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''));
        }
        expect(stops.slice(2, 5)).toEqual(['header-search-input', 'BUTTON', 'SUMMARY']);
        await menu.focus();
        await page.keyboard.press('Enter');
        expect(await firstSection.isVisible()).toBe(true);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Overview');
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        violations.push(...result.violations.map((v) => `/${path} (${colorScheme}, menu open) ${v.id}: ${v.help}`));
        await page.close();
      }
      await context.close();
    }
    expect(violations).toEqual([]);
    // On a wide screen the sections are a row of links, with no Menu to open.
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(served.site.url('briefing/'));
    expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
    expect(await page.locator('.site-menu a').evaluateAll((links) => links.every((a) => a.checkVisibility()))).toBe(
      true,
    );
    await page.close();
  });

  it('logged no console error or policy violation', () => {
    expect(errors).toEqual([]);
  });
});
