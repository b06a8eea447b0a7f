import type { LoadedDossier } from '../dossier/load';
import { siteChrome, type SiteChrome } from '../views/site-chrome';
import { CSV_TABLES, type CsvTable } from './csv';
import { siteDossierJson } from './site-exports';

/** What each CSV table holds, one row per … */
const ROW: Record<CsvTable, string> = {
  articles: 'source article: outlet, date, source descriptor and grade, when and as what it was received',
  entities: 'profile: id, kind, name, aliases, roles, first sentence, its citations',
  relations: 'typed relation, declared or derived from an event, with its citations',
  mentions: 'sentence of an article that names an entity, with the names used',
  events: 'event: date, place, participants, citations',
  quotes: 'registered quote, verbatim, with its speaker and paragraph',
  claims: 'claim of the ledger: who claims it, its status and grade, what supports or contradicts it',
  judgments: 'key judgment: its likelihood and range, its confidence and why, what it rests on',
  indicators: 'indicator to watch: what, by when, its status, the judgments it moves',
  unknowns: 'information gap: the question, why it matters, the judgments it bears on',
};

/** The page that lists the data exports: /data/. */
export interface DataPageView {
  site: SiteChrome;
  /** Each CSV table: its name, how many rows it has, what a row is. */
  tables: Array<{ table: CsvTable; rows: number; row: string }>;
}

/** /data/; `site` is Astro's `site` (the public address), as dossier.json is built with it. */
export function dataPageView(dossier: LoadedDossier, site: string): DataPageView {
  const data = siteDossierJson(dossier, site);
  return {
    site: siteChrome(dossier),
    tables: CSV_TABLES.map((table) => ({ table, rows: data[table].length, row: ROW[table] })),
  };
}
