import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureContent } from '../support/build';
import { ROOT } from '../support/paths';
import { filesUnder } from '../support/site-checks';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Starts `astro build` in the background; `done` resolves with its status and output. */
function startBuild(env: Record<string, string>) {
  const child = spawn(process.execPath, [ASTRO, 'build'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, output })),
  );
  return { child, done };
}

/** Waits until `ready()` holds, checking every 20 ms, for at most a minute. */
async function until(ready: () => boolean, what: string) {
  const start = Date.now();
  while (!ready()) {
    if (Date.now() - start > 60_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every file under `dir` by its path, with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

describe('two builds in one folder', () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-concurrent-'));
  const env = {
    DOSSIER_CONTENT_DIR: fixtureContent(),
    DOSSIER_OUT_DIR: join(work, 'dist'),
    DOSSIER_CACHE_DIR: join(work, 'cache'),
  };

  it('run one after the other: the second waits, naming the first, and both publish a whole site', async () => {
    const first = startBuild(env);
    await until(() => existsSync(join(work, 'cache', 'build.lock')), 'the first build to take its lock');
    const second = startBuild(env);
    const [a, b] = await Promise.all([first.done, second.done]);
    expect(a.status, a.output).toBe(0);
    expect(b.status, b.output).toBe(0);
    expect(b.output).toContain(`Another build is running: process ${first.child.pid} (astro build, in ${ROOT}`);
    expect(b.output).toContain('This build waits for it to finish, then starts');
    expect(`${a.output}${b.output}`).not.toMatch(/ERR_MODULE_NOT_FOUND|\n\s+at /);
    expect(existsSync(join(work, 'dist', 'index.html'))).toBe(true);
    // Nothing left beside the site: no staging folder, no lock.
    expect(readdirSync(work).sort()).toEqual(['cache', 'dist']);
    expect(existsSync(join(work, 'cache', 'build.lock'))).toBe(false);
  });

  it('killed with kill -9 half-way, leaves dist/ as it was; the next build cleans up after it', async () => {
    const good = snapshot(join(work, 'dist'));
    const killed = startBuild(env);
    // Half-way: the staging folder holds Astro's server chunks or pages.
    await until(
      () => existsSync(join(work, '.dist-staging')) && readdirSync(join(work, '.dist-staging')).length > 0,
      'the build to write into its staging folder',
    );
    killed.child.kill('SIGKILL');
    expect((await killed.done).signal).toBe('SIGKILL');
    expect(snapshot(join(work, 'dist'))).toEqual(good);
    expect(readdirSync(work)).toContain('.dist-staging');

    const next = buildSite({
      contentDir: env.DOSSIER_CONTENT_DIR,
      outDir: env.DOSSIER_OUT_DIR,
      cacheDir: env.DOSSIER_CACHE_DIR,
    });
    expect(next.status, next.output).toBe(0);
    expect(next.output).not.toContain('Another build is running');
    expect(readdirSync(work).sort()).toEqual(['cache', 'dist']);
    expect(snapshot(join(work, 'dist'))).toEqual(good);
  });
});
