import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotSchema } from '../../src/editions/snapshot';
import { main as recordEdition } from '../../src/tools/cli/edition';
import { buildSite, fixtureContent } from '../support/build';
import { snapshot } from '../support/site-checks';

/**
 * Issue 25: after any edit, a rebuild with the caches the last build left (the article renderings, Astro's content
 * store and incremental-build cache, the search bundles) gives `dist/` byte for byte the same as a clean build of the
 * same content. A stale page is a failure, never a speed-up.
 *
 * One dossier is edited in sequence, one kind of edit at a time, and after each edit it is built twice: into the
 * same output folder with the same cache as every build before (what a writer's `npm run build` does), and from
 * scratch with an empty cache. The chain also carries the caches over many edits, as a working dossier does.
 *
 * The rebuilds alternate between the default build and one with Astro's incremental page cache switched on
 * (`DOSSIER_INCREMENTAL_PAGES=1`, pages keyed by src/views/page-key.ts), starting with the latter, so both are held
 * to a clean build, and the page cache also meets a manifest one build older than its last use. The clean builds are
 * default builds: the switch may change only the time a build takes.
 */

const work = mkdtempSync(join(tmpdir(), 'dossier-incremental-'));
const content = fixtureContent(undefined, join(work, 'content'));
const cacheDir = join(work, 'cache');
const outDir = join(work, 'dist');
/** Deploy settings a config edit changes; every build after it, incremental and clean, gets them. */
const env: Record<string, string> = {};

const edit = (file: string, change: (text: string) => string) => {
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  // An edit that changed nothing would make the comparison pass for nothing.
  expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
  writeFileSync(path, after);
};

/** The first line where two texts differ, from both, shortened around the difference. */
function firstDifference(incremental: string, clean: string): string {
  const a = incremental.split('\n');
  const b = clean.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  const x = a[at] ?? '';
  const y = b[at] ?? '';
  let column = 0;
  while (column < x.length && x[column] === y[column]) column++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, column - 60), column + 100));
  return `line ${at + 1}, column ${column + 1}:\n      incremental ${around(x)}\n      clean       ${around(y)}`;
}

/**
 * The files in which two built sites differ, each with what differs: files only one of them has, and for the first
 * few files that differ, the first line where they do. Empty when the sites are byte for byte the same.
 */
function differences(incremental: string, clean: string): string[] {
  const a = snapshot(incremental);
  const b = snapshot(clean);
  const files = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const out: string[] = [];
  for (const file of files) {
    if (a[file] === b[file]) continue;
    if (!(file in b)) out.push(`${file}: only in the incremental build`);
    else if (!(file in a)) out.push(`${file}: only in the clean build`);
    else if (out.length < 5 && /\.(?:html|json|xml|txt|css|js|csv|svg)$/.test(file))
      out.push(
        `${file} differs at ${firstDifference(readFileSync(join(incremental, file), 'utf8'), readFileSync(join(clean, file), 'utf8'))}`,
      );
    else out.push(`${file} differs`);
  }
  return out;
}

/** The output folder of the latest clean build, kept until the next one. */
let latestClean: string | undefined;

/** How many rebuilds were made: the odd ones keep Astro's incremental page cache. */
let rebuilds = 0;

/** Builds the content as it now is, incrementally and clean, and expects the two sites to be the same. */
function expectIncrementalEqualsClean() {
  const pages = rebuilds++ % 2 === 0;
  const incremental = buildSite({
    contentDir: content,
    cacheDir,
    outDir,
    env: { ...env, DOSSIER_INCREMENTAL_PAGES: pages ? '1' : '0' },
  });
  expect(incremental.status, incremental.output.slice(-3000)).toBe(0);
  if (latestClean) rmSync(join(latestClean, '..'), { recursive: true, force: true });
  const clean = buildSite({ contentDir: content, env: { ...env, DOSSIER_INCREMENTAL_PAGES: '0' } });
  latestClean = clean.outDir;
  expect(clean.status, clean.output.slice(-3000)).toBe(0);
  const found = differences(outDir, clean.outDir);
  const how = pages ? 'with the incremental page cache (DOSSIER_INCREMENTAL_PAGES=1)' : 'with the default caches';
  expect(found, `the rebuild ${how} differs from the clean build:\n  ${found.join('\n  ')}`).toEqual([]);
  return incremental;
}

