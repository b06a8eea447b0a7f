import { describe, expect, it } from 'vitest';
import { bundleList, planBundles, PROFILES_PER_ARTICLE, stableHash } from '../../src/build/search-bundles';

const articles = (n: number) =>
  Array.from({ length: n }, (_, i) => `articles/article-${String(i).padStart(5, '0')}/index.html`);
const people = (n: number) => Array.from({ length: n }, (_, i) => `people/person-${i}/index.html`);
const record = { url: '/quotes/#quote-a', content: 'A quote.', language: 'en' };

describe('search bundles', () => {
  it('are one bundle, in pagefind/ itself, while the dossier fits in one', () => {
    const plan = planBundles([...articles(3), ...people(2)], [record]);
    expect(plan.map((b) => [b.name, b.folder, b.pages.length, b.records.length])).toEqual([['bundle-1', '', 5, 1]]);
    expect(bundleList(plan)).toEqual({ merge: [] });
    expect(planBundles([], [])).toEqual([]);
  });

  it('hold at most about the articles asked for, and a fair share of the profiles, every page in exactly one', () => {
    const pages = [...articles(1000), ...people(300 * PROFILES_PER_ARTICLE + 1)];
    const plan = planBundles(pages, [record], 300);
    expect(plan.map((b) => b.name)).toEqual(['bundle-1', 'bundle-2', 'bundle-3', 'bundle-4']);
    expect(plan.map((b) => b.folder)).toEqual(['', 'bundle-2/', 'bundle-3/', 'bundle-4/']);
    expect(plan.flatMap((b) => b.pages).sort()).toEqual([...pages].sort());
    expect(plan.map((b) => b.records.length)).toEqual([1, 0, 0, 0]);
    // Each bundle a sample of the site: about a quarter of the articles and a quarter of the profiles, so a word
    // weighs the same in every bundle and merged results rank as in one index.
    for (const bundle of plan) {
      const inBundle = bundle.pages.filter((p) => p.startsWith('articles/')).length;
      expect(inBundle).toBeGreaterThan(200);
      expect(inBundle).toBeLessThan(300);
      expect(bundle.pages.length - inBundle).toBeGreaterThan(450);
    }
    expect(bundleList(plan).merge.map((b) => b.weight)).toEqual([1, 1, 1]);
  });

  it('keep each page in its bundle when others are added or removed', () => {
    const before = planBundles(articles(1000), [], 300);
    const after = planBundles([...articles(1000).slice(10), 'articles/new-one/index.html'], [], 300);
    const where = (plan: typeof before, page: string) => plan.find((b) => b.pages.includes(page))?.name;
    for (const page of articles(1000).slice(10)) expect(where(after, page)).toBe(where(before, page));
  });

  it('hash the same in every run', () => {
    expect(stableHash('articles/article-00001/index.html')).toBe(stableHash('articles/article-00001/index.html'));
    // SHA-256 of "a" begins ca978112.
    expect(stableHash('a')).toBe(0xca978112);
  });
});
