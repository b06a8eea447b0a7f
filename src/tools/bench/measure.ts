import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { PDFDocument } from 'pdf-lib';
import { printBook } from '../book-pdf';
import { printPage } from '../briefing-pdf';
import { hasChromium, launchChromium } from '../chromium';
import { PAGES_PER_ANSWER, PHRASE_PAGES } from '../../site/scripts/search-query';
import { openIndexScript } from './search-eval';
import { serveSite } from '../static-server';
import { parseBuildTimings, type BuildPhases } from './build-timings';

const ROOT = resolve('.');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** One build, measured. */
export interface BuildMeasure {
  wallSeconds: number;
  cpuSeconds: number;
  /** Peak resident memory of the largest process of the build (GNU time's %M), in MB. */
  peakRssMb: number;
  /**
   * Peak resident memory of the build's processes together (Astro and the Pagefind service it starts), sampled
   * every 100 ms from /proc, in MB: what the machine must have. NaN where /proc is missing.
   */
  peakTreeRssMb: number;
  /** Seconds per phase, from the report of `astro build --timings` (see {@link parseBuildTimings}). */
  phases: BuildPhases;
  ok: boolean;
  log: string;
}

/** Every file under `dir` with its size. */
function files(dir: string): Array<{ path: string; size: number }> {
  const out: Array<{ path: string; size: number }> = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else out.push({ path: relative(dir, p), size: s.size });
    }
  };
  walk(dir);
  return out;
}

/** Resident memory of `root` and every process below it, in bytes (Linux /proc; NaN elsewhere). */
export function treeRss(root: number): number {
  if (!existsSync('/proc/self/stat')) return NaN;
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const [pid, ppid] = [Number(name), Number(fields[1])];
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      // Field 24 (rss) in pages.
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // The process ended while it was read.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs `astro build` (of this project, or of `cwd`) in a child process under
 * GNU time, with the given environment, and returns its measures.
 */
export async function measureBuild(env: Record<string, string>, cwd = ROOT): Promise<BuildMeasure> {
  mkdirSync(env.DOSSIER_CACHE_DIR ?? '/tmp', { recursive: true });
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'TIME %e %U %S %M'] : [];
  const command = [...time, process.execPath, ASTRO, 'build', '--timings'];
  const child = spawn(command[0]!, command.slice(1), {
    cwd,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => chunks.push(d));
  child.stderr.on('data', (d: Buffer) => chunks.push(d));
  let peakTree = 0;
  const sampler = setInterval(() => (peakTree = Math.max(peakTree, treeRss(child.pid!))), 100);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const log = Buffer.concat(chunks).toString('utf8');
  // Kept beside the cache, to read what a measured build said.
  writeFileSync(join(env.DOSSIER_CACHE_DIR ?? '/tmp', `build-${Date.now()}.log`), log);
  const timeLine = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(log);
  return {
    wallSeconds: Number(timeLine?.[1] ?? NaN),
    cpuSeconds: Math.round((Number(timeLine?.[2] ?? NaN) + Number(timeLine?.[3] ?? NaN)) * 100) / 100,
    peakRssMb: Math.round(Number(timeLine?.[4] ?? NaN) / 1024),
    peakTreeRssMb: existsSync('/proc/self/stat') ? Math.round(peakTree / 2 ** 20) : NaN,
    phases: parseBuildTimings(log),
    ok: status === 0,
    log,
  };
}

/** Sizes of a built site: pages, total, search index, median and largest page, gzipped article page with its CSS. */
export function measureOutput(dist: string) {
  const all = files(dist);
  const pages = all.filter((f) => f.path.endsWith('.html'));
  const sizes = pages.map((p) => p.size).sort((a, b) => a - b);
  const largest = pages.reduce((a, b) => (b.size > a.size ? b : a), pages[0]!);
  const article = pages.find((p) => /^articles\/[^/]+\/index\.html$/.test(p.path) && !p.path.includes('/page/'))!;
  const html = readFileSync(join(dist, article.path), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
    readFileSync(join(dist, m[1]!.replace(/^\/[^_]*?(_astro\/)/, '$1'))),
  );
  const jsFor = (path: string) => {
    const page = readFileSync(join(dist, path), 'utf8');
    const external = [...page.matchAll(/<script type="module" src="([^"]+)"/g)].reduce(
      (sum, m) =>
        sum +
        (existsSync(join(dist, m[1]!.replace(/^.*?(_astro\/)/, '$1')))
          ? statSync(join(dist, m[1]!.replace(/^.*?(_astro\/)/, '$1'))).size
          : 0),
      0,
    );
    const inline = [...page.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].reduce(
      (sum, m) => sum + m[1]!.length,
      0,
    );
    return external + inline;
  };
  const sample = (re: RegExp) => pages.find((p) => re.test(p.path))?.path;
  const jsPerPageType: Record<string, number> = {};
  for (const [type, re] of Object.entries({
    home: /^index\.html$/,
    article: /^articles\/article-[^/]+\/index\.html$/,
    profile: /^people\/[^/]+\/index\.html$/,
    search: /^search\/index\.html$/,
    graph: /^graph\/index\.html$/,
    briefing: /^briefing\/index\.html$/,
  })) {
    const path = sample(re);
    if (path) jsPerPageType[type] = jsFor(path);
  }
  return {
    pages: pages.length,
    distMb: Math.round(all.reduce((s, f) => s + f.size, 0) / 1e5) / 10,
    searchIndexMb:
      Math.round(all.filter((f) => f.path.startsWith('pagefind/')).reduce((s, f) => s + f.size, 0) / 1e5) / 10,
    medianPageKb: Math.round(sizes[Math.floor(sizes.length / 2)]! / 102.4) / 10,
    largestPage: { path: largest.path, kb: Math.round(largest.size / 102.4) / 10 },
    articlePageGzipKb: Math.round(gzipSync(Buffer.concat([Buffer.from(html), ...css])).length / 102.4) / 10,
    jsBytesPerPageType: jsPerPageType,
  };
}

