import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What must be in a finished site before it replaces the last good one. */
const REQUIRED_FILES = ['index.html', '404.html'];

/** Where a build of `outDir` is written until it is known to be whole: a hidden sibling folder. */
export function stagingDir(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}-staging`);
}

/**
 * Reasons the staged site must not be published, or none. Astro removes its
 * server chunks (`.prerender/`, which hold absolute build paths) before its
 * build:done hook; a folder that still has them, or lacks a home page, is a
 * build that stopped half-way.
 */
export function unfinishedSite(dir: string): string[] {
  const problems: string[] = [];
  for (const file of REQUIRED_FILES) if (!existsSync(join(dir, file))) problems.push(`${file} is missing`);
  if (existsSync(join(dir, '.prerender'))) problems.push('.prerender/ (server chunks) was left in it');
  return problems;
}

/** Moves `staged` into `outDir`, replacing it; the old site is removed only once the new one is in place. */
export function swapInto(staged: string, outDir: string): void {
  const old = join(dirname(outDir), `.${basename(outDir)}-previous`);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staged, outDir);
  rmSync(old, { recursive: true, force: true });
}

/**
 * A failed build never touches the last good site. Astro empties its output
 * folder when a build starts and writes pages as it goes, so a build that
 * fails half-way (a content error found while pages render, a crash) would
 * leave a partial `dist/` for a deploy step to publish. This integration
 * points the build at a hidden staging folder beside `dist/` and, listed
 * last so that it runs after the search index and sitemap are written, moves
 * the finished site into place. A build that fails leaves `dist/` byte for
 * byte as it was and removes its staging folder on exit.
 */
export default function publish(): AstroIntegration {
  let outDir: string | undefined;
  let staged: string | undefined;
  let published = false;
  return {
    name: 'dossier:publish',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
        staged = stagingDir(outDir);
        rmSync(staged, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staged}/`) });
        process.on('exit', () => {
          if (!published && staged) rmSync(staged, { recursive: true, force: true });
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!outDir || !staged) return;
        const built = fileURLToPath(dir).replace(/\/$/, '');
        const problems = unfinishedSite(built);
        if (problems.length > 0) {
          throw new Error(
            `The built site is incomplete (${problems.join('; ')}), so ${outDir} was left as it was. This is a bug in the build: rerun with DOSSIER_DEBUG=1 and report the output.`,
          );
        }
        swapInto(built, outDir);
        published = true;
        logger.info(`Published ${readdirSync(outDir).length} entries to ${outDir}.`);
      },
    },
  };
}
