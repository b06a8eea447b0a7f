import type { APIRoute, GetStaticPaths } from 'astro';
import { getDossier } from '../../../dossier/load';
import { suggestionNames } from '../../../views/search-facets';
import { nameShards, type NameList } from '../../../site/scripts/search-suggest';

/** One shard per first letter of a word of a name. */
export const getStaticPaths: GetStaticPaths = async () => {
  const dossier = await getDossier();
  return [...nameShards(suggestionNames(dossier.entities))].map(([shard, list]) => ({
    params: { shard },
    props: { list },
  }));
};

/**
 * /search/names/<letter>.json: the names and aliases with a word starting
 * with that letter, for the search page's "Did you mean …?". Fetched by the
 * search page only when a query finds little, and only the shards of the
 * query's words, so they cost nothing on other pages or on a query that finds
 * its match.
 */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { list: NameList }).list), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
