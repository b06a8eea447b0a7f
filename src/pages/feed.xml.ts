import type { APIRoute } from 'astro';
import { getDossier } from '../dossier/load';
import { buildRss } from '../exports/feeds';
import { urls } from '../identity/site';

/** /feed.xml: the articles as RSS 2.0, newest first (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) => {
  const dossier = await getDossier();
  return new Response(buildRss(dossier, { urls, site }), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
