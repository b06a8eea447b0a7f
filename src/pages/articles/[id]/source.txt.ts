import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDir } from '../../../content/content-dir';
import { readSeed } from '../../../content/read/seed';
import { getDossier } from '../../../dossier/load';

/** One file per article that records how it was received: its seed, whose SHA-256 the build has checked. */
export const getStaticPaths = (async () => {
  const dossier = await getDossier();
  return dossier.articles
    .filter((article) => article.data.received && typeof article.seed === 'object')
    .map((article) => ({ params: { id: article.id }, props: { seed: article.data.seed } }));
}) satisfies GetStaticPaths;

/**
 * /articles/<id>/source.txt: the article's text exactly as it was received, byte for byte, so that `sha256sum` of
 * the download equals the hash its page shows (docs/authoring/judgments.md, "Preservation").
 */
export const GET: APIRoute = ({ props }) => {
  const seed = readSeed(contentDir, String(props.seed));
  if (!seed) throw new Error(`content/seeds/${String(props.seed)} disappeared during the build`);
  return new Response(new Uint8Array(seed.bytes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
