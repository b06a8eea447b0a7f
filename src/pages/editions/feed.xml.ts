import type { APIRoute } from 'astro';
import { getDossier } from '../../dossier/load';
import { editionsRss } from '../../editions/feed';
import { dossierEditions } from '../../editions/site-editions';
import { urls } from '../../identity/site';

/** /editions/feed.xml: the editions as RSS 2.0, newest first, each what it changed (docs/editions.md). */
export const GET: APIRoute = async ({ site }) => {
  const dossier = await getDossier();
  return new Response(editionsRss(dossierEditions(dossier), dossier, { urls, site }), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
