import type { APIRoute } from 'astro';
import { getDossier } from '../dossier/load';
import { editionsJson } from '../editions/editions-json';
import { dossierEditions } from '../editions/site-editions';
import { dossierJsonBytes } from '../exports/dossier-json';
import { siteDossierJson } from '../exports/site-exports';
import { urls } from '../identity/site';

/** /dossier.json: the whole dossier as data, described by /dossier.schema.json (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) => {
  const dossier = await getDossier();
  const body = dossierJsonBytes({
    ...siteDossierJson(dossier, site?.href ?? ''),
    ...editionsJson(dossierEditions(dossier), dossier, { urls, site }),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
