/** The part of pagedjs-cli's printer (0.4.3, untyped) that src/tools/book-pdf.ts uses. */
declare module 'pagedjs-cli' {
  interface PrinterOptions {
    /** Scripts (paths or URLs) added to the page after Paged.js, before it paginates. */
    additionalScripts?: string[];
    /** Milliseconds the page may take to load and paginate (0: no limit). */
    timeout?: number;
  }
  export default class Printer {
    constructor(options?: PrinterOptions);
    /** The browser it prints in: launched by the printer unless set before printing. */
    browser: import('puppeteer').Browser | undefined;
    /** Loads `input` (a URL), paginates it with Paged.js and returns the PDF, with bookmarks from `outlineTags`. */
    pdf(input: string, options?: { outlineTags?: string[] }): Promise<Uint8Array>;
    close(): Promise<void>;
  }
}
