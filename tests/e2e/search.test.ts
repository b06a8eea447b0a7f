import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { fold } from '../../src/lib/fold';
import { SUBPATH } from '../setup/build-dossier';
import { collectErrors, describeInBrowser, servedInBrowser, serveSite, type Site } from './browser';
import { readEntityNames } from './content-index';
import { RANK_WINDOW, rankResults } from '../../src/scripts/search-rank';

/** The whole search suite runs against the site deployed at / and under a sub-path. */
for (const deploy of [
  { name: 'search (deployed at /)', dist: 'dossierDist', base: '/' },
  { name: `search (deployed under ${SUBPATH})`, dist: 'dossierSubpathDist', base: SUBPATH },
] as const) {
  describeInBrowser(deploy.name, () => {
    const served = servedInBrowser(inject(deploy.dist), deploy.base);
    let subpath: Site;
    const errors: string[] = [];
    const base = deploy.base;
    /** A link of the site without its base: "/people/x/" whatever the deploy path. */
    const sitePath = (href: string) => `/${href.split('?')[0]!.slice(base.length)}`;

    beforeAll(async () => {
      subpath = await serveSite(inject('dossierSubpathDist'), SUBPATH);
    });
    afterAll(async () => subpath?.close());

    async function open(url: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
      const context = await served.browser.newContext(options);
      const page = await context.newPage();
      collectErrors(page, errors);
      await page.goto(url);
      return page;
    }

    /** Types a query into the search page and waits for the results it announces. */
    async function search(page: Page, query: string) {
      await page.fill('#search-input', query);
      await page.waitForFunction(
        (q) => document.querySelector('#search-status')?.textContent?.includes(`“${q}”`),
        query,
      );
      return page
        .$$eval('#search-results li', (items) =>
          items.map((li) => ({
            href: li.querySelector('a')!.getAttribute('href')!,
            title: li.querySelector('a')!.textContent!,
            meta: li.querySelector('.result-meta')!.textContent!,
            marks: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent),
          })),
        )
        .then((results) =>
          // Result links carry ?highlight=… for the target page; compare the page itself, without the base.
          results.map((r) => ({ ...r, href: sitePath(r.href) })),
        );
    }

    it('shows results as the reader types, with kind, outlet, date and highlighted words', async () => {
      const page = await open(served.site.url('search/'));
      const results = await search(page, 'Nicolas Maduro');
      expect(results[0]).toMatchObject({ href: '/people/nicolas-maduro/', title: 'Nicolás Maduro', meta: 'Person' });
      const article = results.find((r) => r.href.startsWith('/articles/petro-warns-real-threat/'))!;
      expect(article.meta).toBe('Article · BBC (inferred) · on or after 8 January 2026 (inferred)');
      expect(article.marks.some((m) => fold(m!).includes('maduro'))).toBe(true);
      expect(page.url()).toContain('?q=Nicolas+Maduro');
    });

    it('puts the profile named by the query first', async () => {
      const page = await open(served.site.url('search/'));
      expect((await search(page, 'Colombia'))[0]?.href).toBe('/places/colombia/');
      expect((await search(page, 'us'))[0]?.href).toBe('/places/united-states/');
    });

    it('finds every entity by each of its names, with and without accents, above the articles', async () => {
      const page = await open(served.site.url('search/'));
      const queries = readEntityNames().flatMap((entity) =>
        [...new Set([entity.name, ...entity.aliases].flatMap((n) => [n, fold(n)]))].map((query) => ({
          query,
          page: `/${entity.kind}/${entity.id}/`,
        })),
      );
      expect(queries.length).toBeGreaterThan(150);
      // Passed as source text: vitest would rewrite a dynamic import() inside a function.
      // The raw Pagefind results are re-ranked exactly as the search page does (rankResults).
      const answers: Array<{ query: string; docs: Array<{ url: string; meta: Record<string, string> }> }> =
        await page.evaluate(`(async (list) => {
      const pagefind = await import('${base}pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '${base}' });
      const out = [];
      for (const { query } of list) {
        const found = await pagefind.search(query);
        const docs = await Promise.all(found.results.slice(0, ${RANK_WINDOW}).map((r) => r.data()));
        out.push({ query, docs: docs.map((d) => ({ url: '/' + d.url.split('?')[0].slice(${base.length}), meta: d.meta })) });
      }
      return out;
    })(${JSON.stringify(queries)})`);
      const failures = queries.flatMap(({ query, page: expected }, i) => {
        const urls = rankResults(query, answers[i]!.docs).map((d) => d.url);
        const rank = urls.indexOf(expected);
        const firstArticle = urls.findIndex((u) => u.startsWith('/articles/'));
        if (rank < 0) return [`"${query}" does not find ${expected}`];
        if (firstArticle >= 0 && firstArticle < rank) return [`"${query}" ranks an article above ${expected}`];
        return [];
      });
      expect(failures).toEqual([]);
    });

    it('finds an article by a phrase from its text', async () => {
      const page = await open(served.site.url('search/'));
      const results = await search(page, 'Trump has significantly expanded ICE operations');
      const articles = results.filter((r) => r.href.startsWith('/articles/'));
      expect(articles.map((r) => r.href)).toEqual(['/articles/petro-warns-real-threat/']);
      expect(results.indexOf(articles[0]!)).toBeLessThan(5);
    });

    it('filters by kind, several kinds at once meaning either', async () => {
      const page = await open(served.site.url('search/?q=Petro'));
      await page.waitForSelector('#search-results li');
      await page.check('input[name=kind][value=Person]');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('#search-results .result-meta')].every((m) => m.textContent === 'Person'),
      );
      const people = await page.$$eval('#search-results .result-meta', (m) => m.map((e) => e.textContent));
      expect(people.length).toBeGreaterThan(0);
      await page.check('input[name=kind][value=Article]');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('#search-results .result-meta')].some((m) =>
          m.textContent!.startsWith('Article'),
        ),
      );
      const kinds = await page.$$eval('#search-results .result-meta', (m) =>
        m.map((e) => e.textContent!.split(' · ')[0]),
      );
      expect(new Set(kinds)).toEqual(new Set(['Person', 'Article']));
      expect(page.url()).toContain('kind=Person');
      expect(page.url()).toContain('kind=Article');
    });

    it('filters by outlet and month, and sorts articles by date', async () => {
      const page = await open(served.site.url('search/?q=Petro&kind=Article&sort=date-desc'));
      await page.waitForSelector('#search-results li');
      const newestFirst = (await page.$$eval('#search-results a', (a) => a.map((e) => e.getAttribute('href')!))).map(
        sitePath,
      );
      // The two articles: 9 January 2026 (inferred) first, then 8 January 2026 (inferred).
      expect(newestFirst).toEqual(['/articles/petro-says-call-froze-threat/', '/articles/petro-warns-real-threat/']);
      await page.selectOption('#search-sort', 'date-asc');
      await page.waitForFunction(
        (prefix) =>
          document
            .querySelector('#search-results a')
            ?.getAttribute('href')
            ?.startsWith(`${prefix}articles/petro-warns`),
        base,
      );
      await page.check('input[name=outlet][value="Not stated"]');
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 1);
      await page.check('input[name=month][value="January 2026"]');
      expect(
        (await page.$$eval('#search-results a', (a) => a.map((e) => e.getAttribute('href')!))).map(sitePath),
      ).toEqual(['/articles/petro-says-call-froze-threat/']);
    });

    it('opens /search/?q=… with results, and following one highlights the words on the page', async () => {
      const page = await open(served.site.url('search/?q=Delcy%20Rodriguez'));
      await page.waitForSelector('#search-results li');
      expect(await page.inputValue('#search-input')).toBe('Delcy Rodriguez');
      await page.click(`#search-results a[href^="${base}articles/petro-says-call-froze-threat/"]`);
      await page.waitForSelector('[data-pagefind-body] mark');
      const marked = await page.$$eval('mark', (m) => m.map((e) => e.textContent));
      expect(marked.map((m) => fold(m!))).toContain('rodriguez');
    });

    it('submits the header box to /search/?q=… without JavaScript, and says search needs it', async () => {
      const page = await open(served.site.url('people/gustavo-petro/'), { javaScriptEnabled: false });
      await page.fill('#header-search-input', 'Bogotá');
      await page.press('#header-search-input', 'Enter');
      await page.waitForURL(/\/search\/\?q=Bogot%C3%A1$/);
      expect(await page.textContent('noscript, .notice')).toContain('needs JavaScript');
    });

    it('reaches the search box by keyboard, with a visible focus ring', async () => {
      const page = await open(served.site.url(''));
      await page.keyboard.press('Tab'); // skip link
      await page.keyboard.press('Tab'); // site title
      await page.keyboard.press('Tab'); // search box
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
      const page2 = await open(served.site.url('search/?q=Petro'));
      await page2.waitForSelector('#search-results li');
      expect(await page2.getAttribute('#search-input', 'type')).toBe('search');
      expect(await page2.textContent('label[for=search-input]')).toBeTruthy();
      expect(await page2.$$eval('#search-results > li', (li) => li.length)).toBeGreaterThan(0);
    });

    it('works when the site is deployed under a sub-path', async () => {
      const page = await open(subpath.url('search/?q=Nariño'));
      await page.waitForSelector('#search-results li');
      const hrefs = await page.$$eval('#search-results a', (a) => a.map((e) => e.getAttribute('href')!.split('?')[0]!));
      expect(hrefs).toContain(`${SUBPATH}places/casa-de-narino/`);
      expect(hrefs.every((h) => h.startsWith(SUBPATH))).toBe(true);
      await page.click(`#search-results a[href^="${SUBPATH}places/casa-de-narino/"]`);
      await page.waitForURL(new RegExp(`${SUBPATH}places/casa-de-narino/`));
      expect(await page.textContent('h1')).toBe('Casa de Nariño');
    });

    it('logged no console error on any page', () => {
      expect(errors).toEqual([]);
    });
  });
}
