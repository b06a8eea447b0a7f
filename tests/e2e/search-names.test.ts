import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeInBrowser, servedInBrowser } from '../support/browser';
import { realDossier } from '../support/shared-builds';
import { casePath, openSearchEvaluator } from '../../src/tools/bench/search-eval';
import { RANKING } from '../../src/site/scripts/pagefind-weights';

/** Search by the names profiles carry in Spanish and Portuguese, and by a name with one misspelt word. */
describeInBrowser('search by names in every language', () => {
  const dist = realDossier().outDir;
  const served = servedInBrowser(dist, '/');
  const answer = async () => {
    const page = await (await served.browser.newContext()).newPage();
    const evaluator = await openSearchEvaluator(page, (path) => served.site.url(path), dist, '/');
    return async (query: string) => (await evaluator.answer(query, RANKING)).hits.map((hit) => casePath(hit.url, '/'));
  };

  it('finds a profile first by each of its names in Spanish and Portuguese ("Casa Blanca", "EUA")', async () => {
    const dossier = JSON.parse(readFileSync(join(dist, 'dossier.json'), 'utf8')) as {
      entities: Array<{ id: string; kind: string; names?: Record<string, string[]> }>;
    };
    const queries = dossier.entities.flatMap((e) =>
      Object.values(e.names ?? {})
        .flat()
        // Names as readers type them: words, not abbreviations with dots (EE.UU.), which the index splits.
        .filter((name) => /^[\p{L} -]+$/u.test(name))
        .map((name) => ({ query: name, expected: `/${e.kind}/${e.id}/` })),
    );
    expect(queries.map((q) => q.query)).toEqual(
      expect.arrayContaining(['Casa Blanca', 'Casa Branca', 'EUA', 'Estados Unidos']),
    );
    const search = await answer();
    const misses: string[] = [];
    for (const { query, expected } of queries) {
      const paths = await search(query);
      if (paths[0] !== expected) misses.push(`"${query}" → ${paths[0] ?? 'nothing'}, not ${expected}`);
    }
    expect(misses).toEqual([]);
  });

  it('puts the profile first for a name with one misspelt word', async () => {
    const search = await answer();
    expect((await search('Delcy Rodriges'))[0]).toBe('/people/delcy-rodriguez/');
    expect((await search('Gustavo Pedro'))[0]).toBe('/people/gustavo-petro/');
  });
});
