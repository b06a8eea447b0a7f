import type { TestProject } from 'vitest/node';
import { buildSite } from '../build/build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the real dossier built at the site root. */
    dossierDist: string;
    /** dist/ of the real dossier built for a sub-path deploy under {@link SUBPATH}. */
    dossierSubpathDist: string;
  }
}

/** The sub-path the deploy tests build for. */
export const SUBPATH = '/dossier/';

/**
 * Builds the real dossier once for every test file of the "site" project:
 * at the root, and under a sub-path. A failed build fails the run with its output.
 */
export default function setup(project: TestProject) {
  for (const [key, base] of [
    ['dossierDist', undefined],
    ['dossierSubpathDist', SUBPATH],
  ] as const) {
    const result = buildSite(base ? { base } : {});
    if (result.status !== 0) throw new Error(`astro build${base ? ` (base ${base})` : ''} failed:\n${result.output}`);
    project.provide(key, result.outDir);
  }
}
