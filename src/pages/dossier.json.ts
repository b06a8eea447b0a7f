import type { APIRoute } from 'astro';
import { getDossier } from '../dossier/load';
import { buildDossierJson, serializeDossierJson } from '../exports/dossier-json';
import { claimUrl, quoteUrl } from '../views/locations';
import { urls } from '../identity/site';

/** /dossier.json: the whole dossier as data, described by /dossier.schema.json (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) => {
  const dossier = await getDossier();
  const body = serializeDossierJson(
    buildDossierJson(dossier, dossier.graph, {
      urls,
      site,
      quoteUrl: (id) => quoteUrl(dossier, urls, id),
      claimUrl: (id) => claimUrl(dossier, urls, id),
    }),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
