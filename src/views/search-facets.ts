import type { Article } from '../schemas/article';
import { articleSortKey, dateLine, outletLine } from './article-meta';
import { dateSortKey, monthLabel, parseDossierDate } from '../shared/dates';
import { ENTITY_KINDS, KIND_LABELS, type EntityKind } from '../schemas/kinds';
import type { EntityRecord } from '../dossier/records';
import { NAMES_SEPARATOR, type NameList } from '../shared/name-key';
import { assertNever } from '../shared/assert-never';
import { byCodePoint } from '../shared/order';
import { allNames } from '../identity/names';

/** What the search index knows about a page besides its text: filters, result metadata, sort keys. */
export interface SearchFacets {
  filters: Record<string, string>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

/** The kind filter's value for articles. */
export const ARTICLE_KIND = 'Article';
/** The kind filter's values for registered quotes and claims (search records of their own). */
export const QUOTE_KIND = 'Quote';
export const CLAIM_KIND = 'Claim';

/** Outlet filter value: the outlet's name, or "Not stated". */
export function outletFacet(article: Article): string {
  return article.outlet.status === 'not-stated' ? 'Not stated' : article.outlet.value;
}

/** Facets of an article page: kind, outlet, year and month (from the earliest date it can have). */
export function articleFacets(article: Article): SearchFacets {
  const date = articleSortKey(article);
  const filters: Record<string, string> = { kind: ARTICLE_KIND, outlet: outletFacet(article) };
  if (date) filters.year = date.slice(0, 4);
  const month = date ? monthLabel(date) : undefined;
  if (month) filters.month = month;
  return {
    filters,
    meta: { kind: ARTICLE_KIND, label: article.label, outlet: outletLine(article), date: dateLine(article) },
    sort: date ? { date } : {},
  };
}

/** Facets of a profile page: its kind, and an event's date for sorting. */
export function entityFacets(entity: EntityRecord): SearchFacets {
  const kind = KIND_LABELS[entity.kind].singular;
  // Every name in every language: "Casa Blanca" finds the White House first.
  const names = allNames(entity.data).join(NAMES_SEPARATOR);
  const facets: SearchFacets = { filters: { kind }, meta: { kind, names }, sort: {} };
  switch (entity.kind) {
    case 'people':
      // A person is found first by their role too ("President of Colombia").
      if (entity.data.roles.length > 0) {
        facets.meta.roles = entity.data.roles.map((role) => role.title).join(NAMES_SEPARATOR);
      }
      return facets;
    case 'events':
      if (entity.data.date) facets.sort.date = dateSortKey(parseDossierDate(entity.data.date.edtf));
      return facets;
    case 'organizations':
    case 'places':
    case 'topics':
      return facets;
    default:
      return assertNever(entity);
  }
}

/** The kind filter's values in display order. */
export function kindFacetValues(kinds: readonly EntityKind[]): string[] {
  return [ARTICLE_KIND, ...kinds.map((kind) => KIND_LABELS[kind].singular), QUOTE_KIND, CLAIM_KIND];
}

/**
 * Pagefind reads `key:value` pairs from data attributes and splits several
 * pairs on commas; escape the commas (and backslashes) a value may hold.
 */
export function pagefindPair(key: string, value: string): string {
  return `${key}:${value.replace(/\\/g, '\\\\').replace(/,/g, '\\,')}`;
}

/** The names the search page suggests from (see search-suggest.ts), in a stable order: by kind, then id. */
export function suggestionNames(entities: readonly EntityRecord[]): NameList {
  const kinds = [...ENTITY_KINDS];
  const entries = [...entities]
    .sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || byCodePoint(a.id, b.id))
    .map((e): NameList['entries'][number] => [kinds.indexOf(e.kind), e.id, ...(allNames(e.data) as [string])]);
  return { kinds, labels: kinds.map((kind) => KIND_LABELS[kind].singular), entries };
}