/**
 * Search in Chromium: first queries as a reader makes them (the search page
 * opened with ?q= in a fresh browser context, until its results show; bytes of
 * the index and of the name list, by file type), for a name, for a phrase (two
 * searches: the exact phrase and its words) and for a misspelt name (which
 * also loads the name list); then the median time of new terms once the index
 * is warm, searched as the page searches them (search-query.ts: the exact
 * phrase first for several words, and the data of every page it re-ranks).
 */
export async function measureSearch(dist: string, queries: string[], phrase: string, misspelt: string) {
  if (!hasChromium()) return undefined;
  const browser = await launchChromium();
  const site = await serveSite(dist);
  try {
    const cold = async (query: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched: Array<{ url: string; bytes: number; gzipBytes: number }> = [];
      page.on('response', async (response) => {
        if (!/\/pagefind\/|\/search\/names\//.test(response.url())) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        // Pagefind's own files are gzipped already; a host gzips its script and the JSON files.
        const text = /\.(js|json|css)$/.test(new URL(response.url()).pathname);
        fetched.push({
          url: response.url(),
          bytes: body.length,
          gzipBytes: text ? gzipSync(body).length : body.length,
        });
      });
      await page.goto(site.url(`search/?q=${encodeURIComponent(query)}`));
      const ms = (await page
        .waitForFunction(() => document.querySelectorAll('#search-results li').length > 0 && performance.now(), null, {
          timeout: 120_000,
        })
        .then((handle) => handle.jsonValue())) as number;
      await page.waitForLoadState('networkidle');
      const byType: Record<string, number> = {};
      for (const { url, bytes } of fetched) {
        const type = /\.(pf_\w+|pagefind|js|css|json)$/.exec(new URL(url).pathname)?.[1] ?? 'other';
        byType[type] = Math.round(((byType[type] ?? 0) + bytes / 1024) * 10) / 10;
      }
      await context.close();
      const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
      return {
        ms: Math.round(ms),
        kb: kb(fetched.reduce((sum, f) => sum + f.bytes, 0)),
        gzipKb: kb(fetched.reduce((sum, f) => sum + f.gzipBytes, 0)),
        byType,
      };
    };
    const first = await cold(queries[0]!);
    const phraseQuery = await cold(phrase);
    const misspeltQuery = await cold(misspelt);
    // New terms once the index is warm, loading what the page loads: the data of the pages it ranks and, for
    // several words none of whose pages holds them as a phrase, the exact-phrase search's pages too.
    const page = await browser.newPage();
    await page.goto(site.url(''));
    await page.evaluate(openIndexScript(new URL(site.url('')).pathname, { noWorker: true }));
    const warm = (await page.evaluate(`(async (queries) => {
      const pagefind = window.__dossierSearch;
      const key = (text) => ' ' + text.normalize('NFD').replace(/\\p{M}+/gu, '').toLowerCase().replace(/[^\\p{L}\\p{N}]+/gu, ' ').trim() + ' ';
      const words = [];
      const phrases = [];
      for (const q of queries) {
        const t = performance.now();
        const found = await pagefind.search(q);
        const docs = await Promise.all(found.results.slice(0, ${PAGES_PER_ANSWER}).map((r) => r.data()));
        if (q.includes(' ') && !docs.some((d) => key(d.content || '').includes(key(q)))) {
          const exact = await pagefind.search('"' + q + '"');
          await Promise.all(exact.results.slice(0, ${PHRASE_PAGES}).map((r) => r.data()));
        }
        (q.includes(' ') ? phrases : words).push(performance.now() - t);
      }
      const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
      return [median(words), median(phrases)];
    })(${JSON.stringify(queries.slice(1))})`)) as [number, number];
    return {
      firstQueryMs: first.ms,
      firstQueryKb: first.kb,
      firstQueryGzipKb: first.gzipKb,
      firstQueryKbByType: first.byType,
      phraseQuery,
      misspeltQuery,
      ...nameShardSizes(dist),
      warmMedianMs: Math.round(warm[0]),
      warmPhraseMedianMs: Math.round(warm[1]),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** The name shards' sizes, gzipped as a host serves them: all of them, and the largest. */
function nameShardSizes(dist: string) {
  const folder = join(dist, 'search/names');
  const sizes = readdirSync(folder).map((file) => gzipSync(readFileSync(join(folder, file))).length);
  return {
    nameShardsGzipKb: Math.round(sizes.reduce((a, b) => a + b, 0) / 102.4) / 10,
    largestNameShardGzipKb: Math.round(Math.max(...sizes) / 102.4) / 10,
  };
}

/** Time to print the briefing to PDF (A4). */
export async function measurePdf(dist: string): Promise<number | undefined> {
  if (!hasChromium()) return undefined;
  const browser = await launchChromium();
  try {
    const start = performance.now();
    await printPage(browser, dist, 'briefing/', 'a4');
    return Math.round(performance.now() - start);
  } finally {
    await browser.close();
  }
}

/** The book (dossier.pdf) of a built site: how long Paged.js takes, how big the PDF is, how many pages. */
export interface BookMeasure {
  seconds: number;
  megabytes: number;
  pages: number;
}

/** Prints the built site's /book/ as `npm run pdf` does (undefined without Chromium); `out` keeps the PDF. */
export async function measureBook(dist: string, out?: string): Promise<BookMeasure | undefined> {
  if (!hasChromium()) return undefined;
  const start = performance.now();
  const pdf = await printBook(dist);
  const seconds = Math.round((performance.now() - start) / 100) / 10;
  if (out) writeFileSync(out, pdf);
  const pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
  return { seconds, megabytes: Math.round(pdf.length / 1024 / 102.4) / 10, pages };
}

/** Pagefind over a built site through its Node API, for the bare baseline; returns seconds. */
export async function indexWithPagefind(dist: string): Promise<number> {
  const start = performance.now();
  try {
    const { index } = await pagefind.createIndex({});
    await index!.addDirectory({ path: dist });
    await index!.writeFiles({ outputPath: join(dist, 'pagefind') });
  } finally {
    await pagefind.close();
  }
  return Math.round((performance.now() - start) / 100) / 10;
}

/**
 * A bare Astro project over the same content: the same articles and profiles
 * as plain MDX pages (Astro's default processor), no schemas, no cross-linking,
 * no link graph. Written to `dir` (inside the repository, to use its node_modules).
 */
export function writeBaselineProject(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(
    'astro.config.mjs',
    `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.DOSSIER_OUT_DIR, cacheDir: process.env.DOSSIER_CACHE_DIR, integrations: [mdx()] });\n`,
  );
  const kinds = ['articles', 'people', 'organizations', 'places', 'events', 'topics'];
  write(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nconst dir = process.env.DOSSIER_CONTENT_DIR;\n${kinds
      .map((k) => `const ${k} = defineCollection({ loader: glob({ pattern: '[!_]*.mdx', base: dir + '/${k}' }) });`)
      .join('\n')}\nexport const collections = { ${kinds.join(', ')} };\n`,
  );
  write('src/components/Cite.astro', `---\nconst { to } = Astro.props;\n---\n<sup>[{to}]</sup>\n`);
  write(
    'src/pages/[kind]/[id].astro',
    `---\nimport { getCollection, render } from 'astro:content';\nimport Cite from '../../components/Cite.astro';\nexport async function getStaticPaths() {\n  const kinds = ${JSON.stringify(kinds)};\n  const paths = [];\n  for (const kind of kinds) for (const entry of await getCollection(kind)) paths.push({ params: { kind, id: entry.id }, props: { entry } });\n  return paths;\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{Astro.props.entry.data.title ?? Astro.props.entry.data.name}</title></head><body><main><h1>{Astro.props.entry.data.title ?? Astro.props.entry.data.name}</h1><Content components={{ Cite }} /></main></body></html>\n`,
  );
}

/** How quickly `astro dev` shows an edit, per edited file, with its start-up and first-page times. */
export interface DevEditMeasure {
  /** From spawning `astro dev` to its first answered request, in seconds. */
  startSeconds: number;
  /** The first request of the first page (the dossier is loaded and checked then), in ms. */
  firstPageMs: number;
  /** Per edited file: ms from writing the edit until the page served shows it (`null`: never, within the wait). */
  edits: Array<{ file: string; page: string; ms: number | null }>;
}

/**
 * Starts `astro dev` on the dossier, loads each page once, then for each
 * `edit` appends a marker word to the file's first body paragraph and polls
 * the page until it shows the marker. The files are restored afterwards.
 */
export async function measureDevEdits(
  env: Record<string, string>,
  edits: Array<{ file: string; page: string }>,
  port = 4399,
): Promise<DevEditMeasure> {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const get = async (path: string) => {
    try {
      const response = await fetch(`${base}${path}`);
      return { status: response.status, text: await response.text() };
    } catch {
      return { status: 0, text: '' };
    }
  };
  const originals = new Map(edits.map(({ file }) => [file, readFileSync(file, 'utf8')]));
  try {
    const started = performance.now();
    while ((await get('/favicon.svg')).status === 0) {
      if (child.exitCode !== null || performance.now() - started > 600_000)
        throw new Error(`astro dev did not start:\n${log.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const startSeconds = (performance.now() - started) / 1000;
    const first = performance.now();
    const page = await get(edits[0]!.page);
    if (page.status !== 200)
      throw new Error(`astro dev answered ${page.status} for ${edits[0]!.page}:\n${log.slice(-3000)}`);
    const firstPageMs = performance.now() - first;
    for (const { page: path } of edits.slice(1)) await get(path);
    const results: DevEditMeasure['edits'] = [];
    for (const [index, { file, page: path }] of edits.entries()) {
      const marker = `benchedit${index}x${Date.now().toString(36)}`;
      const original = originals.get(file)!;
      // The first paragraph after the front matter gets the marker as its first word.
      const edited = original.replace(/(\n---\n+)(\S)/, `$1${marker} $2`);
      if (edited === original) throw new Error(`measureDevEdits: no body paragraph to edit in ${file}`);
      const at = performance.now();
      writeFileSync(file, edited);
      let ms: number | null = null;
      while (performance.now() - at < 60_000) {
        if ((await get(path)).text.includes(marker)) {
          ms = Math.round(performance.now() - at);
          break;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      results.push({ file: relative(ROOT, file), page: path, ms });
    }
    return { startSeconds: Math.round(startSeconds * 10) / 10, firstPageMs: Math.round(firstPageMs), edits: results };
  } finally {
    for (const [file, text] of originals) writeFileSync(file, text);
    // A server that already exited (it failed to start) sends no 'exit' again: waiting for one would hang.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
}
