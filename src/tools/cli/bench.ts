/**
 * `npm run bench -- --articles 1000,5000,10000`: for each size, generates the
 * synthetic dossier, builds it from clean with the full product (and, unless
 * --skip-bare, as a bare Astro baseline), rebuilds after editing one article
 * and after editing one profile, times `astro dev` (start, an article edit and
 * a profile edit shown), measures the output, search in Chromium and the PDF,
 * prints a table and writes bench/results.json. `--compare` says for each
 * figure whether it is better or worse than the committed baseline
 * (docs/performance-baseline.json); `--record` makes this run the baseline.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  indexWithPagefind,
  measureBuild,
  measureDevEdits,
  measureOutput,
  measurePdf,
  measureSearch,
  writeBaselineProject,
} from '../bench/measure';
import {
  compareRuns,
  formatComparison,
  formatRuns,
  parseBenchFile,
  recordInto,
  type BenchFile,
  type BenchRun,
} from '../bench/results';
import { writeSyntheticDossier } from './bench-generate';

const USAGE = `Usage: npm run bench -- [--articles 1000,10000] [options]

  --articles N,M     sizes to build (default 1000,5000,10000)
  --out FILE         where to write the results (default bench/results.json)
  --compare          compare each figure with the baseline: better, worse or the same
  --record           make this run the baseline for its sizes (commit the file)
  --baseline FILE    the baseline (default docs/performance-baseline.json)
  --compare-only F   compare the results file F with the baseline, without building
  --skip-bare        leave out the bare Astro + Pagefind build
  --skip-rebuild     leave out the two rebuilds
  --skip-dev         leave out astro dev
  --skip-search      leave out search and the PDF (no Chromium)`;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000,5000,10000' },
    out: { type: 'string', default: 'bench/results.json' },
    compare: { type: 'boolean', default: false },
    record: { type: 'boolean', default: false },
    baseline: { type: 'string', default: 'docs/performance-baseline.json' },
    'compare-only': { type: 'string' },
    'skip-bare': { type: 'boolean', default: false },
    'skip-rebuild': { type: 'boolean', default: false },
    'skip-dev': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = values.articles.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 20)) {
  console.error('bench: --articles takes sizes of at least 20, e.g. --articles 1000,5000');
  process.exit(1);
}

/** The baseline file, or undefined when there is none yet. */
function readBaseline(): BenchFile | undefined {
  return existsSync(values.baseline) ? parseBenchFile(readFileSync(values.baseline, 'utf8')) : undefined;
}

/** Prints how `current` compares with the baseline, size by size. */
function compareWithBaseline(current: BenchFile) {
  const baseline = readBaseline();
  if (!baseline) {
    console.log(`\nbench: no baseline at ${values.baseline} to compare with; make one with --record.`);
    return;
  }
  const rows = compareRuns(baseline.runs, current.runs);
  if (rows.length === 0) {
    console.log(
      `\nbench: the baseline has none of these sizes (it has ${baseline.runs.map((r) => r.articles).join(', ')}).`,
    );
    return;
  }
  const { machine } = baseline;
  const sameMachine = machine.cpus === current.machine.cpus && machine.memoryGb === current.machine.memoryGb;
  console.log(`\nAgainst the baseline (${values.baseline}, recorded ${baseline.recordedAt} at ${baseline.commit}):\n`);
  if (!sameMachine && machine.cpus > 0)
    console.log(
      `Careful: the baseline was measured on ${machine.cpus} cores and ${machine.memoryGb} GB, this run on ${current.machine.cpus} and ${current.machine.memoryGb} GB.\n`,
    );
  console.log(formatComparison(rows));
}

if (values['compare-only']) {
  compareWithBaseline(parseBenchFile(readFileSync(values['compare-only'], 'utf8')));
  process.exit(0);
}

/** The commit measured, marked when the work tree differs from it. */
function currentCommit(): string {
  try {
    const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return 'unknown';
  }
}

const version = (name: string) =>
  (JSON.parse(readFileSync(resolve(`node_modules/${name}/package.json`), 'utf8')) as { version: string }).version;

