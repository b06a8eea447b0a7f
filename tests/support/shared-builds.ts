import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { writeSyntheticDossier } from '../../src/tools/cli/bench-generate';
import { buildSite, fixtureContent, type BuildResult } from './build';

/**
 * Builds that several test files read, made once per run: the first file that asks builds it into the run's shared
 * folder (tests/support/global-setup.ts makes one per run) and the files after it read the same `dist/`. Files of
 * the "site" project run one at a time, so no two ask at once. Read a shared build, never write into it: copy it
 * first (`cpSync(dist, mine, { recursive: true })`) to change it.
 */

/** The sub-path the deploy tests build for. */
export const SUBPATH = '/dossier/';

/** A finished shared build: its `dist/`, the cache it was built with, what it printed. */
export interface SharedBuild extends BuildResult {
  /** The cache folder of the build: copy it to rebuild warm. */
  cacheDir: string;
}

function sharedBuild(
  name: string,
  options: { base?: string; content?: (dir: string) => void; env?: Record<string, string> } = {},
): SharedBuild {
  const dir = join(inject('sharedBuildsDir'), name);
  const record = join(dir, 'build.json');
  if (!existsSync(record)) {
    mkdirSync(dir, { recursive: true });
    let contentDir: string | undefined;
    if (options.content) {
      contentDir = join(dir, 'content');
      options.content(contentDir);
    }
    const cacheDir = join(dir, 'cache');
    const result = buildSite({
      outDir: join(dir, 'dist'),
      cacheDir,
      ...(contentDir ? { contentDir } : {}),
      ...(options.base ? { base: options.base } : {}),
      ...(options.env ? { env: options.env } : {}),
    });
    writeFileSync(record, JSON.stringify({ ...result, cacheDir }));
  }
  const build = JSON.parse(readFileSync(record, 'utf8')) as SharedBuild;
  if (build.status !== 0) throw new Error(`The shared build "${name}" failed:\n${build.output.slice(-5000)}`);
  return build;
}

/** The real dossier (content/), built at the site root. */
export const realDossier = (): SharedBuild => sharedBuild('real-dossier');

/** The real dossier built for a deploy under {@link SUBPATH}. */
export const realDossierUnderSubpath = (): SharedBuild => sharedBuild('real-dossier-subpath', { base: SUBPATH });

/**
 * The real dossier with its book cut into parts of about 250 KB (DOSSIER_BOOK_PART_KB), as a dossier some times its
 * size has it: a front page and four parts.
 */
export const realDossierBookInParts = (): SharedBuild =>
  sharedBuild('real-dossier-book-in-parts', { env: { DOSSIER_BOOK_PART_KB: '250' } });

/** The minimal fixture dossier (tests/fixtures/minimal/), the one every content error case breaks. */
export const minimalDossier = (): SharedBuild =>
  sharedBuild('minimal', { content: (dir) => fixtureContent(undefined, dir) });

/**
 * A dense synthetic dossier of 1,100 articles (a quote and a claim every other article): every list of the site is
 * long enough to continue on numbered pages, and its busiest profiles are the hardest to fit on one page.
 */
export const denseSyntheticDossier = (): SharedBuild =>
  sharedBuild('dense-synthetic', {
    content: (dir) => writeSyntheticDossier(1100, dir, 'paged', { quoteEvery: 2, claimEvery: 2 }),
  });
