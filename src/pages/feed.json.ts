import type { APIRoute } from 'astro';
import { getDossier } from '../lib/dossier';
import { buildJsonFeed } from '../lib/exports/feeds';
import { urls } from '../lib/site';

/** /feed.json: the articles as JSON Feed 1.1, newest first (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) => {
  const dossier = await getDossier();
  return new Response(buildJsonFeed(dossier, { urls, site }), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