describe('an incremental rebuild gives byte for byte the site a clean build gives, after every kind of edit', () => {
  beforeAll(() => {
    // A second article, so that a name's alias changes mentions in more than one article.
    writeFileSync(
      join(content, 'articles/second-article.mdx'),
      `---
title: Second article
label: Second
outlet:
  status: stated
  value: Other Outlet
published:
  status: stated
  value: "2026-01-10"
language: en
url:
  status: not-stated
summary: The agency will return.
seed: second.txt
source: { kind: report, access: second-hand, independenceGroup: other-outlet }
---

Perez said the Sample Agency would return to Puerto Nuevo.

The talks will resume in March.
`,
    );
    const first = buildSite({ contentDir: content, cacheDir, outDir, env: { DOSSIER_INCREMENTAL_PAGES: '1' } });
    expect(first.status, first.output.slice(-3000)).toBe(0);
  });

  it("an article's text", () => {
    edit('articles/sample-article.mdx', (t) =>
      t.replace('met the Sample Agency (SA)', 'met officials of the Sample Agency (SA)'),
    );
    const { output } = expectIncrementalEqualsClean();
    // What the page cache is for: the edited article's page is rendered again, the other one's is copied from it.
    expect(output).toMatch(/\/articles\/second-article\/index\.html \(restored\)/);
    expect(output).toContain('/articles/sample-article/index.html');
    expect(output).not.toContain('/articles/sample-article/index.html (restored)');
  });

  it("a profile's summary", () => {
    edit('people/ana-perez.mdx', (t) =>
      t.replace('Ana Pérez is the President of Ruritania.', 'Ana Pérez is the elected President of Ruritania.'),
    );
    expectIncrementalEqualsClean();
  });

  it('a relation', () => {
    edit('people/ana-perez.mdx', (t) =>
      t.replace(
        'relations:\n',
        'relations:\n  - type: met-with\n    to: sample-agency\n    cite: sample-article#p-1\n',
      ),
    );
    expectIncrementalEqualsClean();
  });

  it('a quote', () => {
    edit(
      'quotes.yaml',
      (t) =>
        `${t}will-return:\n  speaker: ana-perez\n  text: would return to Puerto Nuevo\n  cite: second-article#p-1\n  language: en\n  context: {}\n`,
    );
    expectIncrementalEqualsClean();
  });

  it("an article's label, which every citation of it shows ([Return ¶1])", () => {
    // Alone, as only the components that write citations read it: the pages' views hold the cited ids, not the labels.
    edit('articles/second-article.mdx', (t) => t.replace('label: Second', 'label: Return'));
    expectIncrementalEqualsClean();
  });

  it("a claim's status", () => {
    edit('claims.yaml', (t) => t.replace(/(meeting-failed:[\s\S]*?)status: disputed/, '$1status: denied'));
    expectIncrementalEqualsClean();
  });

  it('an alias that changes mentions in every article', () => {
    // "Perez" alone names Ana Pérez in both articles; without the alias it links nowhere.
    edit('people/ana-perez.mdx', (t) => t.replace('aliases: [Perez, ', 'aliases: ['));
    expectIncrementalEqualsClean();
  });

  it('recording an edition', () => {
    // `npm run edition` builds the dossier from clean into a folder of its own and records the snapshot that build
    // writes: the clean build just made of this same content is that build.
    const built = latestClean;
    expect(built, 'the edit before made a clean build').toBeDefined();
    const output: string[] = [];
    const recorded = recordEdition(['--title', 'First look', '--note', 'The two articles.'], {
      contentDir: content,
      stdout: (t) => output.push(t),
      stderr: (t) => output.push(t),
      snapshot: () => snapshotSchema.parse(JSON.parse(readFileSync(join(built!, 'editions/snapshot.json'), 'utf8'))),
    });
    expect(recorded, output.join('\n')).toBe(0);
    expectIncrementalEqualsClean();
  });

  it("a change after the edition (the profile's history and the changes page)", () => {
    edit('places/puerto-nuevo.mdx', (t) =>
      t.replace('The meeting took place in Puerto Nuevo.', 'The meeting was held in Puerto Nuevo.'),
    );
    expectIncrementalEqualsClean();
  });

  it("a config change: the dossier's title and as-of date, on every page", () => {
    edit('dossier/index.mdx', (t) =>
      t.replace('title: Sample dossier', 'title: Ruritania dossier').replace('"2026-01-09"', '"2026-01-10"'),
    );
    expectIncrementalEqualsClean();
  });

  it('a config change: the deploy address and path (DOSSIER_SITE, DOSSIER_BASE)', () => {
    env.DOSSIER_SITE = 'https://dossier.example.org';
    env.DOSSIER_BASE = '/ruritania/';
    expectIncrementalEqualsClean();
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));
  afterAll(() => latestClean && rmSync(join(latestClean, '..'), { recursive: true, force: true }));
});
