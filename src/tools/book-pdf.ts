import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';
import { CHROMIUM_PATH, hasChromium } from './chromium';
import { serveSite } from './static-server';

/** The elements whose text and place make the PDF's bookmarks: chapters, then their profiles, articles and parts. */
export const OUTLINE_TAGS = ['h2', 'h3'];

/** How long the printer may take: Paged.js lays out about 5 pages a second here. */
const TIMEOUT = 60 * 60_000;

/** Paged.js's reference resolver made linear (see the script's header). */
const TARGET_COUNTERS = fileURLToPath(new URL('./paged-target-counters.js', import.meta.url));

/**
 * Prints the built book page (`path`, /book/ by default) of the site in `distDir` to PDF with Paged.js
 * (pagedjs-cli's printer) in the system's Chromium: paged media as CSS describes it, with `target-counter()`,
 * margin boxes and named pages, which Chromium's own printing lacks, and PDF bookmarks from the headings.
 */
export async function printBook(distDir: string, path = 'book/'): Promise<Uint8Array> {
  if (!hasChromium()) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
  }
  const { default: Printer } = await import('pagedjs-cli');
  const site = await serveSite(distDir);
  const printer = new Printer({ additionalScripts: [TARGET_COUNTERS], timeout: TIMEOUT });
  try {
    // The printer's own launch would use Puppeteer's defaults: a downloaded Chrome and three minutes per call into the
    // page, less than Paged.js takes for a long book.
    const browser = await puppeteer.launch({
      headless: 'new',
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--export-tagged-pdf', '--no-first-run'],
      protocolTimeout: TIMEOUT,
    });
    printer.browser = browser;
    // The site's pages carry a Content Security Policy that allows only their own scripts and styles; the printer
    // adds Paged.js and the styles it generates, so its tab runs without the policy (a reader's browser keeps it).
    const newPage = browser.newPage.bind(browser);
    browser.newPage = async () => {
      const page = await newPage();
      await page.setBypassCSP(true);
      return page;
    };
    return await printer.pdf(site.url(path), { outlineTags: OUTLINE_TAGS });
  } finally {
    await printer.close();
    await site.close();
  }
}
