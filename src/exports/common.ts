import { parseCitation } from '../schemas/citation';
import type { DossierInput, DossierRecord } from '../dossier/records';
import type { SiteUrls } from '../identity/urls';
import type { CitationJson, DateJson } from './dossier-json-schema';
import { byCodePoint } from '../shared/order';
import { dateSortKey, formatDossierDate, parseDossierDate, type DatePoint } from '../shared/dates';

/** A citation and a date as the exports write them: their shape is described in `dossier-json-schema.ts`. */
export type { CitationJson, DateJson };

/** What every export reads: the validated dossier, with its overview record. */
export type ExportInput = DossierInput & { dossier: DossierRecord };

/** Where the exports link to. */
export interface ExportSite {
  /** The site's internal URLs (they honour Astro's `base`). */
  urls: SiteUrls;
  /**
   * Astro's `site` (DOSSIER_SITE): the origin absolute URLs are built on.
   * Undefined when the deployer did not set it.
   */
  site?: URL | undefined;
}

/** Where feeds link to when no `site` is configured (the preview server); see docs/data-exports.md. */
export const FALLBACK_ORIGIN = 'http://127.0.0.1:4321';

/** `path` made absolute on `site`, or left a path when there is no site. */
export function absolute(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** Compares by several keys in turn: numbers as numbers, strings in code-point order (the same on every machine). */
export function byKeys<T>(...keys: Array<(value: T) => string | number>): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : byCodePoint(String(x), String(y));
      if (order !== 0) return order;
    }
    return 0;
  };
}

/** Resolves a citation string (`<article-id>#p-<n>`) into its parts and address. */
export function citationJson(value: string, { urls, site }: ExportSite): CitationJson {
  const { article, paragraph } = parseCitation(value);
  return {
    article,
    paragraph,
    anchor: urls.paragraphAnchor(paragraph),
    url: absolute(urls.paragraph(article, paragraph), site),
  };
}

/** Citations resolved, without duplicates, in article then paragraph order. */
export function citationsJson(values: readonly string[], site: ExportSite): CitationJson[] {
  return [...new Set(values)]
    .map((value) => citationJson(value, site))
    .sort(
      byKeys(
        (c) => c.article,
        (c) => c.paragraph,
      ),
    );
}

/** Reads an EDTF string into a {@link DateJson}. */
export function dateJson(edtf: string): DateJson {
  const date = parseDossierDate(edtf);
  const points: Array<DatePoint | null> = date.kind === 'date' ? [date.point] : [date.from, date.to];
  const [start, end] = date.kind === 'date' ? [date.point, date.point] : [date.from, date.to];
  return {
    edtf,
    text: formatDossierDate(date),
    precision: date.kind === 'date' ? date.point.precision : 'interval',
    uncertain: points.some((p) => p?.uncertain === true),
    approximate: points.some((p) => p?.approximate === true),
    start: start?.iso ?? null,
    end: end?.iso ?? null,
    sortKey: dateSortKey(date),
  };
}

/** The earliest instant an ISO date prefix (2026, 2026-01, 2026-01-08) can mean, in UTC. */
export function earliestInstant(iso: string): Date {
  const [year, month = 1, day = 1] = iso.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(year, month - 1, day));
}
