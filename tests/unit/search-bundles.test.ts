import { describe, expect, it } from 'vitest';
import { bundleList, planBundles, PROFILES_PER_ARTICLE, stableHash } from '../../src/build/search-bundles';

const articles = (n: number) =>
  Array.from({ length: n }, (_, i) => `articles/article-${String(i).padStart(5, '0')}/index.html`);
const people = (n: number) => Array.from({ length: n }, (_, i) => `people/person-${i}/index.html`);
const record = { url: '/quotes/#quote-a', content: 'A quote.', language: 'en' };

describe('search bundles', () => {
  it('are profiles with the quotes and claims first, in pagefind/ itself, then the articles', () => {
    const plan = planBundles([...articles(3), ...people(2)], [record]);
    expect(plan.map((b) => [b.name, b.folder, b.pages.length, b.records.length])).toEqual([
      ['profiles-1', '', 2, 1],
      ['articles-1', 'articles-1/', 3, 0],
    ]);
    expect(bundleList(plan, 1.5)).toEqual({ merge: [{ folder: 'articles-1/', weight: 1.5 }] });
  });

  it('hold at most about the pages asked for (more profiles, which cost less), every page in exactly one', () => {
    const pages = [...articles(1000), ...people(300 * PROFILES_PER_ARTICLE + 1)];
    const plan = planBundles(pages, [], 300);
    expect(plan.map((b) => b.name)).toEqual([
      'profiles-1',
      'profiles-2',
      'articles-1',
      'articles-2',
      'articles-3',
      'articles-4',
    ]);
    expect(plan.flatMap((b) => b.pages).sort()).toEqual([...pages].sort());
    for (const bundle of plan.slice(2)) expect(bundle.pages.length).toBeGreaterThan(200);
    for (const bundle of plan.slice(2)) expect(bundle.pages.length).toBeLessThan(300);
    expect(plan[1]!.folder).toBe('profiles-2/');
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
