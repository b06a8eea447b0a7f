import type { APIRoute } from 'astro';
import { serializeDossierJsonSchema } from '../exports/dossier-json-schema';

/** /dossier.schema.json: the JSON Schema of /dossier.json, generated from its zod schemas (docs/data-exports.md). */
export const GET: APIRoute = () =>
  new Response(serializeDossierJsonSchema(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
