import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { ROOT } from './paths';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * The environment of a build a test runs: this process's, as a user's shell would give `npm run build`, without the
 * variables Vitest sets for its own modules. Vitest writes `import.meta.env` into `process.env` (BASE_URL=/, MODE,
 * DEV, PROD, SSR), and Astro's server code reads `import.meta.env` from `process.env` at render time, so a build
 * under /dossier/ started from a test would write links under / .
 */
function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'])
    delete clean[key];
  if (clean.NODE_ENV === 'test') delete clean.NODE_ENV;
  return { ...clean, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env };
}

/**
 * Runs the project's `astro` with `args` in `cwd` in a child process, telemetry and colours off, `env` added to
 * this process's environment; returns its exit status and its stdout and stderr without terminal colours.
 */
export function runAstro(
  cwd: string,
  args: string[],
  env: Record<string, string>,
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [ASTRO, ...args], {
    cwd,
    encoding: 'utf8',
    env: buildEnv(env),
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

/** {@link runAstro} without blocking: for runs in separate project copies that may overlap (one per core). */
export function runAstroInBackground(
  cwd: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, ...args], { cwd, env: buildEnv(env) });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    // eslint-disable-next-line no-control-regex
    child.on('close', (status) => resolve({ status, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}

/** The outcome of one `astro build`. */
export interface BuildResult {
  status: number | null;
  /** stdout and stderr, without terminal colours. */
  output: string;
  outDir: string;
}

/**
 * Runs a real `astro build` of the project in a child process, optionally over
 * another content folder, into a fresh temporary output folder unless `outDir`
 * names one (with a fresh cache unless `cacheDir` says which one to reuse).
 * `env` adds or overrides environment variables (DOSSIER_SITE …).
 */
export function buildSite(
  options: {
    contentDir?: string;
    base?: string;
    cacheDir?: string;
    outDir?: string;
    env?: Record<string, string>;
  } = {},
): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'dossier-build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  const { status, output } = runAstro(ROOT, ['build'], {
    DOSSIER_OUT_DIR: outDir,
    DOSSIER_CACHE_DIR: options.cacheDir ?? join(work, 'cache'),
    ...(options.contentDir ? { DOSSIER_CONTENT_DIR: options.contentDir } : {}),
    ...(options.base ? { DOSSIER_BASE: options.base } : {}),
    ...options.env,
  });
  return { status, output, outDir };
}

/**
 * Copies the minimal valid fixture dossier into `dir` (a fresh temporary folder unless given) and lays a case's own
 * files over it (tests/fixtures/errors/<case>/, when there is one), so each error case is a tiny folder holding only
 * what it breaks. Returns the content folder.
 */
export function fixtureContent(
  errorCase?: string,
  dir = join(mkdtempSync(join(tmpdir(), 'dossier-content-')), 'content'),
): string {
  cpSync(join(ROOT, 'tests/fixtures/minimal/content'), dir, { recursive: true });
  const overlay = errorCase && join(ROOT, 'tests/fixtures/errors', errorCase);
  if (overlay && existsSync(overlay)) cpSync(overlay, dir, { recursive: true });
  return dir;
}

/** Reads and parses one built page, e.g. `people/gustavo-petro/index.html`. */
export function readPage(outDir: string, path: string): Root {
  return fromHtml(readFileSync(join(outDir, path), 'utf8'));
}
