import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { launchChromium } from './chromium';
import { nestOutline, readOutlineHeadings, writeOutline } from './pdf-outline';
import { serveSite } from './static-server';

/** The elements whose text and place make the PDF's bookmarks: chapters, then their profiles, articles and parts. */
export const OUTLINE_TAGS = ['h2', 'h3'];

/** How long the printer may take: Paged.js lays out about 5 pages a second here. */
const TIMEOUT = 60 * 60_000;

/** Paged.js 0.4.3 as a script for the page: its polyfill paginates the document it is added to. */
const PAGED_JS = join(dirname(dirname(createRequire(import.meta.url).resolve('pagedjs'))), 'dist/paged.polyfill.js');

/** Paged.js's reference resolver made linear (see the script's header). */
const TARGET_COUNTERS = fileURLToPath(new URL('./paged-target-counters.js', import.meta.url));

/**
 * Prints the built book page (`path`, /book/ by default) of the site in `distDir` to PDF with Paged.js in the
 * system's Chromium, driven by Playwright: paged media as CSS describes it, with `target-counter()`, margin boxes
 * and named pages, which Chromium's own printing lacks, and PDF bookmarks from the headings. This is what
 * pagedjs-cli 0.4.3's printer does, without the Puppeteer it needs.
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
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const response = await page.goto(site.url(path), { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}: is the site built?`);
    // Paginate when told to, after the reference resolver has replaced Paged.js's own.
    await page.evaluate(() => {
      (window as unknown as { PagedConfig: object }).PagedConfig = { auto: false };
    });
    await page.addScriptTag({ path: PAGED_JS });
    await page.addScriptTag({ path: TARGET_COUNTERS });
    await page.evaluate(async () => {
      await (window as unknown as { PagedPolyfill: { preview(): Promise<unknown> } }).PagedPolyfill.preview();
    });
    await page.waitForSelector('.pagedjs_pages', { state: 'attached' });
    const title = await page.title();
    const headings = await readOutlineHeadings(page, OUTLINE_TAGS);
    const printed = await page.pdf({
      printBackground: true,
      displayHeaderFooter: false,
      preferCSSPageSize: true,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
      tagged: true,
    });
    const pdf = await PDFDocument.load(printed);
    pdf.setTitle(title);
    writeOutline(pdf, nestOutline(headings));
    return await pdf.save();
  } finally {
    await site.close();
    await browser.close();
  }
}
