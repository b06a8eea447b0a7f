import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../src/shared/fold';
import { collectErrors, describeInBrowser, servedInBrowser, serveSite, type Site } from '../support/browser';
import { readEntityNames } from '../support/content-index';
import { casePath, openSearchEvaluator } from '../../src/tools/bench/search-eval';
import { CLAIMS, MISSPELT, PHRASES, QUOTES, WORD, WORDS, type SearchCase } from '../../src/tools/bench/search-queries';
import { RANKING } from '../../src/site/scripts/pagefind-weights';
import { SUBPATH, realDossier, realDossierUnderSubpath } from '../support/shared-builds';

/** The whole search suite runs against the site deployed at / and under a sub-path. */
for (const deploy of [
  { name: 'search (deployed at /)', build: realDossier, base: '/' },
  { name: `search (deployed under ${SUBPATH})`, build: realDossierUnderSubpath, base: SUBPATH },
] as const) {
  describeInBrowser(deploy.name, () => {
    const served = servedInBrowser(deploy.build().outDir, deploy.base);
    let subpath: Site;
    const errors: string[] = [];
    const base = deploy.base;
    /** A link of the site without its base and its ?highlight=: "/people/x/" or "/articles/y/#p-2" whatever the deploy path. */
    const sitePath = (href: string) => casePath(href, base);

    beforeAll(async () => {
      if (base === '/') subpath = await serveSite(realDossierUnderSubpath().outDir, SUBPATH);
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

    // Each test opens its own pages; two at a time keep both cores busy (maxConcurrency in vitest.config.ts).
    describe.concurrent('on pages of their own', () => {
      it('shows results as the reader types: the profile, then the paragraphs, with outlet, date and the words marked', async () => {
        const page = await open(served.site.url('search/'));
        const results = await search(page, 'Nicolas Maduro');
        expect(results[0]).toMatchObject({ href: '/people/nicolas-maduro/', title: 'Nicolás Maduro', meta: 'Person' });
        const paragraph = results.find((r) => r.href.startsWith('/articles/petro-warns-real-threat/#p-'))!;
        expect(paragraph.title).toMatch(/^BBC interview ¶\d+$/);
        expect(paragraph.meta).toBe('Source paragraph · BBC (inferred) · on or after 8 January 2026 (inferred)');
        expect(paragraph.marks.some((m) => fold(m!).includes('maduro'))).toBe(true);
        expect(page.url()).toContain('?q=Nicolas+Maduro');
      });

      it('lands a phrase on the paragraph that says it, above the profiles, quotes and claims that restate it', async () => {
        const page = await open(served.site.url('search/'));
        const results = await search(page, 'dominating the world');
        expect(results[0]).toMatchObject({ href: '/articles/petro-warns-real-threat/#p-2', title: 'BBC interview ¶2' });
        // The excerpt is the sentence that says it, the words marked, no label or placeholder run into it.
        expect(await page.textContent('#search-results li:first-child .result-excerpt')).toBe(
          "Petro said that the US risks transforming from 'dominating the world' to becoming 'isolated from the world.'",
        );
        expect(results[0]!.marks.map((m) => fold(m!))).toEqual(expect.arrayContaining(['dominating', 'world']));
        const kinds = results.map((r) => r.meta.split(' · ')[0]);
        expect(kinds.indexOf('Quote')).toBeGreaterThan(kinds.indexOf('Source paragraph'));
        // Following it opens the paragraph, its words marked.
        await page.click('#search-results li:first-child a');
        await page.waitForSelector('#p-2 mark');
        expect(new URL(page.url()).hash).toBe('#p-2');
        expect(await page.$$eval('#p-2 mark', (m) => m.map((e) => e.textContent!.toLowerCase()))).toEqual(
          expect.arrayContaining(['dominating', 'world']),
        );
      });

      it('says "Did you mean …?" for a misspelt name, and searches the name it means', async () => {
        const page = await open(served.site.url('search/'));
        await page.fill('#search-input', 'Trunp');
        await page.waitForFunction(() =>
          document.querySelector('#search-suggestion')?.textContent?.includes('Did you mean'),
        );
        expect(await page.textContent('#search-suggestion')).toBe(
          'Did you mean Donald Trump? Results for it are included below.',
        );
        expect(sitePath((await page.getAttribute('#search-suggestion a', 'href'))!)).toBe('/people/donald-trump/');
        await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
        expect(sitePath((await page.getAttribute('#search-results li:first-child a', 'href'))!)).toBe(
          '/people/donald-trump/',
        );
        // A name written right is no typo: nothing is suggested.
        await page.fill('#search-input', 'Paul');
        await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('“Paul”'));
        expect(await page.textContent('#search-suggestion')).toBe('');
      });

      it('fetches names only when a query finds little, only the shard it needs, and only on the search page', async () => {
        const fetched: string[] = [];
        const context = await served.browser.newContext();
        context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
        const page = await context.newPage();
        await page.goto(served.site.url('people/donald-trump/'));
        await page.goto(served.site.url('search/?q=Maduro'));
        await page.waitForSelector('#search-results li');
        const names = () => fetched.filter((path) => path.includes('/search/names/'));
        expect(names()).toEqual([]);
        await page.fill('#search-input', 'Madurro');
        await page.waitForFunction(() => document.querySelector('#search-suggestion')?.textContent?.includes('Maduro'));
        // Only the shard of the query's first letter.
        expect(names()).toEqual([`${base}search/names/m.json`]);
        await context.close();
      });

      it('finds registered quotes and claims as results of their own, by kind', async () => {
        const page = await open(served.site.url('search/?kind=Quote'));
        const quotes = await search(page, 'sick man');
        expect(quotes.length).toBeGreaterThan(0);
        expect(quotes.every((r) => r.meta.startsWith('Quote · '))).toBe(true);
        expect(quotes.map((r) => r.href)).toContain('/quotes/#quote-trump-sick-man');
        expect(quotes.find((r) => r.href === '/quotes/#quote-trump-sick-man')).toMatchObject({
          title: 'Quote by Donald Trump',
          meta: 'Quote · BBC interview ¶22',
        });
        await page.uncheck('input[name=kind][value=Quote]');
        await page.check('input[name=kind][value=Claim]');
        const claims = await search(page, 'Nazi brigades');
        expect(claims[0]).toMatchObject({
          href: '/claims/#claim-petro-ice-nazi-brigades',
          title: 'Claim by Gustavo Petro',
          meta: 'Claim · disputed · BBC interview ¶3, BBC interview ¶10',
        });
        await page.click('#search-results li:first-child a');
        await page.waitForSelector('#claim-petro-ice-nazi-brigades mark');
      });

      it('shows no label, placeholder or heading in an excerpt', async () => {
        const page = await open(served.site.url('search/'));
        const texts: string[] = [];
        for (const query of [
          'Casa de Nariño',
          'Petro',
          'Rand Paul',
          'Minneapolis shooting',
          'Caribbean',
          'Delta Force',
        ]) {
          await search(page, query);
          texts.push(...(await page.$$eval('#search-results .result-excerpt', (e) => e.map((x) => x.textContent!))));
        }
        expect(texts.length).toBeGreaterThan(20);
        const noise = texts.filter((t) =>
          /Not stated in the source|\bSummary\b|\bAlso called\b|\bRoles\b|\bCountry\b|\bWithin\b|\bParticipants\b|\bOutlet\b|\bPublished\b/.test(
            t,
          ),
        );
        expect(noise).toEqual([]);
      });

      it('puts the profile named by the query first', async () => {
        const page = await open(served.site.url('search/'));
        expect((await search(page, 'Colombia'))[0]?.href).toBe('/places/colombia/');
        expect((await search(page, 'us'))[0]?.href).toBe('/places/united-states/');
      });

      it('finds every entity by each of its names, with and without accents, above the articles', async () => {
        const queries: SearchCase[] = readEntityNames().flatMap((entity) =>
          [...new Set([entity.name, ...entity.aliases].flatMap((n) => [n, fold(n)]))].map((query) => ({
            query,
            expected: `/${entity.kind}/${entity.id}/`,
          })),
        );
        expect(queries.length).toBeGreaterThan(150);
        // Answered as the search page answers them (answerQuery), with Pagefind in the browser.
        const page = await (await served.browser.newContext()).newPage();
        const evaluator = await openSearchEvaluator(page, (path) => served.site.url(path), deploy.build().outDir, base);
        const failures: string[] = [];
        for (const { query, expected } of queries) {
          const paths = (await evaluator.answer(query, RANKING)).hits.map((hit) => casePath(hit.url, base));
          const rank = paths.indexOf(expected);
          const firstArticle = paths.findIndex((p) => p.startsWith('/articles/'));
          if (rank < 0) failures.push(`"${query}" does not find ${expected}`);
          else if (firstArticle >= 0 && firstArticle < rank)
            failures.push(`"${query}" ranks an article above ${expected}`);
        }
        expect(failures).toEqual([]);
      });

      it.each([
        ['phrases from each article, to their paragraph', PHRASES],
        ['words of one paragraph, to it', WORDS],
        ['a word of one paragraph, to it', WORD],
        ['misspelt names, to the profile', MISSPELT],
        ['registered quotes, to their card', QUOTES],
        ['registered claims, to their card', CLAIMS],
      ])('puts in the first three: %s', async (_class, cases) => {
        const page = await (await served.browser.newContext()).newPage();
        const evaluator = await openSearchEvaluator(page, (path) => served.site.url(path), deploy.build().outDir, base);
        const misses = (await evaluator.outcomes(cases, RANKING))
          .filter((o) => o.rank === undefined || o.rank > 3)
          .map((o) => `"${o.query}" → ${o.expected}: ${o.rank ? `rank ${o.rank}` : 'not found'} (${o.top.join(', ')})`);
        expect(misses).toEqual([]);
      });

      it('finds the exact phrase when it is in double quotes, and says so in the help line', async () => {
        const page = await open(served.site.url('search/'));
        expect(await page.textContent('#search-help')).toContain('double quotes');
        const results = await search(page, '"Trump has significantly expanded ICE operations"');
        expect(results[0]?.href).toBe('/articles/petro-warns-real-threat/#p-3');
        // Only what holds the words in that order: not the pages that hold them apart.
        for (const result of results) {
          expect(result.href).not.toBe('/people/donald-trump/');
        }
      });

      it('filters by kind, several kinds at once meaning either', async () => {
        const page = await open(served.site.url('search/?q=Petro'));
        await page.waitForSelector('#search-results li');
        await page.check('input[name=kind][value=Person]');
        await page.waitForFunction(() =>
          [...document.querySelectorAll('#search-results .result-meta')].every((m) =>
            m.textContent!.startsWith('Person'),
          ),
        );
        const people = await page.$$eval('#search-results .result-meta', (m) => m.map((e) => e.textContent));
        expect(people.length).toBeGreaterThan(0);
        await page.check('input[name=kind][value=Article]');
        await page.waitForFunction(() =>
          [...document.querySelectorAll('#search-results .result-meta')].some((m) =>
            m.textContent!.startsWith('Source paragraph'),
          ),
        );
        const kinds = await page.$$eval('#search-results .result-meta', (m) =>
          m.map((e) => e.textContent!.split(' · ')[0]),
        );
        expect(new Set(kinds)).toEqual(new Set(['Person', 'Source paragraph']));
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
        expect(new URL(page.url()).hash).toMatch(/^#p-\d+$/);
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

      // The same for both deploys: written once, in the suite deployed at /.
      if (base === '/') {
        it('works when the site is deployed under a sub-path', async () => {
          const page = await open(subpath.url('search/?q=Nariño'));
          await page.waitForSelector('#search-results li');
          const hrefs = await page.$$eval('#search-results a', (a) =>
            a.map((e) => e.getAttribute('href')!.split('?')[0]!),
          );
          expect(hrefs).toContain(`${SUBPATH}places/casa-de-narino/`);
          expect(hrefs.every((h) => h.startsWith(SUBPATH))).toBe(true);
          await page.click(`#search-results a[href^="${SUBPATH}places/casa-de-narino/"]`);
          await page.waitForURL(new RegExp(`${SUBPATH}places/casa-de-narino/`));
          expect(await page.textContent('h1')).toBe('Casa de Nariño');
        });
      }
    });
    it('logged no console error on any page', () => {
      expect(errors).toEqual([]);
    });
  });
}
