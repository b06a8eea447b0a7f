import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { nestOutline, writeOutline, type OutlineHeading } from '../../src/tools/pdf-outline';
import { readBookmarks } from '../support/pdf';

const heading = (title: string, depth: number): OutlineHeading => ({ title, destination: title.toLowerCase(), depth });

describe('nestOutline', () => {
  /** A bookmark tree as titles: a title alone, or a title with the titles under it. */
  const shape = (items: ReturnType<typeof nestOutline>): unknown[] =>
    items.map((item) => (item.children.length ? { [item.title]: shape(item.children) } : item.title));

  it.each([
    [
      'chapters with parts under them',
      [heading('A', 0), heading('a1', 1), heading('a2', 1), heading('B', 0), heading('b1', 1)],
      [{ A: ['a1', 'a2'] }, { B: ['b1'] }],
    ],
    [
      'a part before any chapter, on its own',
      [heading('x', 1), heading('A', 0), heading('a1', 1)],
      ['x', { A: ['a1'] }],
    ],
    [
      'a deeper level, then back up',
      [heading('A', 0), heading('a1', 1), heading('a1i', 2), heading('a2', 1), heading('B', 0)],
      [{ A: [{ a1: ['a1i'] }, 'a2'] }, 'B'],
    ],
  ])('nests %s', (_name, headings, expected) => {
    expect(shape(nestOutline(headings))).toEqual(expected);
  });

  it('keeps each heading’s destination', () => {
    expect(nestOutline([heading('A', 0)])).toEqual([{ title: 'A', destination: 'a', children: [] }]);
  });
});

describe('writeOutline', () => {
  it('writes bookmarks a PDF reader finds, nested, with their titles (accents kept) and pages', async () => {
    const pdf = await PDFDocument.create();
    const pages = [pdf.addPage(), pdf.addPage(), pdf.addPage()];
    // Named destinations, as Chromium writes them for the ids that links point at.
    const dests = pdf.context.obj({});
    for (const [name, page] of [
      ['people', 0],
      ['nicolas-maduro', 1],
      ['sources', 2],
    ] as const)
      dests.set(PDFName.of(name), pdf.context.obj([pages[page]!.ref, PDFName.of('XYZ'), null, null, null]));
    pdf.catalog.set(PDFName.of('Dests'), pdf.context.register(dests));
    writeOutline(
      pdf,
      nestOutline([
        { title: 'People', destination: 'people', depth: 0 },
        { title: 'Nicolás Maduro', destination: 'nicolas-maduro', depth: 1 },
        { title: 'Source articles', destination: 'sources', depth: 0 },
      ]),
    );
    expect(await readBookmarks(await pdf.save())).toEqual([
      { title: 'People', page: 1, children: [{ title: 'Nicolás Maduro', page: 2, children: [] }] },
      { title: 'Source articles', page: 3, children: [] },
    ]);
  });

  it('writes no outline when there are no headings', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    writeOutline(pdf, []);
    expect(await readBookmarks(await pdf.save())).toEqual([]);
  });
});
