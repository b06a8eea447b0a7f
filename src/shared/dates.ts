import { parse, type EdtfNode } from 'edtf';
import { processMemo } from './process-memo';

/** How exact a date is, as EDTF encodes it. */
export type DatePrecision = 'day' | 'month' | 'year';

/** One end of a date or interval, normalised for display and sorting. */
export interface DatePoint {
  /** ISO string of the earliest moment the point can mean: 2026-01-07, 2026-01, 2026. */
  iso: string;
  precision: DatePrecision;
  uncertain: boolean;
  approximate: boolean;
}

/** A parsed EDTF value: a single date, or an interval whose ends may be open. */
export type DossierDate =
  | { kind: 'date'; edtf: string; point: DatePoint }
  | { kind: 'interval'; edtf: string; from: DatePoint | null; to: DatePoint | null };

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "January 2026" for an ISO date of at least month precision ("2026-01", "2026-01-07"); undefined for a year. */
export function monthLabel(iso: string): string | undefined {
  const [year, month] = iso.split('-');
  return month ? `${MONTHS[Number(month) - 1]} ${year}` : undefined;
}

/** The accepted forms, for error messages. */
export const EDTF_HINT =
  'Write an EDTF date: 2026-01-07 (day), 2026-01 (month), 2026 (year), an interval 2026-01-07/2026-01-09, an open one ../2026-01-07 or 2026-01-08/.., with ? for uncertain and ~ for approximate.';

function toPoint(node: EdtfNode): DatePoint {
  if (node.type !== 'Date') throw new Error(`unsupported EDTF part: ${node.type}`);
  const [year, month, day] = node.values as number[];
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso =
    precision === 'day'
      ? `${year}-${pad(month! + 1)}-${pad(day!)}`
      : precision === 'month'
        ? `${year}-${pad(month! + 1)}`
        : String(year);
  return { iso, precision, uncertain: Boolean(node.uncertain), approximate: Boolean(node.approximate) };
}

/**
 * Parses an EDTF string (level 0 and 1 dates and intervals). Throws an Error
 * whose message says what is accepted when the value is not one.
 */
export function parseDossierDate(edtf: string): DossierDate {
  // Parsing EDTF is slow (a 10,000-article dossier spent over a second on it) and dates repeat: parse each once.
  let date = parsedDates.get(edtf);
  if (!date) parsedDates.set(edtf, (date = parseDate(edtf)));
  return date;
}

/** Dates already parsed, by their EDTF text; callers treat a parsed date as read-only. */
const parsedDates = processMemo<string, DossierDate>('dates');

function parseDate(edtf: string): DossierDate {
  let node: EdtfNode;
  try {
    node = parse(edtf, { types: ['Date', 'Interval'] });
  } catch {
    throw new Error(`${JSON.stringify(edtf)} is not a valid date. ${EDTF_HINT}`);
  }
  if (node.type === 'Interval') {
    // An open end ("..") parses as ±Infinity, an unknown one as null.
    const [from, to] = node.values.map((end) => (end !== null && typeof end === 'object' ? toPoint(end) : null));
    return { kind: 'interval', edtf, from: from ?? null, to: to ?? null };
  }
  return { kind: 'date', edtf, point: toPoint(node) };
}

/** True when `edtf` parses as a date this project supports. */
export function isDossierDate(edtf: string): boolean {
  try {
    parseDossierDate(edtf);
    return true;
  } catch {
    return false;
  }
}

/** "7 January 2026", "January 2026", "2026", with "(uncertain)"/"about" marks. */
export function formatPoint(point: DatePoint): string {
  const [year, month, day] = point.iso.split('-').map(Number) as [number, number?, number?];
  let text =
    point.precision === 'day'
      ? `${day} ${MONTHS[month! - 1]} ${year}`
      : point.precision === 'month'
        ? `${MONTHS[month! - 1]} ${year}`
        : String(year);
  if (point.approximate) text = `about ${text}`;
  if (point.uncertain) text = `${text} (uncertain)`;
  return text;
}

/** Human wording of a date or interval: "7 January 2026", "on or before 7 January 2026". */
export function formatDossierDate(date: DossierDate): string {
  if (date.kind === 'date') return formatPoint(date.point);
  const { from, to } = date;
  if (from && to) return `between ${formatPoint(from)} and ${formatPoint(to)}`;
  if (to) return `on or before ${formatPoint(to)}`;
  if (from) return `on or after ${formatPoint(from)}`;
  return 'date unknown';
}

/** The precision in words, shown beside the date: "exact day", "month", "range". */
export function describePrecision(date: DossierDate): string {
  if (date.kind === 'interval') return date.from && date.to ? 'range' : 'open range';
  return { day: 'exact day', month: 'month only', year: 'year only' }[date.point.precision];
}

/**
 * A sort key: the earliest moment the date can mean, as an ISO-like string;
 * an interval open at the start sorts by its end.
 */
export function dateSortKey(date: DossierDate): string {
  if (date.kind === 'date') return date.point.iso;
  return (date.from ?? date.to)?.iso ?? '';
}

/** A machine-readable value for `<time datetime>`: the ISO form of the point or the known end. */
export function machineDate(date: DossierDate): string {
  return dateSortKey(date);
}

/** The last day of a month: 31 for 2026-01, 28 for 2026-02. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a point can mean, `YYYY-MM-DD`: 2026-01 → 2026-01-01. */
export function firstDay(point: DatePoint): string {
  const [year, month = '01', day = '01'] = point.iso.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a point can mean, `YYYY-MM-DD`: 2026-01 → 2026-01-31, 2026 → 2026-12-31. */
export function lastDay(point: DatePoint): string {
  const [year, month, day] = point.iso.split('-');
  if (day) return point.iso;
  if (month) return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`;
  return `${year}-12-31`;
}

/**
 * The days a date can mean, as `YYYY-MM-DD` (compared as text): from its first possible day to its last; an open or
 * unknown end is null. 2026-01 is 2026-01-01 to 2026-01-31; 2026-01-08/.. starts on 2026-01-08 and never ends.
 */
export function dayRange(date: DossierDate): { first: string | null; last: string | null } {
  if (date.kind === 'date') return { first: firstDay(date.point), last: lastDay(date.point) };
  return { first: date.from ? firstDay(date.from) : null, last: date.to ? lastDay(date.to) : null };
}

/** Whole days from day `from` to day `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
