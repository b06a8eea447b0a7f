import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../chromium';
import { serveSite } from '../static-server';
import { answerQuery, pageKey, type QueryAnswer, type SearchOptions } from '../../site/scripts/search-query';
import type { PagefindDocument } from '../../site/scripts/search-results';
import { joinShards, shardsFor, type NameList } from '../../site/scripts/search-suggest';
import type { SearchCase } from './search-queries';

/** The name shards of a built site (search/names/<letter>.json), by letter. */
export function readNameShards(dist: string): Map<string, NameList> {
  const folder = join(dist, 'search/names');
  return new Map(
    readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(folder, file), 'utf8')) as NameList]),
  );
}

/** Pagefind's ranking weights (its `ranking` option). */
export type Ranking = Partial<Record<'pageLength' | 'termFrequency' | 'termSaturation' | 'termSimilarity', number>>;

/** An expected result that any source paragraph fulfils. */
export const SOURCE_PARAGRAPH = '(a source paragraph)';

/** Where each case's expected result came: its 1-based rank among the results, or undefined when not shown. */
export interface CaseOutcome extends SearchCase {
  rank: number | undefined;
  top: string[];
}

/** A result's address as the cases write it: without the base and the ?highlight= query. */
export function casePath(url: string, base: string): string {
  const [path = '', fragment] = url.split('#');
  const bare = path.split('?')[0]!;
  return `/${bare.slice(base.length)}${fragment ? `#${fragment}` : ''}`;
}

/**
 * Source text that opens a built site's search index in a page as the search
 * page does (search-index.ts: the first bundle, then the others that
 * pagefind/bundles.json lists, with the same options) and keeps it as
 * `window.__dossierSearch`. Source text, as a bundler would rewrite import().
 */
export function openIndexScript(base: string, options: Record<string, unknown>): string {
  return `(async (options) => {
    const bundles = await fetch('${base}pagefind/bundles.json').then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
    const pagefind = await import('${base}pagefind/pagefind.js');
    await pagefind.options(options);
    await pagefind.init();
    for (const { folder, weight } of bundles.merge ?? []) {
      await pagefind.mergeIndex('${base}pagefind/' + folder, { ...options, indexWeight: weight });
    }
    window.__dossierSearch = pagefind;
  })(${JSON.stringify(options)})`;
}

/**
 * Answers queries the way the search page does (answerQuery, with Pagefind
 * running in Chromium on the built site) under a given ranking, for the
 * search benchmark and the browser tests.
 */
export async function openSearchEvaluator(page: Page, siteUrl: (path: string) => string, dist: string, base: string) {
  const names = readNameShards(dist);
  let opened: string | undefined;
  const searchDocs = async (
    query: string,
    options: SearchOptions,
    limit: number,
    skip: ReadonlySet<string>,
    ranking: Ranking,
  ) => {
    const key = JSON.stringify(ranking);
    if (opened !== key) {
      // A fresh page for each ranking: a merged bundle keeps the options it was merged with.
      await page.goto(siteUrl(''));
      await page.evaluate(
        openIndexScript(base, {
          baseUrl: base,
          highlightParam: 'highlight',
          excerptLength: 30,
          noWorker: true,
          ranking,
        }),
      );
      opened = key;
    }
    // Passed as source text: a bundler would rewrite a dynamic import() inside a function.
    const docs = (await page.evaluate(`(async ({ query, options, count }) => {
      const found = await window.__dossierSearch.search(query, options);
      return Promise.all(found.results.slice(0, count).map((r) => r.data()));
    })(${JSON.stringify({ query, options, count: limit + skip.size })})`)) as PagefindDocument[];
    return docs.filter((doc) => !skip.has(pageKey(doc.url))).slice(0, limit);
  };
  return {
    async answer(query: string, ranking: Ranking, options: SearchOptions = {}, pages?: number): Promise<QueryAnswer> {
      const answer = await answerQuery(
        query,
        options,
        {
          searchDocs: (text, opts, limit, skip) => searchDocs(text, opts, limit, skip, ranking),
          loadNames: async (query) => joinShards(shardsFor(query).flatMap((key) => names.get(key) ?? [])),
        },
        pages,
      );
      return answer!;
    },
    async outcomes(cases: readonly SearchCase[], ranking: Ranking, pages?: number): Promise<CaseOutcome[]> {
      const outcomes: CaseOutcome[] = [];
      for (const item of cases) {
        const { hits } = await this.answer(item.query, ranking, {}, pages);
        const paths = hits.map((hit) => casePath(hit.url, base));
        // SOURCE_PARAGRAPH stands for any source paragraph: a name query should show where the sources name it.
        const index =
          item.expected === SOURCE_PARAGRAPH
            ? paths.findIndex((path) => /^\/articles\/[^/]+\/#p-\d+$/.test(path))
            : paths.indexOf(item.expected);
        outcomes.push({ ...item, rank: index < 0 ? undefined : index + 1, top: paths.slice(0, 3) });
      }
      return outcomes;
    },
  };
}

/** Runs `cases` against a built site under each ranking; returns, per ranking, the outcomes of every case. */
export async function evaluateRankings(
  dist: string,
  base: string,
  cases: readonly SearchCase[],
  variants: ReadonlyArray<{ ranking: Ranking; pages?: number }>,
): Promise<CaseOutcome[][]> {
  const browser = await launchChromium();
  const site = await serveSite(dist, base);
  try {
    const page = await browser.newPage();
    const evaluator = await openSearchEvaluator(page, (path) => site.url(path), dist, base);
    const results: CaseOutcome[][] = [];
    for (const { ranking, pages } of variants) results.push(await evaluator.outcomes(cases, ranking, pages));
    return results;
  } finally {
    await browser.close();
    await site.close();
  }
}
