import { stringify } from 'csv-stringify/sync';
import type { CitationJson } from './common';
import type { DossierContentJson } from './dossier-json';

/** The tables of /data/, one row per item of the same list in dossier.json. */
export const CSV_TABLES = [
  'articles',
  'entities',
  'relations',
  'mentions',
  'events',
  'quotes',
  'claims',
  'judgments',
  'indicators',
  'unknowns',
] as const;
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
    case 'articles':
      return [
        [
          'id',
          'title',
          'label',
          'outlet',
          'published',
          'kind',
          'access',
          'independence_group',
          'reliability',
          'retrieved',
          'sha256',
          'received_text_url',
          'url',
          'citations',
          'citation_urls',
        ],
        ...data.articles.map((a) => {
          const cited = [...a.outlet.citations, ...a.published.citations];
          return [
            a.id,
            a.title,
            a.label,
            a.outlet.value,
            a.published.value,
            a.source.kind,
            a.source.access,
            a.source.independenceGroup,
            a.source.reliability.grade,
            a.received?.retrieved.edtf,
            a.received?.sha256,
            a.received?.url,
            a.url,
            citations(cited),
            citationUrls(cited),
          ];
        }),
      ];
    case 'entities':
      return [
        ['id', 'kind', 'name', 'aliases', 'roles', 'lede', 'url', 'citations', 'citation_urls'],
        ...data.entities.map((e) => [
          e.id,
          e.kind,
          e.name,
          e.aliases,
          (e.roles ?? []).map((r) => `${r.of ? `${r.title} (${name.get(r.of) ?? r.of})` : r.title} [${r.status}]`),
          e.lede,
          e.url,
          citations(e.summaryCitations),
          citationUrls(e.summaryCitations),
        ]),
      ];
    case 'relations':
      return [
        [
          'from',
          'from_name',
          'type',
          'label',
          'to',
          'to_name',
          'derived',
          'inferred',
          'status',
          'valid',
          'last_supported',
          'superseded',
          'citations',
          'citation_urls',
        ],
        ...data.relations.map((r) => [
          r.from,
          name.get(r.from),
          r.type,
          r.label,
          r.to,
          name.get(r.to),
          r.derived,
          r.inferred,
          r.status,
          r.valid?.edtf,
          r.lastSupported && `${r.lastSupported.citation.article}#${r.lastSupported.citation.anchor}`,
          r.superseded?.reason,
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
          'grade',
          'credibility',
          'credibility_basis',
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
          c.grade,
          c.credibility?.grade,
          c.credibility?.basis,
          c.url,
          citations(c.citations),
          citationUrls(c.citations),
        ]),
      ];
    case 'judgments':
      return [
        [
          'id',
          'text',
          'likelihood',
          'term',
          'range_percent',
          'confidence',
          'confidence_basis',
          'basis_claims',
          'lines_of_reporting',
          'about',
          'url',
          'citations',
          'citation_urls',
        ],
        ...data.judgments.map((j) => {
          const cited = j.basis.flatMap((b) => b.citations);
          return [
            j.id,
            j.text,
            j.likelihood,
            j.term,
            `${j.range[0]}–${j.range[1]}`,
            j.confidence,
            j.confidenceBasis,
            j.basis.flatMap((b) => (b.claim ? [b.claim] : [])),
            j.support.lines,
            named(j.about),
            j.url,
            citations(cited),
            citationUrls(cited),
          ];
        }),
      ];
    case 'indicators':
      return [
        ['id', 'observable', 'check_by', 'status', 'moves', 'url', 'citations', 'citation_urls'],
        ...data.indicators.map((i) => [
          i.id,
          i.observable,
          i.checkBy.edtf,
          i.status,
          i.moves.map((m) => `${m.judgment} ${m.direction}`),
          i.url,
          citations(i.citations),
          citationUrls(i.citations),
        ]),
      ];
    case 'unknowns':
      return [
        ['id', 'question', 'why_it_matters', 'judgments', 'would_close', 'url', 'citation_urls'],
        ...data.unknowns.map((u) => [u.id, u.question, u.whyItMatters, u.judgments, u.wouldClose, u.url, []]),
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
