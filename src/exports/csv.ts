import { stringify } from 'csv-stringify/sync';
import type { CitationJson } from './common';
import type { DossierContentJson } from './dossier-json';

/** The tables of /data/, one row per item of the same list in dossier.json. */
export const CSV_TABLES = ['entities', 'relations', 'mentions', 'events', 'quotes', 'claims'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** A cell's value before it is written: lists are joined with "; ", nothing is an empty cell. */
type Cell = string | number | boolean | undefined | readonly string[];

/**
 * A spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` (or a tab or
 * carriage return before one) as a formula: such a cell gets a leading `'`,
 * which spreadsheets show as text and do not display (OWASP "CSV injection").
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(value: Cell): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return neutralise(value.join('; '));
  return neutralise(String(value));
}

const citations = (list: readonly CitationJson[]) => list.map((c) => `${c.article}#${c.anchor}`);
const citationUrls = (list: readonly CitationJson[]) => list.map((c) => c.url);

/** The rows of one table, header first. */
function rows(data: DossierContentJson, table: CsvTable): Cell[][] {
  const name = new Map(data.entities.map((e) => [e.id, e.name]));
  const named = (ids: readonly string[]) => ids.map((id) => name.get(id) ?? id);
  switch (table) {
    case 'entities':
      return [
        ['id', 'kind', 'name', 'aliases', 'roles', 'lede', 'url', 'citations', 'citation_urls'],
        ...data.entities.map((e) => [
          e.id,
          e.kind,
          e.name,
          e.aliases,
          (e.roles ?? []).map((r) => (r.of ? `${r.title} (${name.get(r.of) ?? r.of})` : r.title)),
          e.lede,
          e.url,
          citations(e.summaryCitations),
          citationUrls(e.summaryCitations),
        ]),
      ];
    case 'relations':
      return [
        ['from', 'from_name', 'type', 'label', 'to', 'to_name', 'derived', 'inferred', 'citations', 'citation_urls'],
        ...data.relations.map((r) => [
          r.from,
          name.get(r.from),
          r.type,
          r.label,
          r.to,
          name.get(r.to),
          r.derived,
          r.inferred,
          citations(r.citations),
          citationUrls(r.citations),
        ]),
      ];
    case 'mentions':
      return [
        ['entity', 'entity_name', 'names_used', 'article', 'paragraph', 'sentence', 'citation_url'],
        ...data.mentions.map((m) => [
          m.entity,
          name.get(m.entity),
          m.names,
          m.citation.article,
          m.citation.paragraph,
          m.sentence,
          m.citation.url,
        ]),
      ];
    case 'events':
      return [
        ['id', 'name', 'date', 'date_text', 'location', 'participants', 'url', 'citations', 'citation_urls'],
        ...data.events.map((e) => {
          const cited = [...(e.date?.citations ?? []), ...(e.location?.citations ?? [])];
          return [
            e.id,
            e.name,
            e.date?.date.edtf,
            e.date?.date.text,
            e.location && name.get(e.location.entity),
            named(e.participants.map((p) => p.entity)),
            e.url,
            citations(cited),
            citationUrls(cited),
          ];
        }),
      ];
    case 'quotes':
      return [
        [
          'id',
          'speaker',
          'speaker_name',
          'text',
          'language',
          'translation',
          'about',
          'url',
          'citation',
          'citation_url',
        ],
        ...data.quotes.map((q) => [
          q.id,
          q.speaker,
          name.get(q.speaker),
          q.text,
          q.language,
          q.translation,
          named(q.about),
          q.url,
          citations([q.citation]),
          q.citation.url,
        ]),
      ];
    case 'claims':
      return [
        [
          'id',
          'statement',
          'claimant',
          'claimant_name',
          'about',
          'status',
          'note',
          'supports',
          'contradicts',
          'url',
          'citations',
          'citation_urls',
        ],
        ...data.claims.map((c) => [
          c.id,
          c.statement,
          c.claimant,
          c.claimant ? name.get(c.claimant) : c.claimantNote,
          named(c.about),
          c.status,
          c.note,
          c.supports,
          c.contradicts,
          c.url,
          citations(c.citations),
          citationUrls(c.citations),
        ]),
      ];
    default:
      return table satisfies never;
  }
}

/**
 * One table of the dossier as CSV (RFC 4180: comma-separated, fields with
 * commas, quotes or line breaks quoted, CRLF line ends), starting with a UTF-8
 * byte-order mark so Excel opens accents intact (LibreOffice ignores it).
 */
export function dossierCsv(data: DossierContentJson, table: CsvTable): string {
  return `\uFEFF${stringify(
    rows(data, table).map((row) => row.map(cell)),
    { record_delimiter: '\r\n', quoted_match: /^\s|\s$/ },
  )}`;
}
