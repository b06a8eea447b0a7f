/**
 * Puppeteer's settings (read by pagedjs-cli's puppeteer, also during `npm ci`): never download a browser. Its
 * install script would fetch Chrome from Google at install time, which fails on machines without that network
 * and would fail `npm ci`; the book PDF is printed with the system's Chromium (src/tools/book-pdf.ts).
 */
module.exports = { skipDownload: true };
