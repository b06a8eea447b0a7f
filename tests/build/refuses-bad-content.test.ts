import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureContent, type BuildResult } from '../support/build';
import { minimalDossier } from '../support/shared-builds';
import { snapshot } from '../support/site-checks';

/**
 * Each case breaks the minimal fixture dossier (a folder of files laid over it under tests/fixtures/errors/<fixture>/,
 * or a change made here when the case is about bytes, links or missing files) and runs a real `astro build`, which
 * must fail, say where and why, and leave the last good site as it was. The wording is pinned: it is the product's
 * interface for authors.
 *
 * Checks that report every problem at once share a build: the content-folder check (before Astro reads anything)
 * and the cross-file checks (once every file has been read). Each other case stops the build at its file, so it
 * has a build of its own.
 */
interface Case {
  name: string;
  /** The folder under tests/fixtures/errors/ laid over the minimal dossier: the case's own name unless given. */
  fixture?: string;
  /** What to do to the copied content folder, besides laying the fixture over it. */
  prepare?: (content: string) => void;
  /** Environment variables for the build. */
  env?: Record<string, string>;
  /** Build with a copy of the cache of a good build of the minimal dossier, as a rebuild after an edit does. */
  warmCache?: boolean;
  expected: string[];
}

const cases: Case[] = [
  // Found by the content-folder check, all at once, before anything is read.
  {
    name: 'unknown-folder',
    fixture: 'content-folder',
    expected: ['content/peple (folder): is not part of a dossier, so the build would ignore it. Did you mean people/?'],
  },
  {
    name: 'registry-wrong-extension',
    fixture: 'content-folder',
    expected: [
      'content/quotes.yml (file name): is not part of a dossier, so the build would ignore it. Did you mean quotes.yaml?',
    ],
  },
  {
    name: 'markdown-file',
    fixture: 'content-folder',
    expected: [
      'people/luis-gomez.md (file name): is not a .mdx file, so the build would skip it. Rename it to luis-gomez.mdx.',
    ],
  },
  {
    name: 'subfolder',
    fixture: 'content-folder',
    expected: ['people/envoys (folder): is a folder; the build reads only the files directly in '],
  },
  {
    name: 'uppercase-id',
    fixture: 'content-folder',
    expected: [
      'people/Luis-Gomez.mdx (file name): "Luis-Gomez" is not a valid id: a file name is its entry\'s id, written in lower-case words joined by hyphens, so that no two files differ only in case. Rename it to luis-gomez.mdx.',
    ],
  },
  {
    name: 'extra-overview',
    fixture: 'content-folder',
    expected: [
      'dossier/notes.mdx (file name): ',
      '/dossier/ holds one file, index.mdx (the overview). Merge this file into it, or move it out.',
    ],
  },
  {
    name: 'symlink-loop',
    fixture: 'content-folder',
    expected: [
      'people/loop-a.mdx (file name): is a symbolic link that is broken or loops back on itself. Replace it with the file it should point at, or delete it.',
    ],
  },
  // Found by the cross-file checks, all at once, at the line of the field.
  {
    name: 'missing-entity',
    fixture: 'cross-file',
    expected: [
      'people/ana-perez.mdx:10 relations[0].to: refers to "ruritanai", but there is no entity with that id. Did you mean "ruritania"? Ids are the profile file names under content/.',
    ],
  },
  {
    name: 'missing-paragraph',
    fixture: 'cross-file',
    expected: [
      'places/puerto-nuevo.mdx:5 type.cite[0]: cites "sample-article#p-7", but article "sample-article" has 3 paragraphs (p-1 to p-3). Check the paragraph number on the article page.',
    ],
  },
  {
    name: 'duplicate-id',
    fixture: 'cross-file',
    expected: [
      'places/ruritania.mdx (file name): duplicate id "ruritania": ',
      'organizations/ruritania.mdx has the same id. Ids must be unique across people, organizations, places, events and topics; rename one of the files.',
    ],
  },
  {
    name: 'duplicate-alias',
    fixture: 'cross-file',
    expected: [
      'organizations/perez-foundation.mdx:3 aliases: "PÉREZ" is already a name or alias of "ana-perez" (',
      'people/ana-perez.mdx, as "Perez"). A name must point at one entity: remove it from one of the two profiles.',
    ],
  },
  {
    name: 'alias-line',
    fixture: 'cross-file',
    expected: ['organizations/perez-trust.mdx:5 aliases: "PÉREZ" is already a name or alias of "ana-perez"'],
  },
  {
    name: 'uncited-sentence',
    fixture: 'cross-file',
    expected: [
      'topics/diplomacy.mdx:6 summary: this sentence cites no source: "Diplomacy is the art of negotiation.". End it with <Cite to="<article-id>#p-<n>" /> or remove it.',
    ],
  },
  {
    name: 'mangled-quote',
    fixture: 'cross-file',
    expected: [
      'quotes.yaml:3 perez-went-well.text: the quote "the meeting went very well" is not in sample-article#p-2, which reads: "Perez said the meeting went well.". Copy the words exactly (only curly and straight quotes and spacing may differ), or cite the right paragraph.',
    ],
  },
  {
    name: 'dangling-claim-link',
    fixture: 'cross-file',
    expected: [
      'claims.yaml:7 meeting-went-well.contradicts[0]: names the claim "meeting-faild", but there is no such claim. Did you mean "meeting-failed"?',
    ],
  },
  {
    // Two citations of the same missing paragraph, each at its own line.
    name: 'repeated-citation-line',
    fixture: 'cross-file',
    expected: [
      'people/ana-perez.mdx:7 roles[0].cite[0]: cites "sample-article#p-9"',
      'people/ana-perez.mdx:11 relations[0].cite[0]: cites "sample-article#p-9"',
    ],
  },
  // The cause first, and one cause's problems grouped with a count.
  {
    name: 'no-articles',
    prepare: (content) => {
      for (const file of readdirSync(join(content, 'articles'))) rmSync(join(content, 'articles', file));
    },
    expected: [
      'The dossier content has 23 problems (2 distinct):\n  ',
      'content/articles/ (folder): holds no articles, so no citation in the dossier can point at a paragraph. Add the source articles (npm run ingest -- <file>) or restore the folder; the citation problems below all follow from this.\n  ',
      'people/ana-perez.mdx:7 roles[0].cite[0]: cites "sample-article#p-1", but there is no article "sample-article".\n    … and 21 more with the same cause: ',
    ],
  },
  // Found by the content loaders: each stops the build at its file.
  {
    name: 'malformed-date',
    expected: [
      'events/summit.mdx:5 date.edtf: "2026-13-45" is not a valid date. Write an EDTF date: 2026-01-07 (day), 2026-01 (month), 2026 (year), an interval 2026-01-07/2026-01-09, an open one ../2026-01-07 or 2026-01-08/.., with ? for uncertain and ~ for approximate.',
    ],
  },
  {
    name: 'missing-field',
    expected: [
      'people/ana-perez.mdx:2 name: is required but missing. Add "name:" to the frontmatter; src/schemas/ describes each field of people.',
    ],
  },
  {
    name: 'unknown-key',
    expected: [
      'people/ana-perez.mdx:4 rols: unknown key "rols". Did you mean "roles"? Allowed keys here: name, aliases, names, relations, roles.',
    ],
  },
  {
    name: 'unknown-relation-type',
    expected: [
      'people/ana-perez.mdx:9 relations[0].type: unknown relation type "presidnet-of". Did you mean "president-of"? Known types: president-of,',
    ],
  },
  {
    name: 'code-in-summary',
    expected: [
      'topics/diplomacy.mdx:8:1 <script> is not allowed in dossier content (allowed: <Cite />). Escape a literal < as \\<.',
    ],
  },
  {
    name: 'code-in-article',
    expected: [
      'articles/sample-article.mdx:20:29 `{…}` expressions are not allowed in dossier content. Escape a literal brace as \\{.',
    ],
  },
  // A citation counts only when it names its paragraph literally.
  {
    name: 'empty-citation',
    expected: [
      'topics/diplomacy.mdx:6:34 <Cite /> names no paragraph. Write <Cite to="petro-warns-real-threat#p-7" />.',
    ],
  },
  {
    name: 'expression-citation',
    expected: [
      'topics/diplomacy.mdx:6:34 <Cite to={…}> is code, not a citation: write the paragraph as text, <Cite to="petro-warns-real-threat#p-7" />.',
    ],
  },
  {
    name: 'spread-citation',
    expected: [
      'topics/diplomacy.mdx:6:34 <Cite> takes one attribute, to="…", and nothing else (found a {…} spread). Write <Cite to="petro-warns-real-threat#p-7" />.',
    ],
  },
  // A broken registry names the YAML file, line and column, and is never built from the last good content store
  // that Astro keeps in its cache.
  {
    name: 'quotes-unclosed-quote',
    warmCache: true,
    expected: [
      'quotes.yaml:3:9 this quoted value is never closed. Add the closing quote at the end of the value (a " inside a "…" value is written \\").',
    ],
  },
  {
    name: 'quotes-duplicate-id',
    warmCache: true,
    expected: [
      'quotes.yaml:9:1 the id "perez-went-well" is used twice (first on line 1): every entry needs its own id. Rename one of them, or merge the two entries.',
    ],
  },
  {
    name: 'quotes-missing',
    warmCache: true,
    prepare: (content) => rmSync(join(content, 'quotes.yaml')),
    expected: [
      'content/quotes.yaml is missing. Every dossier has one; restore it, or create it empty (an empty file means no quotes).',
    ],
  },
  {
    name: 'claims-unclosed-quote',
    warmCache: true,
    expected: [
      'claims.yaml:2:14 this quoted value is never closed. Add the closing quote at the end of the value (a " inside a "…" value is written \\").',
    ],
  },
  {
    name: 'claims-duplicate-id',
    warmCache: true,
    expected: [
      'claims.yaml:7:1 the id "meeting-went-well" is used twice (first on line 1): every entry needs its own id. Rename one of them, or merge the two entries.',
    ],
  },
  {
    name: 'claims-missing',
    warmCache: true,
    prepare: (content) => rmSync(join(content, 'claims.yaml')),
    expected: [
      'content/claims.yaml is missing. Every dossier has one; restore it, or create it empty (an empty file means no claims).',
    ],
  },
  // Bytes that are not UTF-8 are refused, never published as U+FFFD.
  {
    name: 'latin1-profile',
    prepare: (content) =>
      appendFileSync(
        join(content, 'people/ana-perez.mdx'),
        Buffer.from('\nThe caf\xe9 is open.<Cite to="sample-article#p-1" />\n', 'latin1'),
      ),
    expected: [
      'people/ana-perez.mdx:16:8 is not UTF-8: byte 0xE9 at byte offset 316 is not a UTF-8 character (a file saved as Latin-1 or Windows-1252 has these). Re-save the file as UTF-8.',
    ],
  },
  {
    name: 'latin1-article',
    prepare: (content) => {
      const path = join(content, 'articles/sample-article.mdx');
      writeFileSync(
        path,
        Buffer.from(readFileSync(path, 'utf8').replace('Puerto Nuevo.', 'Puerto Nuevo caf\xe9.'), 'latin1'),
      );
    },
    expected: ['articles/sample-article.mdx:18:16 is not UTF-8: byte 0xE9 at byte offset 344'],
  },
  {
    name: 'utf16-profile',
    prepare: (content) => {
      const path = join(content, 'topics/diplomacy.mdx');
      writeFileSync(
        path,
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(path, 'utf8'), 'utf16le')]),
      );
    },
    expected: [
      'topics/diplomacy.mdx is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8. Re-save the file as UTF-8.',
    ],
  },
  // Frontmatter YAML errors name the file, the line and column of the mistake, and the fix.
  {
    name: 'frontmatter-bad-indent',
    expected: [
      'people/ana-perez.mdx:6:6 bad indentation: "of:" is indented further than the keys above it, so YAML reads it as part of the value before it. Start it in column 5, like the other keys of its block (indent with spaces).',
    ],
  },
  {
    name: 'frontmatter-unclosed-quote',
    expected: [
      'people/ana-perez.mdx:2:7 this quoted value is never closed. Add the closing quote at the end of the value (a " inside a "…" value is written \\").',
    ],
  },
  {
    name: 'frontmatter-duplicate-key',
    expected: ['people/ana-perez.mdx:8:1 the key "aliases" appears twice (first on line 3). Keep one of them.'],
  },
  // The HTML-comment error suggests what works here.
  {
    name: 'html-comment',
    expected: [
      'topics/diplomacy.mdx:6:2 HTML comments (<!-- … -->) are not allowed in dossier content, and neither are MDX comments ({/* … */}), which are code. Delete the comment and keep editorial notes outside content/; if the text really holds "<!", escape it as \\<!.',
    ],
  },
  // Build settings are checked before anything is built. tests/unit/content-input.test.ts pins every message of
  // readDeploySettings; this build pins how the build reports one.
  {
    name: 'site-script-url',
    env: { DOSSIER_SITE: 'javascript:alert(1)//' },
    expected: [
      `DOSSIER_SITE="javascript:alert(1)//" uses "javascript:"; the site's public address must be http:// or https://. For example: DOSSIER_SITE=https://dossier.example.org`,
    ],
  },
  // Judgments, grades, time and preservation: every refusal decided across files, in one build.
  {
    name: 'assessment',
    expected: [
      'judgments.yaml:2 talks-resume.text: does not say how likely it is. Put its likelihood term, "likely" (55–80 %), in the text.',
      'judgments.yaml:10 second-summit.text: uses "probably", a term of ICD 203\'s second row; this dossier uses the first row only, so the two never mix. Write "likely" (or the term that fits).',
      'judgments.yaml:10 second-summit.text: hedges with "could", which says something is possible without saying how likely. State it with the likelihood term "likely" instead, or drop the hedge.',
      'judgments.yaml:18 meeting-success.text: says "confidence" in the sentence that gives its likelihood. Confidence is about the evidence and is stated apart: move it to confidence and confidenceBasis.',
      'judgments.yaml:22 meeting-success.basis[1]: names "meeting-wnet-well", but there is no claim with that id. Did you mean "meeting-went-well"? Write a claim\'s id from content/claims.yaml, or a paragraph, e.g. petro-warns-real-threat#p-7.',
      'judgments.yaml:22 meeting-success.basis[2]: cites "sample-article#p-9", but article "sample-article" has 3 paragraphs (p-1 to p-3). Check the paragraph number on the article page.',
      'judgments.yaml:20 meeting-success.confidence: is high, but all of its basis comes from one outlet (sample-article). High confidence needs support from more than one outlet: add evidence from another, or lower confidence to moderate.',
      'indicators.yaml:5 talks-date-set.moves[0].judgment: names the judgment "talks-resumes", but content/judgments.yaml has no such id. Did you mean "talks-resume"?',
      'indicators.yaml:7 talks-date-set.status: is seen, but says nowhere where. Add cite: the paragraph that reports it seen.',
      'claims.yaml:6 meeting-went-well.status: is confirmed, but its support comes from one line of reporting (independence group sample-outlet: sample-article). Confirmed means a second, independent party confirms it: Cite a paragraph from an article of another independence group, or link a claim from one that supports it; or write status: reported.',
      'people/ana-perez.mdx:9 roles[0].status: is "current", but valid ends on 2025-12-31, before the as-of date 2026-01-09. Write status: ended, or correct valid.',
      'articles/sample-article.mdx:18 received.sha256: is 0000000000000000000000000000000000000000000000000000000000000000, but content/seeds/sample.txt now hashes to 660f455fa76c51d2393336f60f194bf13f4cc3303bb3becfeba43340ecf658e6: the received text was changed after it was recorded. Restore the seed from version control; a new version of the source is ingested as a new article.',
    ],
  },
  // Also: everything else that can be handed to the build.
  {
    name: 'label-too-long',
    expected: [
      'articles/sample-article.mdx:3 label: is 51 characters long; it may be at most 40 characters, as it is shown wherever the article is cited ("BBC interview ¶7"). Shorten it.',
    ],
  },
  {
    name: 'wrong-folder',
    expected: [
      'places/luis-gomez.mdx (folder): this looks like a profile for people/ (its fields fit that folder, not this one). Move the file to content/people/.',
      'places/luis-gomez.mdx:3 roles: unknown key "roles".',
    ],
  },
  {
    name: 'huge-profile',
    prepare: (content) =>
      appendFileSync(
        join(content, 'people/ana-perez.mdx'),
        '\nAna Pérez is the President of Ruritania.<Cite to="sample-article#p-1" /> '.repeat(150_000),
      ),
    expected: [
      'people/ana-perez.mdx is 11,250,308 bytes, over the limit of 2 MiB for one content file. Check that it is the right file; a long article is under 100 KB, a profile a few KB.',
    ],
  },
];

