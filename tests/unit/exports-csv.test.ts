import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_TABLES, dossierCsv, neutralise } from '../../src/exports/csv';
import { buildDossierJson, serializeDossierJson, type DossierJson } from '../../src/exports/dossier-json';
import { createUrls } from '../../src/identity/urls';
import { exportFixture } from '../support/exports';

const { input, graph } = exportFixture();
const urls = createUrls('/');
const json = JSON.parse(
  serializeDossierJson(
    buildDossierJson(input, graph, {
      urls,
      site: new URL('https://dossier.example.org'),
      quoteUrl: (id) => `${urls.quotes()}#quote-${id}`,
      claimUrl: (id) => `${urls.claims()}#claim-${id}`,
    }),
  ),
) as DossierJson;

/** A table as a spreadsheet reads it: rows of cells, header first. */
const read = (text: string) => parse(text, { bom: true, relax_column_count: false }) as string[][];

describe('CSV tables', () => {
  it.each(CSV_TABLES)('%s: one row per item of dossier.json, every row as wide as the header', (table) => {
    const text = dossierCsv(json, table);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toMatch(/\r\n$/);
    expect(text.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
    const [header, ...rows] = read(text);
    expect(rows).toHaveLength(json[table].length);
    for (const row of rows) expect(row).toHaveLength(header!.length);
  });

  it('keeps accents, quotes, commas and line breaks of the content intact', () => {
    const entities = read(dossierCsv(json, 'entities'));
    const names = entities.slice(1).map((row) => row[2]);
    expect(names).toEqual(json.entities.map((e) => e.name));
    expect(names.some((n) => /[áéíóúñ]/.test(n!))).toBe(true);
    const articles = read(dossierCsv(json, 'mentions'))
      .slice(1)
      .map((row) => row[5]);
    expect(articles).toEqual(json.mentions.map((m) => m.sentence));
  });

  it('writes citations as article#p-N with their links, in the same order as dossier.json', () => {
    const [header, ...rows] = read(dossierCsv(json, 'relations'));
    const at = (name: string) => header!.indexOf(name);
    json.relations.forEach((relation, i) => {
      expect(rows[i]![at('citations')]).toBe(relation.citations.map((c) => `${c.article}#p-${c.paragraph}`).join('; '));
      expect(rows[i]![at('citation_urls')]).toBe(relation.citations.map((c) => c.url).join('; '));
    });
  });

  it('never lets a spreadsheet run a cell as a formula', () => {
    const hostile = structuredClone(json);
    hostile.quotes[0]!.text = '=HYPERLINK("http://evil.example","click")';
    hostile.claims[0]!.statement = '+1 gets the reader’s cookies';
    hostile.entities[0]!.name = '@SUM(A1:A9)';
    hostile.entities[1]!.aliases = ['-2+3', 'plain'];
    const cells = CSV_TABLES.flatMap((table) => read(dossierCsv(hostile, table)).flat());
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain('\'=HYPERLINK("http://evil.example","click")');
    expect(cells).toContain("'@SUM(A1:A9)");
    expect(cells).toContain("'-2+3; plain");
  });

  it('neutralises only what a spreadsheet would run', () => {
    expect(neutralise('Petro')).toBe('Petro');
    expect(neutralise('2026-01-07')).toBe('2026-01-07');
    expect(neutralise('\t=1')).toBe("'\t=1");
    expect(neutralise('-')).toBe("'-");
  });
});
