import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../support/build';
import AxeBuilder from '@axe-core/playwright';
import { describeInBrowser, servedInBrowser } from '../support/browser';
import { validateHtml } from '../support/site-checks';
import { collapse, hasPoppler, printedBook, requirePopplerUnderCi, words, type Bookmark } from '../support/pdf';
import { realDossierBookInParts } from '../support/shared-builds';

/**
 * The book once it outgrows one page: the real dossier built with parts of about 250 KB, as a dossier a few times its
 * size is cut by the default. A front page with the cover and the parts' contents, then a page per part; printed,
 * one PDF whose page numbers run on from part to part.
 */
const dist = realDossierBookInParts().outDir;

interface DossierJson {
  title: string;
  entities: Array<{ id: string; name: string }>;
  articles: Array<{ id: string; title: string; paragraphs: Array<{ n: number; text: string }> }>;
}

const dossier = JSON.parse(readFileSync(join(dist, 'dossier.json'), 'utf8')) as DossierJson;
const front = readPage(dist, 'book/index.html');
const partPaths = [
  ...new Set((selectAll('a.book-toc-part', front) as Element[]).map((a) => String(a.properties.href).split('#')[0]!)),
];
const parts = partPaths.map((path) => readPage(dist, `${path.replace(/^\//, '')}index.html`));
const ids = (page: ReturnType<typeof readPage>) =>
  new Set((selectAll('[id]', page) as Element[]).map((e) => String(e.properties.id)));

describe('a book too large for one page (parts of 250 KB)', () => {
  it('has a front page that lists its parts in order, each a page of the site', () => {
    expect(partPaths).toEqual(partPaths.map((_, i) => `/book/${i + 1}/`));
    expect(partPaths.length).toBeGreaterThanOrEqual(3);
    expect(existsSync(join(dist, `book/${partPaths.length + 1}/index.html`))).toBe(false);
    expect(collapse(toString(select('h1', front)!))).toBe(dossier.title);
  });

  it('keeps every part near its size, far below the whole book', () => {
    const sizes = partPaths.map((path) => readFileSync(join(dist, path, 'index.html')).length);
    const whole = sizes.reduce((a, b) => a + b, 0);
    for (const size of sizes) expect(size).toBeLessThan(Math.min(350_000, whole / 2));
  });

  it('prints every profile and every article in exactly one part', () => {
    const held = (id: string) => parts.filter((part) => ids(part).has(id)).length;
    for (const entity of dossier.entities) expect(held(`profile--${entity.id}--title`), entity.id).toBe(1);
    for (const article of dossier.articles) {
      expect(held(`article--${article.id}--title`), article.id).toBe(1);
      for (const p of article.paragraphs) expect(held(`article--${article.id}--p-${p.n}`)).toBe(1);
    }
  });

  it('links within a part to its own ids, and into another part to that part’s page and an id it holds', () => {
    let across = 0;
    for (const [i, part] of parts.entries()) {
      const own = ids(part);
      for (const a of selectAll('a.book-ref', part) as Element[]) {
        expect(own.has(String(a.properties.href).slice(1)), `${partPaths[i]} ${a.properties.href}`).toBe(true);
      }
      for (const a of selectAll('a.book-part-ref', part) as Element[]) {
        const [path, id] = String(a.properties.href).split('#') as [string, string];
        const target = partPaths.indexOf(path);
        expect(target, `${partPaths[i]} links to ${path}`).toBeGreaterThanOrEqual(0);
        expect(target).not.toBe(i);
        expect(a.properties.dataPart).toBe(String(target + 1));
        expect(ids(parts[target]!).has(id), `${path}#${id}`).toBe(true);
        across++;
      }
    }
    expect(across).toBeGreaterThan(100);
  });

  it('says where a chapter an earlier part began goes on, and each part lists what it holds', () => {
    const continued = parts.flatMap((part) =>
      (selectAll('.book-chapter h2, .book-chapter h1', part) as Element[])
        .map((h) => collapse(toString(h)))
        .filter((text) => text.endsWith('(continued)')),
    );
    expect(continued.length).toBeGreaterThan(0);
    for (const part of parts) {
      const listed = (selectAll('.book-part-head a.book-toc', part) as Element[]).map((a) =>
        String(a.properties.href).slice(1),
      );
      const own = ids(part);
      expect(listed.length).toBeGreaterThan(0);
      for (const id of listed) expect(own.has(id), id).toBe(true);
    }
  });

  it('passes html-validate on the front page and every part', async () => {
    expect(await validateHtml(join(dist, 'book'))).toEqual([]);
  });
});

describeInBrowser('a book in parts, read on screen', () => {
  const served = servedInBrowser(dist);

  it('axe finds no WCAG 2.2 AA violation on the front page or a part (light, dark)', async () => {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await served.browser.newContext({ colorScheme });
      for (const path of ['book/', 'book/2/']) {
        const page = await context.newPage();
        await page.goto(served.site.url(path));
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .options({ resultTypes: ['violations'] })
          .setLegacyMode()
          .analyze();
        found.push(...result.violations.map((v) => `${colorScheme} /${path} ${v.id}: ${v.help}`));
        await page.close();
      }
      await context.close();
    }
    expect(found).toEqual([]);
  }, 180_000);
});