/** What the shared fixtures must make the build print first: every problem of their check, counted. */
const SHARED_FIXTURES: Record<string, { prepare?: (content: string) => void; header: string }> = {
  'content-folder': {
    prepare: (content) => {
      symlinkSync('loop-b.mdx', join(content, 'people/loop-a.mdx'));
      symlinkSync('loop-a.mdx', join(content, 'people/loop-b.mdx'));
    },
    header: 'The dossier content has 8 problems:',
  },
  'cross-file': { header: 'The dossier content has 10 problems:' },
};

/** What must never follow an author's message: the build's own stack, or Astro's framing of a crash. */
const NOISE = [/Stack trace/, /^\s+at /m, /route-cache/, /\.prerender/, /unhandled error/i];

describe('the build refuses bad content, and leaves the last good site as it was', () => {
  // The last good site: the minimal dossier's build, which every refused build below targets.
  const work = mkdtempSync(join(tmpdir(), 'dossier-last-good-'));
  const outDir = join(work, 'dist');
  let good: Record<string, string>;
  beforeAll(() => {
    cpSync(minimalDossier().outDir, outDir, { recursive: true });
    good = snapshot(outDir);
  });

  /** Builds `fixture` (with its `prepare`) into the last good site's folder: once per fixture, shared by its cases. */
  const builds = new Map<string, BuildResult>();
  function refused(fixture: string, options: Pick<Case, 'prepare' | 'env' | 'warmCache'>): BuildResult {
    const key = fixture in SHARED_FIXTURES ? fixture : JSON.stringify([fixture, options.env]);
    let result = builds.get(key);
    if (!result) {
      const content = fixtureContent(fixture);
      (SHARED_FIXTURES[fixture]?.prepare ?? options.prepare)?.(content);
      let cacheDir: string | undefined;
      if (options.warmCache) {
        cacheDir = join(mkdtempSync(join(tmpdir(), 'dossier-cache-')), 'cache');
        cpSync(minimalDossier().cacheDir, cacheDir, { recursive: true });
      }
      result = buildSite({
        contentDir: content,
        outDir,
        ...(cacheDir ? { cacheDir } : {}),
        ...(options.env ? { env: options.env } : {}),
      });
      builds.set(key, result);
    }
    return result;
  }

  it('builds the minimal fixture dossier (the baseline every case breaks)', () => {
    const result = minimalDossier();
    expect(result.output).toContain('Complete!');
    expect(result.status).toBe(0);
  });

  for (const { name, fixture = name, ...options } of cases) {
    it(name, () => {
      const result = refused(fixture, options);
      expect(result.status, result.output).toBe(1);
      for (const line of options.expected) expect(result.output).toContain(line);
      for (const noise of NOISE) expect(result.output).not.toMatch(noise);
      // The last good site is left byte for byte, with nothing half-built beside it for a deploy step to pick up.
      expect(snapshot(outDir)).toEqual(good);
      expect(readdirSync(work)).toEqual(['dist']);
    });
  }

  for (const [fixture, { header }] of Object.entries(SHARED_FIXTURES)) {
    it(`reports every problem of ${fixture} at once`, () => {
      expect(refused(fixture, {}).output).toContain(header);
    });
  }

  it('held a whole site: no server chunks, no build paths', () => {
    expect(good).toHaveProperty(['index.html']);
    expect(Object.keys(good).filter((path) => path.startsWith('.prerender'))).toEqual([]);
    const leaks = Object.keys(good).filter(
      (path) => /\.(html|json|xml|js|css)$/.test(path) && readFileSync(join(outDir, path), 'utf8').includes(tmpdir()),
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
