/**
 * `npm run bench -- --articles 1000,5000,10000`: for each size, generates the
 * synthetic dossier, builds it from clean with the full product and as a bare
 * Astro baseline, rebuilds after editing one article, times edits in `astro dev`, measures the output,
 * search in Chromium and the PDF, prints a table and writes bench/results.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
import { writeSyntheticDossier } from './bench-generate';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000,5000,10000' },
    out: { type: 'string', default: 'bench/results.json' },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-dev': { type: 'boolean', default: false },
  },
});
const sizes = values.articles.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 20)) {
  console.error('bench: --articles takes sizes of at least 20, e.g. --articles 1000,5000');
  process.exit(1);
}

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

const results: Array<Record<string, unknown>> = [];
for (const articles of sizes) {
  const work = resolve(`bench/run-${articles}`);
  const content = resolve(`bench/dossiers/${articles}/content`);
  console.log(`\n== ${articles} articles`);
  writeSyntheticDossier(articles, content);
  rmSync(work, { recursive: true, force: true });
  const env = (name: string) => ({
    DOSSIER_CONTENT_DIR: content,
    DOSSIER_OUT_DIR: join(work, name, 'dist'),
    DOSSIER_CACHE_DIR: join(work, name, 'cache'),
  });

  const full = measureBuild(env('full'));
  if (!full.ok) {
    console.error(full.log.slice(-4000));
    throw new Error(`the full build of ${articles} articles failed`);
  }
  console.log(`full build: ${full.wallSeconds} s, ${full.peakRssMb} MB`);

  // Rebuild after editing one article: same cache, one changed word.
  const edited = join(content, 'articles', 'article-00001.mdx');
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n\n(\S+)/, '\n\nEdited $1'));
  const rebuild = measureBuild({ ...env('full'), DOSSIER_OUT_DIR: join(work, 'rebuild', 'dist') });
  console.log(`rebuild after one edit: ${rebuild.wallSeconds} s`);

  // Edit latency in `astro dev`: an article, and the profile with the largest page (the most mentioned).
  const people = join(work, 'full', 'dist', 'people');
  const profile = readdirSync(people)
    .filter((id) => existsSync(join(people, id, 'index.html')) && id !== 'page')
    .map((id) => ({ id, size: statSync(join(people, id, 'index.html')).size }))
    .sort((a, b) => b.size - a.size || a.id.localeCompare(b.id))[0]!.id;
  const dev = values['skip-dev']
    ? undefined
    : await measureDevEdits(env('dev'), [
        { file: join(content, 'articles', 'article-00002.mdx'), page: '/articles/article-00002/' },
        { file: join(content, 'people', `${profile}.mdx`), page: `/people/${profile}/` },
      ]);
  if (dev)
    console.log(
      `astro dev: started in ${dev.startSeconds} s; edits shown in ${dev.edits.map((e) => e.ms).join(', ')} ms`,
    );

  const dist = join(work, 'full', 'dist');
  const output = measureOutput(dist);
  const search = await measureSearch(
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
  );
  const pdfMs = await measurePdf(dist);

  let baseline: Record<string, unknown> | undefined;
  if (!values['skip-baseline']) {
    const project = resolve('bench/baseline');
    writeBaselineProject(project);
    const bare = measureBuild(env('baseline'), project);
    if (!bare.ok) console.error(bare.log.slice(-3000));
    const pagefindSeconds = bare.ok ? await indexWithPagefind(join(work, 'baseline', 'dist')) : NaN;
    baseline = {
      wallSeconds: bare.wallSeconds,
      pagefindSeconds,
      totalSeconds: bare.wallSeconds + pagefindSeconds,
      peakRssMb: bare.peakRssMb,
    };
    console.log(`bare baseline: ${bare.wallSeconds} s + pagefind ${pagefindSeconds} s`);
  }

  const phases = full.phases;
  results.push({
    articles,
    full: {
      wallSeconds: full.wallSeconds,
      cpuSeconds: Math.round(full.cpuSeconds * 10) / 10,
      peakRssMb: full.peakRssMb,
      phasesSeconds: {
        contentSync: (phases.buildStart ?? NaN) / 1000,
        bundle: full.bundleSeconds,
        renderPages: ((phases.pagesGenerated ?? NaN) - (phases.buildSetup ?? NaN)) / 1000 - full.bundleSeconds,
        searchIndexAndSitemap: ((phases.buildDone ?? NaN) - (phases.pagesGenerated ?? NaN)) / 1000,
        pdf: pdfMs === undefined ? null : pdfMs / 1000,
      },
    },
    rebuildAfterOneEditSeconds: rebuild.wallSeconds,
    dev,
    output,
    search,
    baseline,
  });
}

mkdirSync(resolve(values.out, '..'), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);

const row = (cells: Array<string | number | undefined>) => `| ${cells.map((c) => c ?? '–').join(' | ')} |`;
console.log(
  [
    '',
    row([
      'articles',
      'pages',
      'full build s',
      'CPU s',
      'peak RSS MB',
      'sync s',
      'bundle s',
      'render s',
      'search index s',
      'PDF s',
      'rebuild s',
      'dev edit ms (article, profile)',
      'bare + pagefind s',
      'ratio',
      'dist MB',
      'index MB',
      'median page KB',
      'largest page KB',
      'article gz KB',
      'first query KB',
      'first query ms',
      'first phrase query KB',
      'first misspelt query KB',
      'largest name shard gz KB',
      'warm query ms',
    ]),
    row(Array(25).fill('---')),
    ...results.map((r) => {
      const full = r.full as {
        wallSeconds: number;
        cpuSeconds: number;
        peakRssMb: number;
        phasesSeconds: Record<string, number | null>;
      };
      const output = r.output as ReturnType<typeof measureOutput>;
      const search = r.search as
        | {
            firstQueryKb: number;
            firstQueryMs: number;
            warmMedianMs: number;
            phraseQuery: { kb: number };
            misspeltQuery: { kb: number };
            largestNameShardGzipKb: number;
          }
        | undefined;
      const baseline = r.baseline as { totalSeconds: number } | undefined;
      const p = full.phasesSeconds;
      const round = (n: number | null | undefined) =>
        n === null || n === undefined || Number.isNaN(n) ? undefined : Math.round(n * 10) / 10;
      return row([
        r.articles as number,
        output.pages,
        full.wallSeconds,
        full.cpuSeconds,
        full.peakRssMb,
        round(p.contentSync),
        round(p.bundle),
        round(p.renderPages),
        round(p.searchIndexAndSitemap),
        round(p.pdf),
        r.rebuildAfterOneEditSeconds as number,
        (r.dev as { edits: Array<{ ms: number | null }> } | undefined)?.edits.map((e) => e.ms ?? 'never').join(', '),
        round(baseline?.totalSeconds),
        baseline ? round(full.wallSeconds / baseline.totalSeconds) : undefined,
        output.distMb,
        output.searchIndexMb,
        output.medianPageKb,
        `${output.largestPage.kb} (${output.largestPage.path})`,
        output.articlePageGzipKb,
        search?.firstQueryKb,
        search?.firstQueryMs,
        search?.phraseQuery.kb,
        search?.misspeltQuery.kb,
        search?.largestNameShardGzipKb,
        search?.warmMedianMs,
      ]);
    }),
  ].join('\n'),
);
console.log(`\nbench: wrote ${values.out}`);
