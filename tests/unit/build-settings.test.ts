import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { readBookPartBytes, readPrerenderWorkers, readSearchBundlePages } from '../../src/build/deploy-settings';
import { poolSize } from '../../src/content/render/article-render-pool';

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

describe('DOSSIER_SEARCH_BUNDLE_PAGES', () => {
  it('is the default when unset, else a number of pages', () => {
    expect(readSearchBundlePages({})).toBeUndefined();
    expect(readSearchBundlePages({ DOSSIER_SEARCH_BUNDLE_PAGES: '5000' })).toBe(5000);
  });

  it.each(['lots', '50', '2.5'])('refuses %j', (value) => {
    expect(() => readSearchBundlePages({ DOSSIER_SEARCH_BUNDLE_PAGES: value })).toThrow(
      `DOSSIER_SEARCH_BUNDLE_PAGES=${JSON.stringify(value)} is not a number of pages of at least 100. For example: DOSSIER_SEARCH_BUNDLE_PAGES=5000`,
    );
  });
});

describe('DOSSIER_BOOK_PART_KB', () => {
  it('is the default when unset, else kilobytes of a part of the book', () => {
    expect(readBookPartBytes({})).toBeUndefined();
    expect(readBookPartBytes({ DOSSIER_BOOK_PART_KB: '250' })).toBe(250_000);
  });

  it.each(['big', '5', '2.5', ''])('refuses %j', (value) => {
    expect(() => readBookPartBytes({ DOSSIER_BOOK_PART_KB: value })).toThrow(
      `DOSSIER_BOOK_PART_KB=${JSON.stringify(value)} is not a whole number of kilobytes from 10 to 100000. For example: DOSSIER_BOOK_PART_KB=700`,
    );
  });
});

describe('DOSSIER_RENDER_THREADS', () => {
  it('is one thread per core, at most four, unless it says', () => {
    expect(poolSize({})).toBe(Math.min(4, availableParallelism()));
    expect(poolSize({ DOSSIER_RENDER_THREADS: '0' })).toBe(0);
    expect(poolSize({ DOSSIER_RENDER_THREADS: '3' })).toBe(3);
  });

  it('refuses what is not a count of threads', () => {
    expect(() => poolSize({ DOSSIER_RENDER_THREADS: 'many' })).toThrow(
      'DOSSIER_RENDER_THREADS="many" is not a number of threads from 0 to 64. For example: DOSSIER_RENDER_THREADS=2',
    );
  });
});
