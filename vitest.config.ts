import { defineConfig } from 'vitest/config';

/**
 * Two projects. "unit": pure functions and plugin fixtures, in parallel
 * (`npm run test:fast`). "site": tests that need `astro build` (the dossiers
 * several files read are built once per run, tests/support/shared-builds.ts,
 * plus tiny fixture builds) and browser tests against them; these run one file
 * at a time after the unit tests, as this is a 2-core machine and the builds
 * share the project's `.astro/` folder.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/plugins/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          // Tests a file marks concurrent (browser pages that wait on Chromium) run two at a time: one per core.
          maxConcurrency: 2,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
