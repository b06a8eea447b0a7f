import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * Records when each build phase ends, for the benchmark: listed last among
 * the integrations, so its build:done runs after the search index is written.
 * Writes `{ phase: milliseconds since the config was ready }` to `file`.
 */
export default function timings(file: string): AstroIntegration {
  const start = performance.now();
  const marks: Record<string, number> = {};
  const mark = (name: string) => (marks[name] = Math.round(performance.now() - start));
  return {
    name: 'dossier:timings',
    hooks: {
      'astro:config:done': () => void mark('configDone'),
      'astro:build:start': () => void mark('buildStart'),
      'astro:build:setup': () => void mark('buildSetup'),
      'astro:build:generated': () => void mark('pagesGenerated'),
      'astro:build:done': () => {
        mark('buildDone');
        writeFileSync(file, JSON.stringify(marks));
      },
    },
  };
}
