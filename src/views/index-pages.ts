import type { LoadedDossier } from '../dossier/load';
import { ENTITY_KINDS, KIND_LABELS, type EntityKind } from '../schemas/kinds';
import type { ProsePart } from '../content/render/prose';
import type { Dossier } from '../schemas/dossier';
import { byName } from '../shared/order';
import { newestArticles } from './article-meta';
import { articleItem, type ArticleItem } from './article-page';
import { PAGE_SIZE, pageCount, pageSlice } from './paging';
import { articleFacets, kindFacetValues } from './search-facets';
import { siteChrome, type SiteChrome } from './site-chrome';

/** How many of the newest articles the home page lists. */
const HOME_ARTICLES = 10;

/** The home page, but what the editions add (`src/editions/edition-pages.ts`). */
export interface HomeView {
  site: SiteChrome;
  /** The overview: title, scope, as-of date and its basis, bottom line, key actors. */
  data: Dossier;
  /** The overview's text. */
  overview: ProsePart[];
  /** The newest articles, and how many there are in all. */
  articles: ArticleItem[];
  totalArticles: number;
  /** Each kind with how many profiles it has. */
  kinds: Array<{ kind: EntityKind; label: string; count: number }>;
}

export function homeView(dossier: LoadedDossier): HomeView {
  return {
    site: siteChrome(dossier),
    data: dossier.dossier.data,
    overview: dossier.prose(dossier.dossier),
    articles: newestArticles(dossier).slice(0, HOME_ARTICLES).map(articleItem),
    totalArticles: dossier.articles.length,
    kinds: ENTITY_KINDS.map((kind) => ({
      kind,
      label: KIND_LABELS[kind].plural,
      count: dossier.entitiesOfKind(kind).length,
    })),
  };
}

/** A page of a kind's index: /people/, /people/page/<n>/. */
export interface KindIndexView {
  site: SiteChrome;
  kind: EntityKind;
  /** "People". */
  label: string;
  page: number;
  pages: number;
  /** How many profiles of the kind there are. */
  total: number;
  /** This page's, each with its other names and how many sentences mention it. */
  entities: Array<{ id: string; name: string; aliases: string[]; mentions: number }>;
}

export function kindIndexView(dossier: LoadedDossier, kind: EntityKind, page = 1): KindIndexView {
  const entities = dossier.entitiesOfKind(kind);
  return {
    site: siteChrome(dossier),
    kind,
    label: KIND_LABELS[kind].plural,
    page,
    pages: pageCount(entities.length, PAGE_SIZE.entities),
    total: entities.length,
    entities: pageSlice(entities, page, PAGE_SIZE.entities).map((entity) => ({
      id: entity.id,
      name: entity.data.name,
      aliases: entity.data.aliases,
      mentions: dossier.graph.backlinks(entity.id).length,
    })),
  };
}

/** The search page: the filters it offers. */
export interface SearchView {
  site: SiteChrome;
  /** Each group of filters: its name in the URL, its legend, its values in order. */
  filters: Array<{ name: string; legend: string; values: string[] }>;
}

export function searchView(dossier: LoadedDossier): SearchView {
  const unique = (values: Array<string | undefined>) =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].sort(byName);
  const facets = dossier.articles.map((a) => articleFacets(a.data).filters);
  return {
    site: siteChrome(dossier),
    filters: [
      { name: 'kind', legend: 'Kind', values: kindFacetValues(ENTITY_KINDS) },
      { name: 'outlet', legend: 'Outlet (articles)', values: unique(facets.map((f) => f.outlet)) },
      { name: 'year', legend: 'Year (articles)', values: unique(facets.map((f) => f.year)) },
      { name: 'month', legend: 'Month (articles)', values: unique(facets.map((f) => f.month)) },
    ],
  };
}
