import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureContent } from '../support/build';
import { minimalDossier } from '../support/shared-builds';
import { snapshot } from '../support/site-checks';

/** A copy of the cache the minimal dossier was first built with, to rebuild warm. */
function warmCache(): string {
  const cacheDir = join(mkdtempSync(join(tmpdir(), 'dossier-cache-')), 'cache');
  cpSync(minimalDossier().cacheDir, cacheDir, { recursive: true });
  return cacheDir;
}

/**
 * Rebuilds with a kept cache: an article is rendered again only when its text,
 * or a name or quote it is rendered against, changed, and the page always
 * shows the current text.
 */
describe('rebuilding with a kept cache', () => {
  const content = fixtureContent();
  const cacheDir = warmCache();
  const article = join(content, 'articles/sample-article.mdx');
  const page = (outDir: string) => readFileSync(join(outDir, 'articles/sample-article/index.html'), 'utf8');
  const build = () => {
    const result = buildSite({ contentDir: content, cacheDir });
    expect(result.status, result.output.slice(-3000)).toBe(0);
    return result;
  };

  it('renders every article the first time and none when nothing changed', () => {
    // The first time: the minimal dossier's shared build, made with an empty cache.
    expect(minimalDossier().output).toContain('1 articles, 1 rendered');
    expect(build().output).toContain('1 articles, 0 rendered');
  });

  it('renders an edited article again, and its page shows the edit', () => {
    writeFileSync(article, readFileSync(article, 'utf8').replace('Perez said', 'Perez said calmly'));
    const result = build();
    expect(result.output).toContain('1 articles, 1 rendered');
    expect(page(result.outDir)).toMatch(/<a [^>]*>Perez<\/a> said calmly/);
  });

  it('renders articles again when a name they are linked by changes', () => {
    const person = join(content, 'people/ana-perez.mdx');
    writeFileSync(person, readFileSync(person, 'utf8').replace('aliases: [Perez,', 'aliases: ['));
    const result = build();
    expect(result.output).toContain('1 articles, 1 rendered');
    // "Perez" alone is no longer a name of Ana Pérez, so it is no longer linked.
    expect(page(result.outDir)).toContain('Perez said calmly');
  });

  it('takes an article from the cache, unrendered, when the content store does not know it (astro dev keeps its own)', () => {
    const before = page(build().outDir);
    rmSync(join(cacheDir, 'data-store.json'));
    const result = build();
    expect(result.output).toContain('1 articles, 0 rendered, 1 from the cache');
    expect(page(result.outDir)).toBe(before);
  });
});

describe('a byte order mark and CRLF line ends change nothing', () => {
  it('builds the same site, byte for byte, from BOM and CRLF files, with a cold cache and a warm one', () => {
    const plain = minimalDossier();
    const content = fixtureContent();
    const convert = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) convert(path);
        else writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8').replace(/\n/g, '\r\n')}`);
      }
    };
    convert(content);
    expect(readFileSync(join(content, 'people/ana-perez.mdx'), 'utf8')).toMatch(/^\uFEFF---\r\n/);

    const cacheDir = join(mkdtempSync(join(tmpdir(), 'dossier-cache-')), 'cache');
    for (const run of ['cold', 'warm']) {
      const edited = buildSite({ contentDir: content, cacheDir });
      expect(edited.status, `${run}: ${edited.output}`).toBe(0);
      expect(snapshot(edited.outDir), run).toEqual(snapshot(plain.outDir));
    }
    // What the equality protects: the article links the profile's name, which a BOM used to drop from the dictionary.
    expect(readFileSync(join(plain.outDir, 'articles/sample-article/index.html'), 'utf8')).toContain(
      'href="/people/ana-perez/"',
    );
  });
});
