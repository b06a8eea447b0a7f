import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureContent } from '../support/build';
import { filesUnder } from '../support/site-checks';

/** Every file under `dir` by its path, with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

describe('a failed build leaves the last good site as it was', () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-last-good-'));
  const outDir = join(work, 'dist');
  let good: Record<string, string>;

  beforeAll(() => {
    const result = buildSite({ contentDir: fixtureContent(), outDir });
    expect(result.status, result.output).toBe(0);
    good = snapshot(outDir);
  });

  it.each([
    ['a cross-file error found while pages render', { contentDir: fixtureContent('missing-entity') }],
    ['a file the content loader refuses', { contentDir: fixtureContent('code-in-summary') }],
    ['a stray folder in content/', { contentDir: fixtureContent('unknown-folder') }],
    ['a wrong build setting', { contentDir: fixtureContent(), env: { DOSSIER_SITE: 'javascript:alert(1)//' } }],
  ])('after %s', (_name, options) => {
    const result = buildSite({ ...options, outDir });
    expect(result.status, result.output).toBe(1);
    expect(snapshot(outDir)).toEqual(good);
    // Nothing half-built is left beside it, for a deploy step to pick up.
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('holds a whole site: no server chunks, no build paths', () => {
    expect(good).toHaveProperty(['index.html']);
    expect(Object.keys(good).filter((path) => path.startsWith('.prerender'))).toEqual([]);
    const leaks = Object.keys(good).filter(
      (path) =>
        /\.(html|json|xml|js|css)$/.test(path) && readFileSync(join(outDir, path), 'utf8').includes(dirname(work)),
    );
    expect(leaks).toEqual([]);
  });

  it('is replaced whole by the next good build', () => {
    const content = fixtureContent();
    const path = join(content, 'topics/diplomacy.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Diplomacy', 'Statecraft'));
    const result = buildSite({ contentDir: content, outDir });
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(join(outDir, 'topics/diplomacy/index.html'), 'utf8')).toContain('Statecraft');
    expect(readdirSync(work)).toEqual(['dist']);
  });
});

describe('a broken registry never builds from the last good store', () => {
  // The content store of a good build, which Astro would otherwise keep serving.
  const goodCache = join(mkdtempSync(join(tmpdir(), 'dossier-cache-')), 'cache');
  beforeAll(() => {
    const result = buildSite({ contentDir: fixtureContent(), cacheDir: goodCache });
    expect(result.status, result.output).toBe(0);
  });

  const breakages: Array<[string, (file: string) => void, RegExp]> = [
    [
      'an unclosed quote',
      (file) => writeFileSync(file, readFileSync(file, 'utf8').replace(/: (\S.*)\n/, ': "$1\n')),
      /:2:\d+ this quoted value is never closed/,
    ],
    [
      'a duplicate id',
      (file) => writeFileSync(file, `${readFileSync(file, 'utf8')}\n${readFileSync(file, 'utf8')}`),
      /:\d+:1 the id "[a-z-]+" is used twice \(first on line 1\)/,
    ],
    ['the file deleted', (file) => rmSync(file), / is missing\. Every dossier has one/],
  ];
  for (const registry of ['quotes.yaml', 'claims.yaml']) {
    for (const [what, breakIt, message] of breakages) {
      it(`${registry}: ${what}`, () => {
        const cacheDir = join(mkdtempSync(join(tmpdir(), 'dossier-cache-')), 'cache');
        cpSync(goodCache, cacheDir, { recursive: true });
        const content = fixtureContent();
        breakIt(join(content, registry));
        const result = buildSite({ contentDir: content, cacheDir });
        expect(result.status, result.output).toBe(1);
        expect(result.output).toMatch(new RegExp(`content/${registry.replace('.', '\\.')}${message.source}`));
      });
    }
  }
});

describe('a byte order mark and CRLF line ends change nothing', () => {
  it('builds the same site, byte for byte, from BOM and CRLF files, with a cold cache and a warm one', () => {
    const plain = buildSite({ contentDir: fixtureContent() });
    expect(plain.status, plain.output).toBe(0);

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
