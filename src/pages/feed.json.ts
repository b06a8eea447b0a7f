import type { APIRoute } from 'astro';
import { getDossier } from '../dossier/load';
import { buildJsonFeed } from '../exports/feeds';
import { urls } from '../identity/site';

/** /feed.json: the articles as JSON Feed 1.1, newest first (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) => {
  const dossier = await getDossier();
  return new Response(buildJsonFeed(dossier, { urls, site }), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
