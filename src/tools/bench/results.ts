/**
 * What `npm run bench` measures, as JSON, and how two runs compare: one
 * table of figures (name, unit, where it is in a run, how much noise it has)
 * drives the printed table, the JSON and `--compare`, so a figure that is
 * printed is also recorded and compared.
 */

/** One size of one benchmark run: every figure the benchmark prints, with the details behind them. */
export interface BenchRun {
  articles: number;
  /** When and at which commit this size was measured (a baseline keeps sizes from earlier runs). */
  measured?: { at: string; commit: string };
  full: {
    wallSeconds: number;
    cpuSeconds: number;
    /** The largest process's peak (GNU time), as earlier runs measured it. */
    peakRssMb: number;
    /** The peak of all the build's processes together (Astro and Pagefind), sampled. */
    peakTreeRssMb?: number | undefined;
    phasesSeconds: {
      contentSync: number | null;
      bundle: number | null;
      renderPages: number | null;
      searchIndexAndSitemap: number | null;
      pdf: number | null;
    };
  };
  /** A rebuild with the full build's cache after one changed word in an article. */
  rebuildAfterOneEditSeconds: number | null;
  /** The same after one changed word in the summary of the most mentioned person. */
  rebuildAfterProfileEditSeconds?: number | null;
  /** `astro dev` with the full build's cache: start, first page, edits shown (article, then profile). */
  dev?:
    | {
        startSeconds: number;
        firstPageMs: number;
        edits: Array<{ file: string; page: string; ms: number | null }>;
      }
    | undefined;
  output: {
    pages: number;
    distMb: number;
    searchIndexMb: number;
    medianPageKb: number;
    largestPage: { path: string; kb: number };
    articlePageGzipKb: number;
    jsBytesPerPageType?: Record<string, number>;
  };
  search?:
    | {
        firstQueryMs: number;
        /** Bytes fetched as the static server sends them (Pagefind's files are gzipped, its script is not). */
        firstQueryKb: number;
        /** The same as a host that gzips scripts and JSON sends them. */
        firstQueryGzipKb?: number;
        firstQueryKbByType?: Record<string, number>;
        phraseQuery: { ms: number; kb: number; gzipKb?: number; byType?: Record<string, number> };
        misspeltQuery: { ms: number; kb: number; gzipKb?: number; byType?: Record<string, number> };
        nameShardsGzipKb?: number;
        largestNameShardGzipKb: number;
        warmMedianMs: number;
        warmPhraseMedianMs?: number;
      }
    | undefined;
  /** The bare Astro build of the same content plus Pagefind (`--skip-bare` leaves it out). */
  bare?: { wallSeconds: number; pagefindSeconds: number; totalSeconds: number; peakRssMb: number } | undefined;
  /** Anything this size's run left out or changed from a normal run (e.g. "book left out"). */
  notes?: string[];
}

/** Where and with what a run was made: two runs compare fairly only on the same machine. */
export interface BenchMachine {
  cpus: number;
  memoryGb: number;
  node: string;
  astro: string;
  pagefind: string;
}

/** The JSON file `npm run bench` writes, and the committed baseline it compares with. */
export interface BenchFile {
  /** ISO date and time of the run. */
  recordedAt: string;
  /** The commit the run measured (with "+changes" when the work tree had uncommitted changes). */
  commit: string;
  /** The command line's options, as given. */
  command: string;
  machine: BenchMachine;
  runs: BenchRun[];
}

/** Whether a smaller or a larger value is the better one; "none" for counts that only describe the run. */
type Better = 'lower' | 'higher' | 'none';

/** One figure of a run. */
export interface Figure {
  /** Short name, as the table's column. */
  name: string;
  unit: string;
  better: Better;
  /** A relative change up to this is noise ("same"): run-to-run spread measured on this machine. */
  noise: number;
  value(run: BenchRun): number | null | undefined;
}

const figure = (
  name: string,
  unit: string,
  noise: number,
  value: Figure['value'],
  better: Better = 'lower',
): Figure => ({ name, unit, noise, value, better });

