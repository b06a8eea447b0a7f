import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLocks, cacheLockFile, outLockFile } from '../../src/build/build-lock';
import { articleCache } from '../../src/content/render/article-cache';
import {
  describeHolder,
  isAlive,
  processStartTicks,
  readHolder,
  releaseLock,
  tryLock,
  type LockHolder,
} from '../../src/shared/process-lock';

const folder = () => mkdtempSync(join(tmpdir(), 'dossier-lock-'));

/** Another live process: the one that started this test run. */
const parent = (): LockHolder => ({
  pid: process.ppid,
  startTicks: processStartTicks(process.ppid),
  command: 'astro build',
  cwd: '/srv/dossier',
  since: '2026-12-07T10:02:03.000Z',
});

/** A process that has ended. */
const ended = (): LockHolder => {
  const child = spawnSync('true');
  return { ...parent(), pid: child.pid! };
};

describe('a lock between processes', () => {
  it('is taken by the first process, and names it to the next', () => {
    const file = join(folder(), 'build.lock');
    expect(tryLock(file, parent())).toEqual({ acquired: true });
    const attempt = tryLock(file);
    expect(attempt).toEqual({ acquired: false, holder: parent() });
    expect(describeHolder(parent())).toBe(`process ${process.ppid} (astro build, in /srv/dossier, since 10:02:03 UTC)`);
  });

  it('is held again by the process that holds it (a config loaded twice)', () => {
    const file = join(folder(), 'build.lock');
    expect(tryLock(file).acquired).toBe(true);
    expect(tryLock(file).acquired).toBe(true);
    expect(readHolder(file)?.pid).toBe(process.pid);
  });

  it('left by a process that was killed, is taken over', () => {
    const file = join(folder(), 'build.lock');
    writeFileSync(file, JSON.stringify(ended()));
    expect(tryLock(file)).toEqual({ acquired: true });
    expect(readHolder(file)?.pid).toBe(process.pid);
    expect(existsSync(`${file}.takeover`)).toBe(false);
  });

  it('naming a process id that was reused by a later process, is taken over', () => {
    const file = join(folder(), 'build.lock');
    const recycled = { ...parent(), startTicks: (parent().startTicks ?? 0) + 12345 };
    expect(isAlive(parent())).toBe(true);
    expect(isAlive(recycled)).toBe(process.platform !== 'linux');
    writeFileSync(file, JSON.stringify(recycled));
    expect(tryLock(file).acquired).toBe(process.platform === 'linux');
  });

  it('cut short by a crash while it was written, is taken over once it is a few seconds old', () => {
    const file = join(folder(), 'build.lock');
    writeFileSync(file, '');
    expect(tryLock(file)).toEqual({ acquired: false, holder: undefined });
    const old = new Date(Date.now() - 10_000);
    utimesSync(file, old, old);
    expect(tryLock(file)).toEqual({ acquired: true });
  });

  it('is released only by its holder', () => {
    const file = join(folder(), 'build.lock');
    tryLock(file, parent());
    releaseLock(file);
    expect(existsSync(file)).toBe(true);
    releaseLock(file, parent());
    expect(existsSync(file)).toBe(false);
  });
});

describe('a build waiting for another', () => {
  it('says once whom it waits for, and starts when that build ends', async () => {
    const dir = folder();
    const [cache, out] = [cacheLockFile(join(dir, 'cache')), outLockFile(join(dir, 'dist'))];
    expect(out).toBe(join(dir, '.dist.lock'));
    tryLock(out, parent());
    const told: string[] = [];
    let done = false;
    const waiting = acquireLocks([cache, out], (file, holder) => told.push(`${file}: ${holder?.pid}`), 5).then(
      () => (done = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(done).toBe(false);
    // It holds the first lock while it waits for the second: a third build waits at the first.
    expect(readHolder(cache)?.pid).toBe(process.pid);
    releaseLock(out, parent());
    await waiting;
    expect(told).toEqual([`${out}: ${process.ppid}`]);
    expect(readHolder(out)?.pid).toBe(process.pid);
  });
});

describe('the article cache shared by two processes', () => {
  const facts = { paragraphs: ['One.'], mentions: [] };
  const usersOf = (cacheDir: string) => join(cacheDir, 'dossier-articles.users');

  it('is not pruned while another live process uses it (astro dev beside a build)', () => {
    const cacheDir = folder();
    const cache = articleCache(cacheDir);
    cache.register();
    cache.write('aaa', '<p>One.</p>', facts);
    cache.write('bbb', '<p>Two.</p>', facts);
    // The other process registered as its loader does, and uses "bbb", which this one no longer does.
    writeFileSync(join(usersOf(cacheDir), `${process.ppid}.json`), JSON.stringify(parent()));
    expect(cache.prune(new Set(['aaa']))).toBe(false);
    expect(cache.html('b', 'bbb')).toBe('<p>Two.</p>');
  });

  it('is pruned once the other process has ended, and forgets it', () => {
    const cacheDir = folder();
    const cache = articleCache(cacheDir);
    cache.register();
    cache.write('aaa', '<p>One.</p>', facts);
    cache.write('bbb', '<p>Two.</p>', facts);
    const gone = ended();
    writeFileSync(join(usersOf(cacheDir), `${gone.pid}.json`), JSON.stringify(gone));
    expect(cache.prune(new Set(['aaa']))).toBe(true);
    expect(cache.has('aaa')).toBe(true);
    expect(cache.has('bbb')).toBe(false);
    expect(existsSync(join(usersOf(cacheDir), `${gone.pid}.json`))).toBe(false);
    expect(JSON.parse(readFileSync(join(usersOf(cacheDir), `${process.pid}.json`), 'utf8')).pid).toBe(process.pid);
    rmSync(cacheDir, { recursive: true, force: true });
  });
});
