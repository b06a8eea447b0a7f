import type { APIRoute } from 'astro';
import { getDossier } from '../../dossier/load';
import { snapshotOf } from '../../editions/snapshot';

/** /editions/snapshot.json: the dossier as the next edition would record it; `npm run edition` reads it (docs/editions.md). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(snapshotOf(await getDossier()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
