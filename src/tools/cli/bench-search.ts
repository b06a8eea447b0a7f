/**
 * `npm run bench:search [-- --dist dist] [-- --content <folder>]`: the search
 * query table against a built dossier, under Pagefind's default ranking and
 * the variants tried when choosing the one the search page uses; prints, per
 * class of query, how many cases put their expected result first and in the
 * first three, and the mean reciprocal rank over all. On the real dossier the
 * classes are the hand-written table (src/tools/bench/search-queries.ts) and
 * every name and alias; with --content (a synthetic dossier from
 * `npm run bench:generate`), phrases and word sets drawn from its articles.
 */
import { parseArgs } from 'node:util';
import { evaluateRankings, readNameShards, SOURCE_PARAGRAPH, type Ranking } from '../bench/search-eval';
import { CLAIMS, MISSPELT, PHRASES, QUOTES, WORD, WORDS, type SearchCase } from '../bench/search-queries';
import { syntheticSearchCases } from '../bench/search-synthetic';
import { fold } from '../../shared/fold';
import { RANKING } from '../../site/scripts/pagefind-weights';
import { joinShards } from '../../site/scripts/search-suggest';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    content: { type: 'string' },
  },
});
// Every name and alias of every profile, as written and without accents, finds the profile.
const list = joinShards([...readNameShards(values.dist).values()])!;
const names: SearchCase[] = list.entries
  .flatMap(([kind, id, ...written]) =>
    [...new Set(written.flatMap((name) => [name, fold(name)]))].map((query) => ({
      query,
      expected: `/${list.kinds[kind]}/${id}/`,
    })),
  )
  .slice(0, values.content ? 60 : undefined);
// A profile's name also shows where the sources name it: a source paragraph among the first ten results.
const sources: SearchCase[] = list.entries
  .slice(0, 40)
  .map(([, , name]) => ({ query: name, expected: SOURCE_PARAGRAPH }));
const classes: Record<string, SearchCase[]> = values.content
  ? { names, sources, ...syntheticSearchCases(values.content, 40) }
  : { names, sources, phrases: PHRASES, words: WORDS, word: WORD, misspelt: MISSPELT, quotes: QUOTES, claims: CLAIMS };
const variants: Array<[string, Ranking, number?]> = [
  ['Pagefind default', {}],
  ['default, 10 pages', {}, 10],
  ['default, 30 pages', {}, 30],
  ['pageLength 0', { pageLength: 0 }],
  ['pageLength 0, 10 pages', { pageLength: 0 }, 10],
  ['pageLength 0.3', { pageLength: 0.3 }],
  ['pageLength 0.5', { pageLength: 0.5 }],
  ['termFrequency 0.5', { termFrequency: 0.5 }],
  ['termSaturation 0.8', { termSaturation: 0.8 }],
  ['termSaturation 2', { termSaturation: 2 }],
  ['chosen', RANKING],
];
const all = Object.values(classes).flat();
const outcomes = await evaluateRankings(
  values.dist,
  values.base,
  all,
  variants.map(([, ranking, pages]) => ({ ranking, ...(pages ? { pages } : {}) })),
);
console.log(
  'first / in the first three (sources: ten) / cases, per class of query, and the mean reciprocal rank of the others:',
);
variants.forEach(([name], v) => {
  let at = 0;
  const cells = Object.entries(classes).map(([label, cases]) => {
    const mine = outcomes[v]!.slice(at, (at += cases.length));
    const first = mine.filter((o) => o.rank === 1).length;
    // A source paragraph counts in the first ten; every other expected result in the first three.
    const within = label === 'sources' ? 10 : 3;
    const top = mine.filter((o) => o.rank !== undefined && o.rank <= within).length;
    return `${label} ${first}/${top}/${mine.length}`;
  });
  // What separates variants that put the same cases in the first three.
  const ranked = outcomes[v]!.filter((o) => o.expected !== SOURCE_PARAGRAPH);
  const mrr = ranked.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / ranked.length;
  console.log(`  ${name.padEnd(20)} ${cells.join('   ')}   MRR ${mrr.toFixed(3)}`);
});
for (const miss of outcomes
  .at(-1)!
  .filter((o) => o.rank === undefined || o.rank > (o.expected === SOURCE_PARAGRAPH ? 10 : 3))) {
  console.log(`  missed: "${miss.query}" → ${miss.expected} (rank ${miss.rank ?? '—'}; top: ${miss.top.join(', ')})`);
}
