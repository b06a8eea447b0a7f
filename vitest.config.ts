import { defineConfig } from 'vitest/config';

/**
 * Two projects: fast unit and plugin tests run in parallel; tests that run a
 * real `astro build` run one file at a time, because this is a 2-core machine
 * and the builds share the project's `.astro/` folder.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['tests/unit/**/*.test.ts', 'tests/plugins/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          sequence: { groupOrder: 1 },
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
