import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RecordedMention } from '../plugins/remark-entity-links';
import { processMemo } from '../../shared/process-memo';
import { isAlive, readHolder, releaseLock, thisProcess, tryLock } from '../../shared/process-lock';

/**
 * Astro's cache directory, as astro.config.mjs sets it. The article cache
 * lives in it so that a clean cache means a clean render.
 */
export const CACHE_DIR = resolve(process.env.DOSSIER_CACHE_DIR ?? './node_modules/.astro');

/** What the article pipeline records besides the HTML: the paragraphs' text and the entity mentions. */
export interface ArticleFacts {
  paragraphs: string[];
  mentions: RecordedMention[];
}

/** Facts already read in this process, by digest. */
const memory = processMemo<string, ArticleFacts>('article-facts');

/** Blocks this thread for `ms` without spinning. */
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Who uses the cache. `astro dev` and a build (or two builds with different
 * output folders) may share one cache folder, and each prunes the renderings
 * it does not use: one would delete the other's. So each process registers
 * before it relies on what is on disk, and a process prunes only when no
 * other live process is registered. Registering and pruning happen under one
 * short lock, so a process that registers either sees the cache before a
 * prune began or after it ended, never half-way.
 */
function cacheUsers(cacheDir: string) {
  const users = join(cacheDir, 'dossier-articles.users');
  const mutex = join(cacheDir, 'dossier-articles.lock');
  const me = thisProcess();
  const mine = join(users, `${me.pid}.json`);
  const locked = <T>(work: () => T): T => {
    while (!tryLock(mutex, me).acquired) sleep(20);
    try {
      return work();
    } finally {
      releaseLock(mutex, me);
    }
  };
  return {
    /** Registers this process (once; unregistered when it exits). */
    register() {
      if (existsSync(mine)) return;
      locked(() => {
        mkdirSync(users, { recursive: true });
        writeFileSync(mine, JSON.stringify(me));
      });
      process.once('exit', () => rmSync(mine, { force: true }));
    },
    /** Runs `prune` unless another live process uses the cache; forgets processes that ended. */
    pruneAlone(prune: () => void): boolean {
      return locked(() => {
        const others = existsSync(users) ? readdirSync(users).filter((name) => join(users, name) !== mine) : [];
        let shared = false;
        for (const name of others) {
          const holder = readHolder(join(users, name));
          if (holder && isAlive(holder)) shared = true;
          else rmSync(join(users, name), { force: true });
        }
        if (!shared) prune();
        return !shared;
      });
    },
  };
}

/**
 * Rendered articles on disk, addressed by the digest the article loader gives
 * each article (its text, plus every name and quote it is rendered against):
 * `<digest>.html` and `<digest>.json` (its {@link ArticleFacts}).
 *
 * Articles are kept out of Astro's content store on purpose: the store is one
 * JSON file that `astro dev` reloads whole after every edit, and at 10,000
 * articles their HTML and text made it 230 MB (an 18-second reload). The store
 * keeps each article's front matter and digest; pages read the rest from here.
 */
export function articleCache(cacheDir: string = CACHE_DIR) {
  const dir = join(cacheDir, 'dossier-articles');
  const file = (digest: string, extension: 'html' | 'json') => join(dir, `${digest}.${extension}`);
  const missing = (id: string, path: string) =>
    new Error(
      `The rendered text of article "${id}" is missing from the cache (${path}). ` +
        `The cache was cleaned while Astro's content store was kept: delete ${cacheDir} and build again.`,
    );
  const writeAtomically = (path: string, text: string) => {
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
  };
  const users = cacheUsers(cacheDir);
  return {
    dir,
    /** Registers this process as a user of the cache: call before relying on what is in it. */
    register: () => users.register(),
    has: (digest: string) => existsSync(file(digest, 'html')) && existsSync(file(digest, 'json')),
    write(digest: string, html: string, facts: ArticleFacts) {
      mkdirSync(dir, { recursive: true });
      writeAtomically(file(digest, 'html'), html);
      writeAtomically(file(digest, 'json'), JSON.stringify(facts));
      memory.set(digest, facts);
    },
    facts(id: string, digest: string): ArticleFacts {
      const known = memory.get(digest);
      if (known) return known;
      const path = file(digest, 'json');
      if (!existsSync(path)) throw missing(id, path);
      const facts = JSON.parse(readFileSync(path, 'utf8')) as ArticleFacts;
      memory.set(digest, facts);
      return facts;
    },
    html(id: string, digest: string): string {
      const path = file(digest, 'html');
      if (!existsSync(path)) throw missing(id, path);
      return readFileSync(path, 'utf8');
    },
    /**
     * Deletes the renderings of articles that no longer exist or have changed
     * since, unless another process uses the cache (then the next process to
     * use it alone prunes). False when it left them.
     */
    prune(keep: ReadonlySet<string>): boolean {
      for (const digest of memory.keys()) if (!keep.has(digest)) memory.delete(digest);
      if (!existsSync(dir)) return true;
      return users.pruneAlone(() => {
        for (const name of readdirSync(dir)) {
          if (!keep.has(name.replace(/\.(html|json)(\.tmp)?$/, ''))) rmSync(join(dir, name), { force: true });
        }
      });
    },
  };
}
