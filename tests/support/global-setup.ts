import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder this run's shared builds are kept in (see tests/support/shared-builds.ts). */
    sharedBuildsDir: string;
  }
}

/**
 * The "site" project's global setup: a folder for this run's shared builds (the real dossier, the minimal fixture,
 * the dense synthetic dossier), each built by the first test file that asks for it and read by the others, and
 * removed when the run ends.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-test-builds-'));
  project.provide('sharedBuildsDir', dir);
  return () => {
    // DOSSIER_KEEP_TEST_BUILDS=1 keeps them, to look at what a test read.
    if (process.env.DOSSIER_KEEP_TEST_BUILDS) console.info(`The shared builds are kept in ${dir}.`);
    else rmSync(dir, { recursive: true, force: true });
  };
}
