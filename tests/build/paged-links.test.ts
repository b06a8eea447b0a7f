import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { denseSyntheticDossier } from '../support/shared-builds';
import { checkLinks, filesUnder } from '../support/site-checks';

/**
 * Every URL the site hands out (JSON-LD, dossier.json, the feeds) names a page that exists and, with a fragment,
 * an element on it: walks any JSON value and returns the ones that do not, with where they were found.
 */
function brokenUrls(dist: string, origin: string, value: unknown, where: string, pages: Map<string, string>): string[] {
  const broken: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string' && v.startsWith(`${origin}/`)) {
      const url = new URL(v);
      const file = decodeURIComponent(url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname);
      if (!existsSync(join(dist, file))) return void broken.push(`${where} ${path}: ${v} → no file ${file}`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment) return;
      if (!pages.has(file)) pages.set(file, readFileSync(join(dist, file), 'utf8'));
      if (!pages.get(file)!.includes(`id="${fragment}"`)) broken.push(`${where} ${path}: ${v} → no #${fragment}`);
    } else if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [key, item] of Object.entries(v)) walk(item, `${path}.${key}`);
  };
  walk(value, '$');
  return broken;
}

/**
 * A synthetic dossier dense enough that every list continues on numbered pages: the article and kind indexes,
 * the claim ledger, the timeline, the quote index (speakers only), and profiles' own lists.
 */
describe('a dossier whose every list is paged', () => {
  let dist: string;
  beforeAll(() => {
    dist = denseSyntheticDossier().outDir;
  });

  it('pages every list', () => {
    for (const page of [
      'articles/page/2/',
      'people/page/2/',
      'claims/page/2/',
      'timeline/page/2/',
      'assessment/sources/2/',
      'book/2/',
    ])
      expect(existsSync(join(dist, page, 'index.html')), page).toBe(true);
    const files = filesUnder(dist);
    for (const list of ['mentions', 'relations', 'quotes-by', 'claims-about'])
      expect(
        files.some((f) => f.endsWith(`/${list}/2/index.html`) || f.endsWith(`/${list}/1/index.html`)),
        list,
      ).toBe(true);
    // More quotes than the index lists inline: it names the speakers, each with a page of their own.
    // (A scoped component's elements carry an astro-<hash> class after their own.)
    expect(readFileSync(join(dist, 'quotes/index.html'), 'utf8')).not.toMatch(/class="quote-card[ "]/);
  });

  it('has no page of 1 MB or more: long lists and the book go on over pages of their own', () => {
    const sizes = filesUnder(dist)
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ file, size: statSync(join(dist, file)).size }))
      .filter(({ size }) => size >= 1_000_000);
    expect(sizes).toEqual([]);
  });

  it('has no broken link or fragment in any page', () => {
    const { broken, checked } = checkLinks(dist);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100_000);
  });

  it('hands out only URLs that resolve: dossier.json, the JSON feed and every page’s JSON-LD', () => {
    const json = JSON.parse(readFileSync(join(dist, 'dossier.json'), 'utf8')) as { url: string };
    const origin = new URL(json.url).origin;
    const pages = new Map<string, string>();
    const broken = [
      ...brokenUrls(dist, origin, json, 'dossier.json', pages),
      ...brokenUrls(dist, origin, JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')), 'feed.json', pages),
    ];
    let scripts = 0;
    for (const file of filesUnder(dist).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dist, file), 'utf8');
      for (const [, script] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        scripts++;
        broken.push(...brokenUrls(dist, origin, JSON.parse(script!), file, pages));
      }
    }
    expect(broken).toEqual([]);
    expect(scripts).toBeGreaterThan(1000);
  });
});
