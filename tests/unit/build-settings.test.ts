import { describe, expect, it } from 'vitest';
import { readPrerenderWorkers } from '../../src/build/deploy-settings';

describe('DOSSIER_PRERENDER_WORKERS', () => {
  it.each([
    [undefined, { workers: 2 }],
    ['1', { workers: 1 }],
    ['4', { workers: 4 }],
    ['0', false],
  ] as const)('%s renders pages with %o', (value, expected) => {
    expect(readPrerenderWorkers({ DOSSIER_PRERENDER_WORKERS: value })).toEqual(expected);
  });

  it.each(['two', '-1', '1.5', ''])('refuses %j, naming the variable and an example', (value) => {
    expect(() => readPrerenderWorkers({ DOSSIER_PRERENDER_WORKERS: value })).toThrow(
      `DOSSIER_PRERENDER_WORKERS=${JSON.stringify(value)} is not a number of threads from 0 to 64. For example: DOSSIER_PRERENDER_WORKERS=2`,
    );
  });
});

