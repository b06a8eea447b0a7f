import type { APIRoute } from 'astro';
import { getDossier } from '../dossier/load';
import { serializeDossierJson } from '../exports/dossier-json';
import { siteDossierJson } from '../exports/site-exports';

/** /dossier.json: the whole dossier as data, described by /dossier.schema.json (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) => {
  const body = serializeDossierJson(siteDossierJson(await getDossier(), site?.href ?? ''));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
