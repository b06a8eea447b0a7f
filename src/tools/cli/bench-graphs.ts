/**
 * `npm run bench:graphs -- [--articles 1000,10000]`: lays out the relation
 * graphs of synthetic dossiers the way the build does and prints what it costs:
 * clusters, the whole-dossier graph, and every profile's neighbourhood.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureGraphLayout } from '../bench/graph-layout';
import { generateDossier } from '../bench/synthetic';
import { seedVocabulary } from '../bench/vocabulary';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000,10000' } } });
const vocabulary = seedVocabulary(resolve('content/seeds'));
for (const articles of values.articles.split(',').map(Number)) {
  const result = measureGraphLayout(generateDossier({ articles, vocabulary }));
  const { dossierGraph: g, neighbourhoods: n } = result;
  console.log(
    `${articles} articles: ${result.entities} entities, ${result.relations} relations, ${result.clusters} clusters in ${result.clustersMs} ms; ` +
      `dossier graph ${g.nodes} nodes / ${g.links} lines, ${g.width}×${g.height}, ${g.ms} ms; ` +
      `${n.count} neighbourhoods (up to ${n.largestNodes} nodes) in ${n.totalMs} ms, mean ${n.meanMs} ms, max ${n.maxMs} ms`,
  );
}
