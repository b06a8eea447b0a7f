import type { Browser } from 'playwright-core';
import { serveSite } from './static-server';

/** Paper sizes the briefing is made for. */
export const PAPERS = { a4: 'A4', letter: 'Letter' } as const;
export type Paper = keyof typeof PAPERS;

/**
 * Prints a built page to PDF the way a reader's browser would: print media,
 * backgrounds on, the page's own @page margins and footer, no browser header.
 */
export async function printPage(browser: Browser, distDir: string, path: string, paper: Paper): Promise<Buffer> {
  const site = await serveSite(distDir);
  const page = await browser.newPage();
  try {
    const response = await page.goto(site.url(path), { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}: is the site built?`);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    return await page.pdf({
      format: PAPERS[paper],
      printBackground: true,
      displayHeaderFooter: false,
      preferCSSPageSize: false,
    });
  } finally {
    await page.close();
    await site.close();
  }
}
