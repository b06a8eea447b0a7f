import type { APIRoute } from 'astro';
import { getDossier } from '../lib/dossier';
import { buildRss } from '../lib/exports/feeds';
import { urls } from '../lib/site';

/** /feed.xml: the articles as RSS 2.0, newest first (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) => {
  const dossier = await getDossier();
  return new Response(buildRss(dossier, { urls, site }), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
