import type { APIRoute } from 'astro';
import { getDossier } from '../dossier/load';
import { buildFtmEntities, ftmBytes } from '../exports/ftm';
import { urls } from '../identity/site';

/** /entities.ftm.json: the dossier as FollowTheMoney entities, one per line (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) => {
  const dossier = await getDossier();
  const body = ftmBytes(buildFtmEntities(dossier, dossier.graph, { urls, site }));
  return new Response(body, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
};