/** Four words of an article's second paragraph, as a reader would remember a phrase. */
function phraseOf(file: string): string {
  const body = readFileSync(file, 'utf8').split(/\n---\n/)[1] ?? '';
  const paragraph = body.split(/\n\n+/).filter((p) => p.trim())[1] ?? '';
  return paragraph
    .split(/\s+/)
    .slice(0, 4)
    .join(' ')
    .replace(/[^\p{L}\p{N}\s-]/gu, '');
}

/** The first person's surname with two letters swapped, as a reader might mistype it. */
function misspeltNameOf(folder: string): string {
  const first = readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    .sort()[0]!;
  const name = /^name: "?([^"\n]+)"?$/m.exec(readFileSync(join(folder, first), 'utf8'))![1]!;
  const surname = name.split(' ').at(-1)!;
  return `${surname.slice(0, 1)}${surname[2]}${surname[1]}${surname.slice(3)}`;
}

/** Puts `marker ` before the first word of the file's first body paragraph (after the front matter). */
function editFirstParagraph(file: string, marker: string) {
  const original = readFileSync(file, 'utf8');
  const edited = original.replace(/(\n---\n+)(\S)/, `$1${marker} $2`);
  if (edited === original) throw new Error(`bench: no body paragraph to edit in ${file}`);
  writeFileSync(file, edited);
}

/**
 * Runs one measurement; when it fails, says so, notes it for the run and
 * goes on with the others (undefined), so one failure does not lose a long run.
 */
async function attempt<T>(what: string, notes: string[], measure: () => Promise<T>): Promise<T | undefined> {
  try {
    return await measure();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`bench: ${what} failed: ${message.slice(0, 3000)}`);
    notes.push(`${what} failed: ${message.split('\n')[0]}`);
    return undefined;
  }
}