describeInBrowser('a book in parts, printed (dossier.pdf)', () => {
  let pages: string[];
  let flat: string[];
  let bookmarks: Bookmark[];
  let destinations: Map<string, number>;

  beforeAll(async () => {
    requirePopplerUnderCi();
    if (!hasPoppler) return;
    ({ pages, flat, bookmarks, destinations } = await printedBook(dist));
  }, 300_000);

  /** The number a PDF page prints in its margin ("Page 12", or a roman numeral on the front), if any. */
  const printedNumber = (text: string) => /(?:Page (\d+)|\b([ivxl]+))\s*$/.exec(text.trimEnd())?.slice(1).find(Boolean);
  /** How many pages the front (cover and contents) takes: the first part's title page follows it. */
  const frontPages = () => flat.findIndex((text) => /Part 1 of \d+/.test(text));

  describe.skipIf(!hasPoppler)('printed', () => {
    it('opens with the cover and the front contents, numbered apart in roman numerals', () => {
      expect(flat[0]).toContain(dossier.title);
      expect(printedNumber(pages[0]!)).toBeUndefined();
      const f = frontPages();
      expect(f).toBeGreaterThan(1);
      for (let i = 1; i < f; i++) expect(printedNumber(pages[i]!), `front page ${i + 1}`).toMatch(/^[ivxl]+$/);
    });

    it('numbers the parts’ pages on from one part to the next; a part’s title page carries no number', () => {
      const f = frontPages();
      let unnumbered = 0;
      for (let i = f; i < pages.length; i++) {
        const number = printedNumber(pages[i]!);
        if (number === undefined) {
          expect(flat[i], `PDF page ${i + 1}`).toMatch(/Part \d+ of \d+/);
          unnumbered++;
          continue;
        }
        expect(Number(number), `PDF page ${i + 1}`).toBe(i - f + 1);
      }
      expect(unnumbered).toBe(partPaths.length);
    });

    it('gives every part and chapter in the front contents the page it starts on', () => {
      const f = frontPages();
      const entries = (selectAll('a.book-toc-part', front) as Element[]).map((a) => collapse(toString(a)));
      const lines = pages
        .slice(1, f)
        .flatMap((page) => page.split('\n'))
        .map((line) => /^\s*(.+?)\s{2,}(\d+)\s*$/.exec(line))
        .filter((match) => match !== null)
        .map((match) => ({ title: collapse(match[1]!), page: Number(match[2]) }));
      expect(lines.map((l) => l.title.slice(0, 12))).toEqual(entries.map((e) => e.slice(0, 12)));
      for (const { title, page } of lines) {
        const heading = title.replace(/:.*$/, '');
        const text = flat[f + page - 1]!;
        expect(text.includes(heading), `"${heading}" on page ${page}`).toBe(true);
      }
    });

    it('says on what page every reference within a part lands, and names the part of one that leads out of it', () => {
      const refs = parts.flatMap((part) =>
        (selectAll('a.book-ref', part) as Element[]).map((a) => String(a.properties.href).slice(1)),
      );
      const printed = flat.flatMap((text) => [...text.matchAll(/\(see p\. (\d+)\)/g)].map((m) => Number(m[1])));
      expect(printed.length).toBe(refs.length);
      const f = frontPages();
      let checked = 0;
      for (const [i, id] of refs.entries()) {
        const page = destinations.get(id);
        if (page === undefined) continue;
        expect(printed[i], `reference ${i + 1} to #${id}`).toBe(page - f);
        checked++;
      }
      expect(checked).toBeGreaterThan(refs.length / 2);
      const across = parts.flatMap((part) => selectAll('a.book-part-ref', part) as Element[]);
      const printedAcross = flat.join(' ').match(/\(part \d+\)/g) ?? [];
      expect(printedAcross.length).toBe(across.length);
    });

    it('prints every article verbatim, every paragraph with its ¶ number', () => {
      const all = flat.join(' ');
      for (const article of dossier.articles) {
        for (const p of article.paragraphs) {
          const text = words(p.text);
          expect(all.includes(`¶${p.n} ${text.slice(0, 5).join(' ')}`), `${article.id} ¶${p.n}`).toBe(true);
          expect(all.includes(text.slice(-4).join(' ')), `${article.id} ¶${p.n} ends`).toBe(true);
        }
      }
    });

    it('has one outline: the contents, then each part with its chapters, profiles and articles', () => {
      expect(bookmarks[0]!.title).toBe('Contents');
      expect(bookmarks.slice(1).map((b) => b.title)).toEqual(
        partPaths.map((_, i) => `Part ${i + 1} of ${partPaths.length}`),
      );
      const f = frontPages();
      for (const part of bookmarks.slice(1)) {
        expect(part.page).toBeGreaterThan(f);
        expect(part.children.length).toBeGreaterThan(0);
        for (const chapter of part.children) expect(chapter.page).toBeGreaterThanOrEqual(part.page);
      }
      const titles = bookmarks.flatMap((part) => part.children.flatMap((c) => c.children.map((b) => b.title)));
      expect(titles).toContain('Gustavo Petro');
      for (const article of dossier.articles) expect(titles).toContain(article.title);
    });
  });
});
