import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFString,
  type PDFDocument,
  type PDFObject,
  type PDFRef,
} from 'pdf-lib';
import type { Page } from 'playwright-core';

/** One bookmark of a PDF: its title, the named destination it opens, and the bookmarks under it. */
export interface OutlineItem {
  title: string;
  /** A named destination of the PDF, as Chromium names an element's id (see {@link readOutline}). */
  destination: string;
  children: OutlineItem[];
}

/** A heading as the page holds it: its text, its destination's name and its level (0 for the first tag). */
export interface OutlineHeading {
  title: string;
  destination: string;
  depth: number;
}

/**
 * The headings a printed page's bookmarks are made of: every element matching one of `tags` (e.g. `['h2', 'h3']`),
 * in document order, its level its tag's place in that list. Each element must have an id. So that Chromium writes
 * a named destination for each, the page gets a hidden link to every one of them (Chromium names only the targets of
 * links), as pagedjs-cli 0.4.3's printer did.
 */
export function readOutlineHeadings(page: Page, tags: readonly string[]): Promise<OutlineHeading[]> {
  // No named inner functions: the callback runs in the page as its source text, without the helpers tsx adds.
  return page.evaluate((tags) => {
    const links = document.createElement('div');
    links.style.display = 'none';
    document.body.prepend(links);
    return [...document.querySelectorAll<HTMLElement>(tags.join(','))].map((element) => {
      // Chromium writes a destination's name percent-encoded, with "%" itself written "#25".
      const destination = encodeURIComponent(element.id).replace(/%/g, '#25');
      const link = document.createElement('a');
      link.href = `#${destination}`;
      links.append(link);
      return { title: element.innerText.trim(), destination, depth: tags.indexOf(element.tagName.toLowerCase()) };
    });
  }, tags);
}

/** Headings nested into bookmarks: each under the closest heading before it of a lower level. */
export function nestOutline(headings: readonly OutlineHeading[]): OutlineItem[] {
  const top: OutlineItem[] = [];
  const open: Array<{ depth: number; item: OutlineItem }> = [];
  for (const { title, destination, depth } of headings) {
    while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop();
    const item: OutlineItem = { title, destination, children: [] };
    (open.at(-1)?.item.children ?? top).push(item);
    open.push({ depth, item });
  }
  return top;
}

/** How many bookmarks `items` hold, nested ones included (a PDF outline's /Count). */
const countOf = (items: readonly OutlineItem[]): number =>
  items.reduce((sum, item) => sum + 1 + countOf(item.children), 0);

/** Writes `outline` into `pdf` as its bookmarks (the catalog's /Outlines), each opening its named destination. */
export function writeOutline(pdf: PDFDocument, outline: readonly OutlineItem[]): void {
  if (outline.length === 0) return;
  const { context } = pdf;
  const rootRef = context.nextRef();
  const write = (items: readonly OutlineItem[], parent: PDFRef) => {
    const refs = items.map(() => context.nextRef());
    items.forEach((item, i) => {
      const entries = new Map<PDFName, PDFHexString | PDFName | PDFRef | PDFNumber>([
        [PDFName.of('Title'), PDFHexString.fromText(item.title)],
        [PDFName.of('Dest'), PDFName.of(item.destination)],
        [PDFName.of('Parent'), parent],
      ]);
      if (i > 0) entries.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < items.length - 1) entries.set(PDFName.of('Next'), refs[i + 1]!);
      if (item.children.length > 0) {
        const children = write(item.children, refs[i]!);
        entries.set(PDFName.of('First'), children[0]!);
        entries.set(PDFName.of('Last'), children.at(-1)!);
        entries.set(PDFName.of('Count'), PDFNumber.of(countOf(item.children)));
      }
      context.assign(refs[i]!, PDFDict.fromMapWithContext(entries, context));
    });
    return refs;
  };
  const top = write(outline, rootRef);
  context.assign(
    rootRef,
    PDFDict.fromMapWithContext(
      new Map<PDFName, PDFRef | PDFNumber>([
        [PDFName.of('First'), top[0]!],
        [PDFName.of('Last'), top.at(-1)!],
        [PDFName.of('Count'), PDFNumber.of(countOf(outline))],
      ]),
      context,
    ),
  );
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
}

/** The dictionary `value` is or refers to, if it is one. */
export function lookupDict(doc: PDFDocument, value: PDFObject | undefined): PDFDict | undefined {
  const resolved = value && doc.context.lookup(value);
  return resolved instanceof PDFDict ? resolved : undefined;
}

/** Every named destination of the document: /Dests (PDF 1.1) and the /Names /Dests name tree. */
export function namedDestinations(doc: PDFDocument): Map<string, PDFObject> {
  const found = new Map<string, PDFObject>();
  const dests = lookupDict(doc, doc.catalog.get(PDFName.of('Dests')));
  for (const [name, value] of dests?.entries() ?? []) found.set(name.decodeText(), doc.context.lookup(value)!);
  const walk = (node: PDFDict | undefined) => {
    if (!node) return;
    const names = doc.context.lookup(node.get(PDFName.of('Names')));
    if (names instanceof PDFArray) {
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const key = names.lookup(i);
        const value = doc.context.lookup(names.get(i + 1));
        const dest = value instanceof PDFDict ? doc.context.lookup(value.get(PDFName.of('D'))) : value;
        if ((key instanceof PDFString || key instanceof PDFHexString) && dest) found.set(key.decodeText(), dest);
      }
    }
    const kids = doc.context.lookup(node.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(lookupDict(doc, kids.get(i)));
  };
  walk(lookupDict(doc, lookupDict(doc, doc.catalog.get(PDFName.of('Names')))?.get(PDFName.of('Dests'))));
  return found;
}
