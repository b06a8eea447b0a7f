/** The part of pagedjs-cli's printer (0.4.3, untyped) that src/tools/book-pdf.ts uses. */
declare module 'pagedjs-cli' {
  interface PrinterOptions {
    /** Extra Chromium flags. */
    browserArgs?: string[];
    /** Scripts (paths or URLs) added to the page after Paged.js, before it paginates. */
    additionalScripts?: string[];
    /** Milliseconds the page may take to load and paginate (0: no limit). */
    timeout?: number;
  }
  /** Puppeteer's browser, as far as the printer's caller touches it. */
  interface PrinterBrowser {
    newPage(): Promise<{ setBypassCSP(enabled: boolean): Promise<void> }>;
  }
  export default class Printer {
    constructor(options?: PrinterOptions);
    /** Launches Chromium through Puppeteer. */
    setup(): Promise<PrinterBrowser>;
    /** Loads `input` (a URL), paginates it with Paged.js and returns the PDF, with bookmarks from `outlineTags`. */
    pdf(input: string, options?: { outlineTags?: string[] }): Promise<Uint8Array>;
    close(): Promise<void>;
  }
}
