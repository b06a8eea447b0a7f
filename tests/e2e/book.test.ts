import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../support/build';
import { describeInBrowser } from '../support/browser';
import { collapse, hasPoppler, printedBook, requirePopplerUnderCi, words, type Bookmark } from '../support/pdf';
import { realDossier } from '../support/shared-builds';

/** The real dossier's book, printed once by Paged.js as `npm run pdf` prints dossier.pdf. */
const dist = realDossier().outDir;

interface DossierJson {
  title: string;
  articles: Array<{ id: string; label: string; paragraphs: Array<{ n: number; text: string }> }>;
}

describeInBrowser('the dossier as a book (dossier.pdf)', () => {
  const dossier = JSON.parse(readFileSync(join(dist, 'dossier.json'), 'utf8')) as DossierJson;
  const html = readPage(dist, 'book/index.html');
  let pages: string[];
  let flat: string[];
  let bookmarks: Bookmark[];
  let destinations: Map<string, number>;

  beforeAll(async () => {
    requirePopplerUnderCi();
    if (!hasPoppler) return;
    ({ pages, flat, bookmarks, destinations } = await printedBook(dist));
  }, 300_000);

  /** The page (1-based) of the heading with this id, as Chromium placed it (the PDF's named destination). */
  const pageOfId = (id: string) => destinations.get(id) ?? 0;

  describe.skipIf(!hasPoppler)('printed', () => {
    it('has a cover with title, scope and as-of date, and no page number on it', () => {
      expect(flat[0]).toContain(dossier.title);
      expect(flat[0]).toContain('As of 9 January 2026');
      expect(flat[0]).not.toMatch(/Page 1 of/);
    });

    it('numbers every other page in its margin, with the dossier and its as-of date', () => {
      for (const [i, text] of pages.entries()) {
        if (i === 0) continue;
        expect(text, `page ${i + 1}`).toMatch(
          new RegExp(`${dossier.title} · as of 9 January 2026\\s+Page ${i + 1} of ${pages.length}\\s*$`),
        );
      }
    });

    it('lists every chapter, profile and article in its contents with the page its heading falls on', () => {
      const entries = (selectAll('.book-contents a.book-toc', html) as Element[]).map((a) => ({
        title: collapse(toString(a)),
        id: String(a.properties.href).slice(1),
      }));
      expect(entries.length).toBeGreaterThan(70);
      // The contents pages: from the one headed "Contents" to the one before the first chapter.
      const first = pageOfId(entries[0]!.id);
      const lines = pages
        .slice(1, first - 1)
        .flatMap((page) => page.split('\n'))
        .filter((line) => !/Page \d+ of \d+\s*$/.test(line))
        .map((line) => /^\s*(.+?)\s{2,}(\d+)\s*$/.exec(line))
        .filter((match) => match !== null)
        .map((match) => ({ title: match[1]!, page: Number(match[2]) }));
      expect(lines.map((l) => l.title.slice(0, 20))).toEqual(entries.map((e) => e.title.slice(0, 20)));
      for (const [i, entry] of entries.entries()) {
        const printed = lines[i]!.page;
        expect(printed, `${entry.title}: the contents say p. ${printed}`).toBe(pageOfId(entry.id));
        expect(flat[printed - 1]!.includes(entry.title), `${entry.title} on p. ${printed}`).toBe(true);
      }
    });

    it('says on what page every cross-reference lands ("see p. N")', () => {
      // Every link of the book page that carries a page reference, in reading order, against every "(see p. N)"
      // of the PDF: as many, and each the page its target falls on.
      const refs = (selectAll('a.book-ref', html) as Element[]).map((a) => String(a.properties.href).slice(1));
      const printed = flat.flatMap((text) => [...text.matchAll(/\(see p\. (\d+)\)/g)].map((m) => Number(m[1])));
      expect(printed.length, 'a cross-reference is missing from the PDF').toBe(refs.length);
      expect(refs.length).toBeGreaterThan(2000);
      // Targets the PDF names (headings, linked ids) give their page directly; a paragraph's page is where its
      // number and first words are printed.
      const paragraphPage = new Map<string, number>();
      for (const article of dossier.articles) {
        for (const p of article.paragraphs) {
          const start = `¶${p.n} ${words(p.text).slice(0, 5).join(' ')}`;
          paragraphPage.set(`article--${article.id}--p-${p.n}`, flat.findIndex((text) => text.includes(start)) + 1);
        }
      }
      let checked = 0;
      for (const [i, id] of refs.entries()) {
        const expected = destinations.get(id) ?? paragraphPage.get(id);
        if (expected === undefined) continue;
        expect(printed[i], `reference ${i + 1} to #${id}`).toBe(expected);
        checked++;
      }
      expect(checked).toBeGreaterThan(refs.length * 0.9);
    });

    it('prints every article verbatim, every paragraph with its ¶ number', () => {
      const articlePages = flat.join(' ');
      for (const article of dossier.articles) {
        for (const p of article.paragraphs) {
          const text = words(p.text);
          const start = `¶${p.n} ${text.slice(0, 5).join(' ')}`;
          expect(articlePages.includes(start), `${article.id}: "${start}"`).toBe(true);
          const end = text.slice(-4).join(' ');
          expect(articlePages.includes(end), `${article.id} ¶${p.n} ends "${end}"`).toBe(true);
        }
      }
    });

    it('has bookmarks: the chapters, with the profiles by kind and the articles under them, at their pages', () => {
      expect(bookmarks.map((b) => b.title)).toEqual([
        'Contents',
        'Briefing',
        'Timeline',
        'People',
        'Organisations',
        'Places',
        'Events',
        'Topics',
        'Source articles',
        'Quotes',
        'Claims',
      ]);
      const people = bookmarks.find((b) => b.title === 'People')!;
      expect(people.children.map((b) => b.title)).toContain('Gustavo Petro');
      const petro = people.children.find((b) => b.title === 'Gustavo Petro')!;
      expect(petro.page).toBe(pageOfId('profile--gustavo-petro--title'));
      expect(flat[petro.page - 1]).toMatch(/^Gustavo Petro PERSON/);
      const articles = bookmarks.find((b) => b.title === 'Source articles')!;
      expect(articles.children).toHaveLength(dossier.articles.length);
      for (const chapter of bookmarks) {
        expect(chapter.page, chapter.title).toBeGreaterThan(1);
        for (const child of chapter.children) expect(child.page).toBeGreaterThanOrEqual(chapter.page);
      }
    });
  });
});
