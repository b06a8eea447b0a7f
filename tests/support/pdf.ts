import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from 'pdf-lib';
import { printBook } from '../../src/tools/book-pdf';
import { lookupDict, namedDestinations } from '../../src/tools/pdf-outline';

/** Whether poppler's pdfinfo and pdftotext are installed (.ci/run installs them). */
export const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;

/** Fails the suite under CI=true when poppler is missing, instead of skipping the PDF checks. */
export function requirePopplerUnderCi(): void {
  if (!hasPoppler && process.env.CI)
    throw new Error('CI=true but pdfinfo/pdftotext are missing: .ci/run installs poppler-utils.');
}

/** A printed page as a reader gets it: pdfinfo's page count and size, pdftotext's text (layout kept). */
export function inspectPdf(pdf: Uint8Array) {
  const file = join(mkdtempSync(join(tmpdir(), 'dossier-pdf-')), 'page.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  };
}

/** One bookmark of a PDF's outline: its title, the 1-based page it opens, and its children. */
export interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

/**
 * The outline (bookmarks) of a PDF, read from the file's own objects with pdf-lib: each entry's title and the page
 * its destination names. Destinations are named (as Chromium writes them), looked up in the catalog's /Dests
 * dictionary or its /Names tree.
 */
export async function readBookmarks(pdf: Uint8Array): Promise<Bookmark[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = doc.getPages().map((page) => page.ref);
  const destinations = namedDestinations(doc);
  const pageOf = (dest: PDFObject | undefined): number => {
    const resolved = dest instanceof PDFName ? destinations.get(dest.decodeText()) : dest;
    const target = resolved instanceof PDFArray ? resolved.get(0) : undefined;
    return pages.findIndex((ref) => ref === target) + 1;
  };
  const read = (first: PDFObject | undefined): Bookmark[] => {
    const items: Bookmark[] = [];
    for (let item = lookupDict(doc, first); item; item = lookupDict(doc, item.get(PDFName.of('Next')))) {
      const title = item.lookup(PDFName.of('Title'));
      items.push({
        title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
        page: pageOf(doc.context.lookup(item.get(PDFName.of('Dest')))),
        children: read(item.get(PDFName.of('First'))),
      });
    }
    return items;
  };
  const outlines = lookupDict(doc, doc.catalog.get(PDFName.of('Outlines')));
  return outlines ? read(outlines.get(PDFName.of('First'))) : [];
}

/**
 * Text with its whitespace collapsed and without pictographs: the machine's fonts draw some (🖋️) and not others
 * (🔴), which pdftotext then leaves out.
 */
export const collapse = (text: string) =>
  text
    .replace(/[\p{Extended_Pictographic}\uFE0F]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
/** The words of a text, as {@link collapse} leaves them. */
export const words = (text: string) => collapse(text).split(' ');

/** The text of each page of a PDF (pdftotext, layout kept), page 1 first. */
export function pageTexts(pdf: Uint8Array): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'dossier-pdf-')), 'book.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

/** The page (1-based) of every named destination of a PDF: the ids its links and bookmarks point at. */
export async function destinationPages(pdf: Uint8Array): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = doc.getPages().map((page) => page.ref);
  const found = new Map<string, number>();
  for (const [name, dest] of namedDestinations(doc)) {
    if (dest instanceof PDFArray) found.set(name, pages.findIndex((ref) => ref === dest.get(0)) + 1);
  }
  return found;
}

/** A book printed as `npm run pdf` prints dossier.pdf, read the ways the book tests read it. */
export interface PrintedBook {
  /** Each page's text (pdftotext, layout kept), and the same with its whitespace collapsed. */
  pages: string[];
  flat: string[];
  bookmarks: Bookmark[];
  /** The page (1-based) of each named destination: the ids links and bookmarks point at. */
  destinations: Map<string, number>;
}

/** Prints the book of the site built in `dist` and reads it. */
export async function printedBook(dist: string): Promise<PrintedBook> {
  const pdf = await printBook(dist);
  const pages = pageTexts(pdf);
  return {
    pages,
    flat: pages.map(collapse),
    bookmarks: await readBookmarks(pdf),
    destinations: await destinationPages(pdf),
  };
}