const commit = currentCommit();
const runs: BenchRun[] = [];
/** The results file as it stands: written after every size, so a failure later keeps what was measured. */
const resultsFile = (): BenchFile => ({
  recordedAt: new Date().toISOString(),
  commit,
  command: process.argv.slice(2).join(' '),
  machine: {
    cpus: availableParallelism(),
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
  },
  runs,
});
mkdirSync(resolve(values.out, '..'), { recursive: true });
for (const articles of sizes) {
  const work = resolve(`bench/run-${articles}`);
  const content = resolve(`bench/dossiers/${articles}/content`);
  console.log(`\n== ${articles} articles`);
  writeSyntheticDossier(articles, content);
  rmSync(work, { recursive: true, force: true });
  const notes: string[] = [];
  const env = (name: string) => ({
    DOSSIER_CONTENT_DIR: content,
    DOSSIER_OUT_DIR: join(work, name, 'dist'),
    DOSSIER_CACHE_DIR: join(work, name, 'cache'),
  });

  const full = await measureBuild(env('full'));
  if (!full.ok) {
    console.error(full.log.slice(-4000));
    throw new Error(`the full build of ${articles} articles failed`);
  }
  console.log(
    `full build: ${full.wallSeconds} s, ${full.cpuSeconds} s CPU, ${full.peakRssMb} MB (all processes ${full.peakTreeRssMb} MB)`,
  );
  const dist = join(work, 'full', 'dist');

  // The profile with the largest page (the most mentioned person): its edits cost the most.
  const people = join(dist, 'people');
  const profile = readdirSync(people)
    .filter((id) => existsSync(join(people, id, 'index.html')) && id !== 'page')
    .map((id) => ({ id, size: statSync(join(people, id, 'index.html')).size }))
    .sort((a, b) => b.size - a.size || a.id.localeCompare(b.id))[0]!.id;
  const profileFile = join(content, 'people', `${profile}.mdx`);

  // Rebuilds with the full build's cache (into other folders, so dist/ stays as measured): one changed word in an
  // article, then one in the profile's summary.
  let rebuildArticle: number | null = null;
  let rebuildProfile: number | null = null;
  if (!values['skip-rebuild']) {
    editFirstParagraph(join(content, 'articles', 'article-00001.mdx'), 'Edited');
    const rebuild = await measureBuild({ ...env('full'), DOSSIER_OUT_DIR: join(work, 'rebuild', 'dist') });
    if (!rebuild.ok) console.error(rebuild.log.slice(-3000));
    rebuildArticle = rebuild.ok ? rebuild.wallSeconds : null;
    console.log(`rebuild after one article edit: ${rebuildArticle} s`);
    editFirstParagraph(profileFile, 'Edited');
    const again = await measureBuild({ ...env('full'), DOSSIER_OUT_DIR: join(work, 'rebuild', 'dist') });
    if (!again.ok) console.error(again.log.slice(-3000));
    rebuildProfile = again.ok ? again.wallSeconds : null;
    console.log(`rebuild after one profile edit: ${rebuildProfile} s`);
  }

  // astro dev as a writer starts it, with the cache of the last build: an article edit, then the profile's.
  const dev = values['skip-dev']
    ? undefined
    : await attempt('astro dev', notes, () =>
        measureDevEdits({ ...env('full'), DOSSIER_OUT_DIR: join(work, 'dev', 'dist') }, [
          { file: join(content, 'articles', 'article-00002.mdx'), page: '/articles/article-00002/' },
          { file: profileFile, page: `/people/${profile}/` },
        ]),
      );
  if (dev)
    console.log(
      `astro dev: started in ${dev.startSeconds} s; edits shown in ${dev.edits.map((e) => e.ms).join(', ')} ms`,
    );

  const output = measureOutput(dist);
  const search = values['skip-search']
    ? undefined
    : await attempt('search', notes, () =>
        measureSearch(
          dist,
          [
            'named',
            'report',
            'summit',
            'agency',
            'question',
            'port',
            'named in the reports',
            'report summit',
            'customs energy',
          ],
          phraseOf(join(content, 'articles', 'article-00003.mdx')),
          misspeltNameOf(join(content, 'people')),
        ),
      );
  const pdfMs = values['skip-search'] ? undefined : await attempt('briefing PDF', notes, () => measurePdf(dist));

  let bare: BenchRun['bare'];
  if (!values['skip-bare']) {
    const project = resolve('bench/baseline');
    writeBaselineProject(project);
    const built = await measureBuild(env('bare'), project);
    if (!built.ok) console.error(built.log.slice(-3000));
    const pagefindSeconds = built.ok ? await indexWithPagefind(join(work, 'bare', 'dist')) : NaN;
    bare = {
      wallSeconds: built.wallSeconds,
      pagefindSeconds,
      totalSeconds: built.wallSeconds + pagefindSeconds,
      peakRssMb: built.peakRssMb,
    };
    console.log(`bare baseline: ${built.wallSeconds} s + pagefind ${pagefindSeconds} s`);
  }

  const phases = full.phases;
  const seconds = (n: number) => (Number.isNaN(n) ? null : Math.round(n * 10) / 10);
  runs.push({
    articles,
    measured: { at: new Date().toISOString(), commit },
    full: {
      wallSeconds: full.wallSeconds,
      cpuSeconds: Math.round(full.cpuSeconds * 10) / 10,
      peakRssMb: full.peakRssMb,
      peakTreeRssMb: full.peakTreeRssMb,
      phasesSeconds: {
        contentSync: seconds(phases.contentSync),
        bundle: seconds(phases.bundle),
        renderPages: seconds(phases.generatePages),
        searchIndexAndSitemap: seconds(phases.searchIndex),
        pdf: pdfMs === undefined ? null : pdfMs / 1000,
      },
    },
    rebuildAfterOneEditSeconds: rebuildArticle,
    rebuildAfterProfileEditSeconds: rebuildProfile,
    dev,
    output,
    search,
    bare,
    ...(notes.length > 0 ? { notes } : {}),
  });
  writeFileSync(values.out, `${JSON.stringify(resultsFile(), null, 2)}\n`);
}

const current = resultsFile();
console.log(`\n${formatRuns(runs)}`);
console.log(`\nbench: wrote ${values.out}`);
if (values.compare) compareWithBaseline(current);
if (values.record) {
  writeFileSync(values.baseline, `${JSON.stringify(recordInto(readBaseline(), current), null, 2)}\n`);
  console.log(`bench: recorded sizes ${sizes.join(', ')} as the baseline in ${values.baseline}; commit it.`);
}
