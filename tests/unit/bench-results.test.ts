import { describe, expect, it } from 'vitest';
import {
  compareRuns,
  FIGURES,
  formatComparison,
  formatRuns,
  judge,
  parseBenchFile,
  recordInto,
  type BenchFile,
  type BenchRun,
} from '../../src/tools/bench/results';
import { parseBuildTimings } from '../../src/tools/bench/build-timings';

/** A run of `articles` with every figure set, `overrides` laid over it. */
function run(articles: number, overrides: Partial<BenchRun> = {}): BenchRun {
  return {
    articles,
    full: {
      wallSeconds: 100,
      cpuSeconds: 120,
      peakRssMb: 3000,
      phasesSeconds: { contentSync: 30, bundle: 1, renderPages: 40, searchIndexAndSitemap: 29, pdf: 0.5 },
    },
    rebuildAfterOneEditSeconds: 80,
    rebuildAfterProfileEditSeconds: 82,
    dev: { startSeconds: 20, firstPageMs: 900, edits: [{ file: 'a', page: '/a/', ms: 2000 }] },
    output: {
      pages: 16000,
      distMb: 600,
      searchIndexMb: 57,
      medianPageKb: 16.7,
      largestPage: { path: 'book/index.html', kb: 130000 },
      articlePageGzipKb: 9.5,
    },
    search: {
      firstQueryMs: 500,
      firstQueryKb: 234.5,
      phraseQuery: { ms: 600, kb: 390.7 },
      misspeltQuery: { ms: 700, kb: 300 },
      largestNameShardGzipKb: 20,
      warmMedianMs: 80,
    },
    ...overrides,
  };
}

const file = (runs: BenchRun[]): BenchFile => ({
  recordedAt: '2026-12-07T00:00:00Z',
  commit: 'abc1234',
  command: '--articles 10000',
  machine: { cpus: 2, memoryGb: 24, node: 'v24', astro: '7.4.8', pagefind: '1.6.0' },
  runs,
});

const figure = (name: string) => FIGURES.find((f) => `${f.name} ${f.unit}`.trim() === name)!;

describe('judging a figure against the recorded run', () => {
  it.each([
    ['full build s', 100, 80, 'better'],
    ['full build s', 100, 120, 'worse'],
    ['full build s', 100, 104, 'same'],
    ['full build s', 100, 96, 'same'],
    ['largest page KB', 172, 174, 'worse'],
    ['1st query KB', 234.5, 190, 'better'],
    ['pages', 16523, 21658, 'changed'],
    ['pages', 16523, 16523, 'same'],
    ['full build s', undefined, 50, 'new'],
    ['full build s', 50, null, 'gone'],
    ['full build s', null, undefined, 'not measured'],
  ] as const)('%s: %s then %s is %s', (name, recorded, now, verdict) => {
    expect(judge(figure(name), recorded, now)).toBe(verdict);
  });
});

describe('comparing runs', () => {
  it('compares each size the baseline has, figure by figure', () => {
    const recorded = [run(1000), run(10000)];
    const faster = run(10000, { full: { ...run(10000).full, wallSeconds: 45, peakRssMb: 3600 } });
    const rows = compareRuns(recorded, [faster, run(50000)]);
    expect(new Set(rows.map((r) => r.articles))).toEqual(new Set([10000]));
    expect(rows.find((r) => r.figure === 'full build s')).toMatchObject({
      recorded: 100,
      now: 45,
      change: -0.55,
      verdict: 'better',
    });
    expect(rows.find((r) => r.figure === 'peak RSS MB')).toMatchObject({ verdict: 'worse', change: 0.2 });
    expect(rows.find((r) => r.figure === 'CPU s')).toMatchObject({ verdict: 'same' });
    // A figure neither run measured is left out; one only this run measured is new.
    expect(rows.find((r) => r.figure === 'bare + Pagefind s')).toBeUndefined();
  });

  it('prints a row per figure and counts the verdicts', () => {
    const slower = run(1000, { rebuildAfterOneEditSeconds: 160 });
    const text = formatComparison(compareRuns([run(1000)], [slower]));
    expect(text).toContain('| 1000 | rebuild, article edit s | 80 | 160 | +100% | worse |');
    expect(text).toMatch(/0 better, 1 worse, \d+ the same within noise\./);
  });

  it('prints every measured figure as a column, with the largest page named', () => {
    const table = formatRuns([run(1000)]).split('\n');
    expect(table[0]).toContain('| full build s |');
    expect(table[0]).not.toContain('bare + Pagefind');
    expect(table[2]).toMatch(/^\| 1000 \| 16000 \| 100 \| 120 \| 3000 \|.* \| book\/index\.html \|$/);
  });
});

describe('the baseline file', () => {
  it('reads the bare list of runs the benchmark wrote before, with its bare build', () => {
    const old = JSON.stringify([{ ...run(1000), baseline: { totalSeconds: 9.5 } }]);
    const parsed = parseBenchFile(old);
    expect(parsed.runs[0]!.bare).toEqual({ totalSeconds: 9.5 });
    expect(parsed.runs[0]).not.toHaveProperty('baseline');
  });

  it('keeps the recorded sizes a run did not measure, and replaces those it did', () => {
    const baseline = file([run(1000), run(10000)]);
    const next = recordInto(baseline, file([run(10000, { rebuildAfterOneEditSeconds: 9 }), run(50000)]));
    expect(next.runs.map((r) => [r.articles, r.rebuildAfterOneEditSeconds])).toEqual([
      [1000, 80],
      [10000, 9],
      [50000, 80],
    ]);
  });
});

describe("the phases of astro build --timings' report", () => {
  const report = [
    ' build timings ',
    'total 1m 5s · 21,658 pages · output "static"',
    '',
    'Build phases',
    '  resolve config                      412ms    0.6% ▁',
    '  setup                              31.20s   47.9% ▆▆▆',
    '    content sync                     30.50s   46.8% ▆▆▆',
    '  prerender bundle                    1.10s    1.7% ▁',
    '  client bundle                        250ms    0.4% ▁',
    '  generate pages                     20.02s   30.8%    ▆▆',
    '',
    'Integrations (12.40s in hooks)',
    '  dossier:pagefind                   12.10s  astro:build:done 12.10s',
    '  @astrojs/sitemap                     300ms  astro:build:done 300ms',
  ].join('\n');

  it('reads each phase, summing the bundles, and the total', () => {
    expect(parseBuildTimings(report)).toEqual({
      contentSync: 30.5,
      bundle: 1.35,
      generatePages: 20.02,
      searchIndex: 12.1,
      total: 65,
    });
  });

  it('is NaN for a phase the report lacks', () => {
    expect(parseBuildTimings('no report').generatePages).toBeNaN();
  });
});