/**
 * Every figure the benchmark prints and compares, in table order. Times vary
 * by a few percent between runs on this machine (more for the short dev and
 * query times); sizes are exact, so any growth in them is real.
 */
export const FIGURES: readonly Figure[] = [
  figure('pages', '', 0, (r) => r.output.pages, 'none'),
  figure('full build', 's', 0.05, (r) => r.full.wallSeconds),
  figure('CPU', 's', 0.05, (r) => r.full.cpuSeconds),
  figure('peak RSS', 'MB', 0.05, (r) => r.full.peakRssMb),
  figure('peak RSS, all processes', 'MB', 0.05, (r) => r.full.peakTreeRssMb),
  figure('sync', 's', 0.1, (r) => r.full.phasesSeconds.contentSync),
  figure('bundle', 's', 0.2, (r) => r.full.phasesSeconds.bundle),
  figure('render', 's', 0.1, (r) => r.full.phasesSeconds.renderPages),
  figure('search index', 's', 0.1, (r) => r.full.phasesSeconds.searchIndexAndSitemap),
  figure('rebuild, article edit', 's', 0.05, (r) => r.rebuildAfterOneEditSeconds),
  figure('rebuild, profile edit', 's', 0.05, (r) => r.rebuildAfterProfileEditSeconds),
  figure('dev start', 's', 0.15, (r) => r.dev?.startSeconds),
  figure('dev edit, article', 'ms', 0.2, (r) => r.dev?.edits[0]?.ms),
  figure('dev edit, profile', 'ms', 0.2, (r) => r.dev?.edits[1]?.ms),
  figure('dist', 'MB', 0.01, (r) => r.output.distMb),
  figure('index', 'MB', 0.01, (r) => r.output.searchIndexMb),
  figure('median page', 'KB', 0.01, (r) => r.output.medianPageKb),
  figure('largest page', 'KB', 0.01, (r) => r.output.largestPage.kb),
  figure('article gz', 'KB', 0.01, (r) => r.output.articlePageGzipKb),
  figure('1st query', 'KB', 0.01, (r) => r.search?.firstQueryKb),
  figure('1st query', 'ms', 0.25, (r) => r.search?.firstQueryMs),
  figure('1st phrase query', 'KB', 0.01, (r) => r.search?.phraseQuery.kb),
  figure('1st misspelt query', 'KB', 0.01, (r) => r.search?.misspeltQuery.kb),
  figure('1st query, gzip', 'KB', 0.01, (r) => r.search?.firstQueryGzipKb),
  figure('1st phrase query, gzip', 'KB', 0.01, (r) => r.search?.phraseQuery.gzipKb),
  figure('1st misspelt query, gzip', 'KB', 0.01, (r) => r.search?.misspeltQuery.gzipKb),
  figure('largest name shard gz', 'KB', 0.01, (r) => r.search?.largestNameShardGzipKb),
  figure('warm query', 'ms', 0.25, (r) => r.search?.warmMedianMs),
  figure('briefing PDF', 's', 0.25, (r) => r.full.phasesSeconds.pdf),
  figure('bare + Pagefind', 's', 0.05, (r) => r.bare?.totalSeconds),
];

/** A figure as the table shows it: one decimal for fractions, "–" when not measured. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10) / 10);
}

/** The column heading of a figure: "full build s". */
export function heading(figure: Figure): string {
  return figure.unit ? `${figure.name} ${figure.unit}` : figure.name;
}

/** The verdict on one figure between a recorded run and this one. */
export type Verdict = 'better' | 'worse' | 'same' | 'changed' | 'new' | 'gone' | 'not measured';

/** One row of a comparison. */
export interface Comparison {
  articles: number;
  figure: string;
  recorded: number | undefined;
  now: number | undefined;
  /** Relative change from the recorded value, e.g. -0.12 for 12% less. */
  change: number | undefined;
  verdict: Verdict;
}

const measured = (value: number | null | undefined): value is number =>
  value !== null && value !== undefined && !Number.isNaN(value);

