import { articleSortKey } from './article-meta';
import { dateSortKey, monthLabel, parseDossierDate, type DossierDate } from '../shared/dates';
import type { ArticleRecord, EntityRecord } from '../dossier/records';
import { PAGE_SIZE, pagesOfGroups } from './paging';
import { once } from '../shared/once';
import { byCodePoint } from '../shared/order';

/** One row of the timeline: an event, or an article's publication. */
export type TimelineEntry =
  | { kind: 'event'; id: string; date: DossierDate | undefined; sortKey: string }
  | { kind: 'publication'; id: string; date: DossierDate | undefined; sortKey: string };

/** A month of the timeline (or a year when only the year is known, or "date not stated"). */
export interface TimelineGroup {
  key: string;
  label: string;
  entries: TimelineEntry[];
}

function groupOf(sortKey: string): { key: string; label: string } {
  if (!sortKey) return { key: 'undated', label: 'Date not stated' };
  const [year, month] = sortKey.split('-');
  if (!month) return { key: `${year}`, label: `${year} (month not known)` };
  return { key: `${year}-${month}`, label: monthLabel(sortKey)! };
}

/**
 * Every dated or undated event and every article's publication, in date
 * order (by the earliest moment each date can mean; an open start sorts by
 * its end), grouped by month. Undated entries come last.
 */
export function buildTimeline(events: readonly EntityRecord[], articles: readonly ArticleRecord[]): TimelineGroup[] {
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    if (event.kind !== 'events') continue;
    const date = event.data.date ? parseDossierDate(event.data.date.edtf) : undefined;
    entries.push({ kind: 'event', id: event.id, date, sortKey: date ? dateSortKey(date) : '' });
  }
  for (const article of articles) {
    const { published } = article.data;
    const date = published.status === 'not-stated' ? undefined : parseDossierDate(published.value);
    entries.push({ kind: 'publication', id: article.id, date, sortKey: articleSortKey(article.data) });
  }
  entries.sort((a, b) => {
    if (!a.sortKey !== !b.sortKey) return a.sortKey ? -1 : 1;
    return (
      byCodePoint(a.sortKey, b.sortKey) || (a.kind === b.kind ? byCodePoint(a.id, b.id) : a.kind === 'event' ? -1 : 1)
    );
  });
  const groups = new Map<string, TimelineGroup>();
  for (const entry of entries) {
    const { key, label } = groupOf(entry.sortKey);
    const group = groups.get(key) ?? { key, label, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Splits a month with more entries than a page holds into page-sized parts,
 * the later ones labelled "(continued)", so no timeline page outgrows the limit.
 */
export function splitLongGroups(groups: readonly TimelineGroup[], size: number): TimelineGroup[] {
  return groups.flatMap((group) =>
    Array.from({ length: Math.max(1, Math.ceil(group.entries.length / size)) }, (_, part) => ({
      key: part === 0 ? group.key : `${group.key}-part-${part + 1}`,
      label: part === 0 ? group.label : `${group.label} (continued)`,
      entries: group.entries.slice(part * size, (part + 1) * size),
    })),
  );
}

/**
 * The timeline in pages of about {@link PAGE_SIZE.timeline} entries: a month
 * stays on one page unless it is longer than a page. Built once per build.
 */
export const timelinePages = once(
  (dossier: { entitiesOfKind(kind: 'events'): EntityRecord[]; articles: ArticleRecord[] }): TimelineGroup[][] => {
    const groups = buildTimeline(dossier.entitiesOfKind('events'), dossier.articles);
    return pagesOfGroups(splitLongGroups(groups, PAGE_SIZE.timeline), (g) => g.entries.length, PAGE_SIZE.timeline);
  },
);
