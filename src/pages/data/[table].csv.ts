import type { APIRoute } from 'astro';
import { getDossier } from '../../dossier/load';
import { CSV_TABLES, dossierCsv, type CsvTable } from '../../exports/csv';
import { siteDossierJson } from '../../exports/site-exports';

/** /data/<table>.csv: entities, relations, mentions, events, quotes and claims, one row each (docs/data-exports.md). */
export function getStaticPaths() {
  return CSV_TABLES.map((table) => ({ params: { table }, props: { table } }));
}

export const GET: APIRoute<{ table: CsvTable }> = async ({ props, site }) => {
  const body = dossierCsv(siteDossierJson(await getDossier(), site?.href ?? ''), props.table);
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