/** Better, worse or the same (within the figure's noise) for one figure. */
export function judge(figure: Figure, recorded: number | null | undefined, now: number | null | undefined): Verdict {
  if (!measured(recorded) && !measured(now)) return 'not measured';
  if (!measured(recorded)) return 'new';
  if (!measured(now)) return 'gone';
  const change = recorded === 0 ? (now === 0 ? 0 : Infinity) : (now - recorded) / Math.abs(recorded);
  if (Math.abs(change) <= figure.noise) return 'same';
  if (figure.better === 'none') return 'changed';
  return change < 0 === (figure.better === 'lower') ? 'better' : 'worse';
}

/** Every figure of every size both files measured, recorded against now. */
export function compareRuns(recorded: readonly BenchRun[], now: readonly BenchRun[]): Comparison[] {
  const rows: Comparison[] = [];
  for (const run of now) {
    const before = recorded.find((r) => r.articles === run.articles);
    if (!before) continue;
    for (const f of FIGURES) {
      const [a, b] = [f.value(before), f.value(run)];
      const verdict = judge(f, a, b);
      if (verdict === 'not measured') continue;
      rows.push({
        articles: run.articles,
        figure: heading(f),
        recorded: measured(a) ? a : undefined,
        now: measured(b) ? b : undefined,
        change: measured(a) && measured(b) && a !== 0 ? (b - a) / Math.abs(a) : undefined,
        verdict,
      });
    }
  }
  return rows;
}

/** A markdown table row. */
export const tableRow = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** The comparison as a markdown table, one row per figure, with a line counting the verdicts. */
export function formatComparison(rows: readonly Comparison[]): string {
  const percent = (change: number | undefined) =>
    change === undefined ? '' : `${change > 0 ? '+' : ''}${Math.round(change * 1000) / 10}%`;
  const lines = [
    tableRow(['articles', 'figure', 'recorded', 'now', 'change', 'verdict']),
    tableRow(Array<string>(6).fill('---')),
    ...rows.map((r) =>
      tableRow([
        String(r.articles),
        r.figure,
        formatValue(r.recorded),
        formatValue(r.now),
        percent(r.change),
        r.verdict,
      ]),
    ),
  ];
  const count = (verdict: Verdict) => rows.filter((r) => r.verdict === verdict).length;
  lines.push('', `${count('better')} better, ${count('worse')} worse, ${count('same')} the same within noise.`);
  return lines.join('\n');
}

/** Every run as a markdown table, one row per size, one column per figure. */
export function formatRuns(runs: readonly BenchRun[]): string {
  const columns = FIGURES.filter((f) => runs.some((r) => measured(f.value(r))));
  return [
    tableRow(['articles', ...columns.map(heading), 'largest page is']),
    tableRow(Array<string>(columns.length + 2).fill('---')),
    ...runs.map((r) =>
      tableRow([String(r.articles), ...columns.map((f) => formatValue(f.value(r))), r.output.largestPage.path]),
    ),
  ].join('\n');
}

/**
 * Reads a results file: this format, or the bare array of runs the benchmark
 * wrote before it recorded the machine (with the bare build under `baseline`).
 */
export function parseBenchFile(text: string): BenchFile {
  const json = JSON.parse(text) as unknown;
  if (Array.isArray(json)) {
    return {
      recordedAt: '',
      commit: '',
      command: '',
      machine: { cpus: 0, memoryGb: 0, node: '', astro: '', pagefind: '' },
      runs: json.map(({ baseline, ...run }: BenchRun & { baseline?: BenchRun['bare'] }) => ({
        ...run,
        bare: run.bare ?? baseline,
      })),
    };
  }
  return json as BenchFile;
}

/** The recorded runs with this run's sizes replaced: what `--record` writes as the new baseline. */
export function recordInto(baseline: BenchFile | undefined, current: BenchFile): BenchFile {
  const sizes = new Set(current.runs.map((r) => r.articles));
  const kept = (baseline?.runs ?? []).filter((r) => !sizes.has(r.articles));
  return { ...current, runs: [...kept, ...current.runs].sort((a, b) => a.articles - b.articles) };
}
