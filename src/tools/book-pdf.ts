import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFArray, PDFDocument, PDFName, type PDFObject, type PDFRef } from 'pdf-lib';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import {
  namedDestinations,
  nestOutline,
  readOutlineHeadings,
  writeOutline,
  type OutlineHeading,
  type OutlineItem,
} from './pdf-outline';
import { serveSite } from './static-server';

/** The elements whose text and place make the PDF's bookmarks: chapters, then their profiles, articles and parts. */
export const OUTLINE_TAGS = ['h2', 'h3'];

/** How long the printer may take: Paged.js lays out about 5 pages a second here. */
const TIMEOUT = 60 * 60_000;

/** Paged.js 0.4.3 as a script for the page: its polyfill paginates the document it is added to. */
const PAGED_JS = join(dirname(dirname(createRequire(import.meta.url).resolve('pagedjs'))), 'dist/paged.polyfill.js');

/** Paged.js's reference resolver made linear (see the script's header). */
const TARGET_COUNTERS = fileURLToPath(new URL('./paged-target-counters.js', import.meta.url));

/** The links of a book's front page to its parts and to the chapters in them (src/site/components/BookParts.astro). */
const PART_LINKS = 'a.book-toc-part';

/**
 * Prints the built book (`path`, /book/ by default) of the site in `distDir` to PDF with Paged.js in the system's
 * Chromium, driven by Playwright: paged media as CSS describes it, with `target-counter()`, margin boxes and named
 * pages, which Chromium's own printing lacks, and PDF bookmarks from the headings. This is what pagedjs-cli 0.4.3's
 * printer does, without the Puppeteer it needs.
 *
 * A book in one page is printed as it is. A book in parts (its page is a front page that links to them) is printed
 * part by part, each with its page numbers running on from the part before, then the front page with the page each
 * part and chapter starts on, all in one PDF with one outline: a part is a document of bounded size, which Paged.js
 * lays out at its full speed, where one long document slows it down page after page.
 */
