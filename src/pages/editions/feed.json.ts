import type { APIRoute } from 'astro';
import { getDossier } from '../../dossier/load';
import { editionsJsonFeed } from '../../editions/feed';
import { dossierEditions } from '../../editions/site-editions';
import { urls } from '../../identity/site';

/** /editions/feed.json: the editions as JSON Feed 1.1, newest first, each what it changed (docs/editions.md). */
export const GET: APIRoute = async ({ site }) => {
  const dossier = await getDossier();
  return new Response(editionsJsonFeed(dossierEditions(dossier), dossier, { urls, site }), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
