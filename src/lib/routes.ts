import { ENTITY_KINDS } from '../schemas/entity';
import { getDossier } from './dossier';

/** Paths of every profile page: /<kind>/<id>/. */
export async function profilePaths() {
  const dossier = await getDossier();
  return dossier.entities.map((entity) => ({ params: { kind: entity.kind, id: entity.id }, props: { id: entity.id } }));
}

/** Paths of the five kind indexes: /people/, /organizations/ … */
export function kindIndexPaths() {
  return ENTITY_KINDS.map((kind) => ({ params: { kind }, props: { kind } }));
}

/** Paths of every article page: /articles/<id>/. */
export async function articlePaths() {
  const dossier = await getDossier();
  return dossier.articles.map((article) => ({ params: { id: article.id }, props: { id: article.id } }));
}

/** Paths of the per-speaker quote pages: /quotes/by/<speaker>/. */
export async function speakerPaths() {
  const dossier = await getDossier();
  const speakers = [...new Set(dossier.quotes.map((q) => q.data.speaker))];
  return speakers.map((speaker) => ({ params: { speaker }, props: { speaker } }));
}