export async function printBook(distDir: string, path = 'book/'): Promise<Uint8Array> {
  // A long book outgrows a container's small /dev/shm; Chromium then writes its shared memory to /tmp.
  const browser = await launchChromium(['--disable-dev-shm-usage']);
  const site = await serveSite(distDir);
  try {
    // The site's pages carry a Content Security Policy that allows only their own scripts and styles; Paged.js adds
    // itself and the styles it generates, so the printing tab runs without the policy (a reader's browser keeps it).
    const context = await browser.newContext({ bypassCSP: true });
    context.setDefaultTimeout(TIMEOUT);
    const front = await open(context, site.url(path));
    const parts = await front.$$eval(PART_LINKS, (links) => [
      ...new Set(links.map((link) => (link as HTMLAnchorElement).href.replace(/#.*$/, ''))),
    ]);
    if (parts.length === 0) {
      await paginate(front, 0);
      const printed = await print(front, OUTLINE_TAGS);
      return await assemble(printed.title, [printed], (printed) => nestOutline(printed.headings));
    }

    // Each part, its pages numbered on from the last; what the front page's contents link to, with its page.
    const pageOf = new Map<string, number>();
    const wanted = await front.$$eval(PART_LINKS, (links) => links.map((link) => (link as HTMLAnchorElement).href));
    const printedParts: Printed[] = [];
    let offset = 0;
    for (const part of parts) {
      const page = await open(context, part);
      const pages = await paginate(page, offset, 'running');
      const targets = wanted.filter((href) => href.replace(/#.*$/, '') === part);
      const found = await page.evaluate((targets) => {
        const all = [...document.querySelectorAll('.pagedjs_page')];
        return targets.map((href) => {
          const id = decodeURIComponent(new URL(href).hash.slice(1));
          const element = id ? document.getElementById(id) : all[0];
          return element ? all.indexOf(element.closest('.pagedjs_page')!) : 0;
        });
      }, targets);
      targets.forEach((href, i) => pageOf.set(href, offset + Math.max(0, found[i]!) + 1));
      printedParts.push(await print(page, ['h1', ...OUTLINE_TAGS]));
      await page.close();
      offset += pages;
    }
    await front.evaluate(
      ([selector, numbers]) => {
        for (const link of document.querySelectorAll<HTMLAnchorElement>(selector)) {
          const number = numbers[link.href];
          if (number !== undefined) link.dataset.page = String(number);
        }
      },
      [PART_LINKS, Object.fromEntries(pageOf)] as const,
    );
    await paginate(front, 0, 'roman');
    const printedFront = await print(front, OUTLINE_TAGS);
    // The outline: the front page's contents, then each part with its chapters, profiles and articles under it.
    return await assemble(printedFront.title, [printedFront, ...printedParts], (printed, i) =>
      i === 0 ? nestOutline(printed.headings) : nestOutline(printed.headings.filter((h) => !/-contents$/.test(h.id))),
    );
  } finally {
    await site.close();
    await browser.close();
  }
}

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}: is the site built?`);
  return page;
}

/**
 * How the pages of a document say their number: as the stylesheets say ("Page 3 of 120"), or, in a book in parts,
 * running on from the part before without the total, which is not known yet ("Page 245"), or in roman numerals on
 * the front page, numbered apart from the parts. A document's first page (a cover, a part's title) carries none.
 */
type Numbering = 'as-styled' | 'running' | 'roman';

const NUMBERING_STYLE: Record<Exclude<Numbering, 'as-styled'>, string> = {
  running: `'Page ' counter(page)`,
  roman: `counter(page, lower-roman)`,
};

/**
 * Lays the page out with Paged.js, its pages numbered from `offset` + 1, and says how many pages it has. The
 * number the first page would carry is the reference resolver's starting point, and the margins' `counter(page)`
 * starts there too.
 */
async function paginate(page: Page, offset: number, numbering: Numbering = 'as-styled'): Promise<number> {
  // Paginate when told to, after the reference resolver has replaced Paged.js's own.
  await page.evaluate((offset) => {
    const global = window as unknown as { PagedConfig: object; bookPageOffset: number };
    global.PagedConfig = { auto: false };
    global.bookPageOffset = offset;
  }, offset);
  await page.addScriptTag({ path: PAGED_JS });
  await page.addScriptTag({ path: TARGET_COUNTERS });
  await page.evaluate(async () => {
    await (window as unknown as { PagedPolyfill: { preview(): Promise<unknown> } }).PagedPolyfill.preview();
  });
  await page.waitForSelector('.pagedjs_pages', { state: 'attached' });
  // Paged.js's own rule for the pages' container, with the page counter starting at the offset; and the page
  // number in the bottom right margin box, as the numbering says, on every page but the first.
  const styles = [
    offset > 0 &&
      `.pagedjs_pages { counter-reset: pages var(--pagedjs-page-count) footnote var(--pagedjs-footnotes-count) footnote-marker var(--pagedjs-footnotes-count) page ${offset}; }`,
    numbering !== 'as-styled' &&
      `.pagedjs_page:not(.pagedjs_first_page) .pagedjs_margin-bottom-right > .pagedjs_margin-content::after { content: ${NUMBERING_STYLE[numbering]}; }`,
  ].filter(Boolean);
  if (styles.length > 0) await page.addStyleTag({ content: styles.join('\n') });
  return page.evaluate(() => document.querySelectorAll('.pagedjs_page').length);
}

/** A printed document: its PDF, its title and the headings its bookmarks are made of. */
interface Printed {
  pdf: Uint8Array;
  title: string;
  headings: Array<OutlineHeading & { id: string }>;
}

async function print(page: Page, tags: readonly string[]): Promise<Printed> {
  const title = await page.title();
  const headings = (await readOutlineHeadings(page, tags)).map((heading) => ({
    ...heading,
    id: decodeURIComponent(heading.destination.replace(/#25/g, '%')),
  }));
  const pdf = await page.pdf({
    printBackground: true,
    displayHeaderFooter: false,
    preferCSSPageSize: true,
    margin: { top: '0', right: '0', bottom: '0', left: '0' },
    tagged: true,
  });
  return { pdf, title, headings };
}

/**
 * One PDF of the printed documents, in order, with their named destinations (the targets of their links and
 * bookmarks; where two documents name the same one, the first keeps it) and the outline `outline` gives each.
 */
async function assemble(
  title: string,
  printed: readonly Printed[],
  outline: (printed: Printed, index: number) => OutlineItem[],
): Promise<Uint8Array> {
  if (printed.length === 1) {
    const pdf = await PDFDocument.load(printed[0]!.pdf);
    pdf.setTitle(title);
    writeOutline(pdf, outline(printed[0]!, 0));
    return pdf.save();
  }
  const merged = await PDFDocument.create();
  const destinations = new Map<string, PDFObject>();
  const items: OutlineItem[] = [];
  for (const [i, document] of printed.entries()) {
    const source = await PDFDocument.load(document.pdf);
    const sourcePages = source.getPages().map((page) => page.ref);
    const copied = await merged.copyPages(source, source.getPageIndices());
    for (const page of copied) merged.addPage(page);
    const pageRef = new Map<PDFRef, PDFRef>(sourcePages.map((ref, n) => [ref, copied[n]!.ref]));
    for (const [name, dest] of namedDestinations(source)) {
      if (destinations.has(name) || !(dest instanceof PDFArray)) continue;
      const target = pageRef.get(dest.get(0) as PDFRef);
      if (!target) continue;
      const copy = PDFArray.withContext(merged.context);
      copy.push(target);
      for (let n = 1; n < dest.size(); n++) copy.push(dest.get(n));
      destinations.set(name, copy);
    }
    items.push(...outline(document, i));
  }
  // Every link and bookmark names its destination, as Chromium wrote them: one /Dests dictionary for them all.
  const dests = merged.context.obj({});
  for (const [name, dest] of destinations) dests.set(PDFName.of(name), dest);
  merged.catalog.set(PDFName.of('Dests'), merged.context.register(dests));
  merged.setTitle(title);
  writeOutline(merged, items);
  return merged.save();
}
