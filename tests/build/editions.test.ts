import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeEdition } from '../../src/editions/edition-file';
import { main } from '../../src/tools/cli/edition';
import { buildSite, fixtureContent, readPage, type BuildResult } from '../support/build';

/**
 * A fixture dossier with two editions recorded by `npm run edition` (each a real build), one change of every kind
 * between them, and a minor edit not yet in an edition; the site built from it, asserted page by page.
 */
const content = fixtureContent();
const cache = mkdtempSync(join(tmpdir(), 'dossier-editions-cache-'));
process.env.DOSSIER_CACHE_DIR = cache;
const editionsDir = join(content, 'editions');
const output: string[] = [];
const record = (...argv: string[]) =>
  main(argv, { contentDir: content, stdout: (t) => output.push(t), stderr: (t) => output.push(t) });
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(content, file), change(readFileSync(join(content, file), 'utf8')));
const text = (node: Element | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : '');

/** The first day's assessment: one judgment, one indicator whose check-by date has passed (lapsed), one unknown. */
function firstDay() {
  writeFileSync(
    join(content, 'judgments.yaml'),
    `- id: talks-resume
  text: Talks between Ruritania and the agency are likely to resume before March.
  likelihood: likely
  confidence: low
  confidenceBasis: One article, and one party's word.
  basis: [meeting-went-well]
  about: [ana-perez, summit]
`,
  );
  writeFileSync(
    join(content, 'indicators.yaml'),
    `- id: talks-date-set
  observable: A date is set for new talks.
  checkBy: '2026-01-05'
  moves:
    - judgment: talks-resume
      direction: up
`,
  );
  // A role and a relation that no longer stand: kept, marked, out of the current views.
  edit('people/ana-perez.mdx', (t) =>
    t
      .replace(
        'roles:\n',
        'roles:\n  - title: Mayor of Puerto Nuevo\n    of: puerto-nuevo\n    cite: sample-article#p-1\n    superseded:\n      reason: She left the post to become president.\n',
      )
      .replace(
        'relations:\n',
        'relations:\n  - type: official-of\n    to: puerto-nuevo\n    cite: sample-article#p-1\n    superseded:\n      reason: She left the city to govern the country.\n',
      ),
  );
  writeFileSync(
    join(content, 'gaps.yaml'),
    `- id: agency-view
  question: What does the agency say of the meeting?
  whyItMatters: Only Pérez describes it.
  judgments: [talks-resume]
`,
  );
}

/**
 * Every kind of change the changes page groups: an article, a rename, a fact, a sentence, a quote, a claim, and a
 * key judgment moved on the yardstick with its reason.
 */
function secondDay() {
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
summary: The talks collapsed.
seed: second.txt
source: { kind: report, access: second-hand, independenceGroup: other-outlet }
---

The Ruritanian Agency said the talks had collapsed.

Officials said the summit ended on Saturday 10 January, and Perez said we will try again.
`,
  );
  // The agency renamed: a new file name and name, the old name kept as an alias.
  renameSync(join(content, 'organizations/sample-agency.mdx'), join(content, 'organizations/ruritanian-agency.mdx'));
  edit('organizations/ruritanian-agency.mdx', (t) =>
    t
      .replace('name: Sample Agency', 'name: Ruritanian Agency')
      .replace('aliases: [SA]', 'aliases: [SA, Sample Agency]'),
  );
  edit('events/summit.mdx', (t) =>
    t
      .replace('ref: sample-agency', 'ref: ruritanian-agency')
      .replace(
        'edtf: "2026-01-09?"\n  cite: sample-article#p-3\n  inferred: Friday of the week the article appeared.',
        'edtf: "2026-01-10"\n  cite: second-article#p-2',
      ),
  );
  edit(
    'people/ana-perez.mdx',
    (t) => `${t.trimEnd()} She said they would try again.<Cite to="second-article#p-2" />\n`,
  );
  edit(
    'quotes.yaml',
    (t) =>
      `${t}we-will-try-again:\n  speaker: ana-perez\n  text: we will try again\n  cite: second-article#p-2\n  language: en\n  context: {}\n`,
  );
  edit('claims.yaml', (t) =>
    t
      .replace(
        /(meeting-failed:[\s\S]*?)cite: sample-article#p-2\n  status: disputed/,
        '$1cite: [sample-article#p-2, second-article#p-1]\n  status: confirmed',
      )
      .concat(
        'talks-collapsed:\n  statement: The talks collapsed.\n  claimant: ruritanian-agency\n  about: [summit]\n  cite: second-article#p-1\n  status: reported\n  supports: [meeting-failed]\n',
      ),
  );
  edit('dossier/index.mdx', (t) =>
    t.replace('bottomLine:\n', 'bottomLine:\n  - text: The talks collapsed.\n    cite: second-article#p-1\n'),
  );
  edit('judgments.yaml', (t) =>
    t
      .replace('are likely to resume', 'are unlikely to resume')
      .replace('likelihood: likely', 'likelihood: unlikely')
      .concat('  change:\n    reason: The agency says the talks collapsed.\n    basis: [second-article#p-1]\n'),
  );
}

let site: BuildResult;
let firstId = '';
let secondId = '';
beforeAll(() => {
  firstDay();
  expect(record('--title', 'First look', '--as-of', '2026-01-09'), output.join('\n')).toBe(0);
  secondDay();
  expect(
    record('--title', 'Second look', '--as-of', '2026-01-10', '--note', 'The second article.'),
    output.join('\n'),
  ).toBe(0);
  [firstId = '', secondId = ''] = readdirSync(editionsDir).map((f) => f.replace(/\.json$/, ''));
  // A spelling fix, not yet in an edition.
  edit('topics/diplomacy.mdx', (t) =>
    t.replace('Pérez said the meeting went well.', 'Pérez said that the meeting went well.'),
  );
  site = buildSite({ contentDir: content, cacheDir: cache });
  expect(site.status, site.output).toBe(0);
}, 600_000);

describe('the changes page', () => {
  const page = () => readPage(site.outDir, 'changes/index.html');
  const section = (id: string) => select(`#${id}`, page()) as Element;
  const items = (id: string) => selectAll('li.change', section(id)).map(text);

  it('lists what changed between the two editions, item by item, each linked and cited', () => {
    const second = section(`edition-${secondId}`);
    expect(text(select('h2', second))).toBe('Second look');
    expect(items(`edition-${secondId}`)).toEqual([
      'Added Second article: Other Outlet, 10 January 2026 [Second ¶1]',
      'Renamed Ruritanian Agency Before: Sample Agency (sample-agency) After: Ruritanian Agency (ruritanian-agency) [Sample ¶1]',
      'Added Ruritanian Agency: Also called: Sample Agency [Sample ¶1]',
      'Changed The summit: Date Before: Date: 9 January 2026 (uncertain) After: Date: 10 January 2026 [Second ¶2]',
      'Added Ana Pérez: She said they would try again. [Second ¶2]',
      'Added Ana Pérez: “we will try again” [Second ¶2]',
      'Status changed The meeting failed. Before: disputed After: confirmed [Second ¶1]',
      'Sources changed The meeting failed. Now also cited to [Second ¶1]',
      'Added The talks collapsed. Now: reported [Second ¶1]',
      'New link The talks collapsed. Now: supports “The meeting failed.” [Second ¶1]',
      'Added Bottom line: The talks collapsed. [Second ¶1]',
      'Moved Talks between Ruritania and the agency are unlikely to resume before March. likely, low confidence → became unlikely, low confidence Why: The agency says the talks collapsed. [Second ¶1]',
    ]);
    // Each item links to where the change lives, and its citations to the paragraph.
    const links = selectAll('li.change', second).map((li) => String((select('a', li) as Element).properties.href));
    expect(links.slice(0, 4)).toEqual([
      '/articles/second-article/',
      '/organizations/ruritanian-agency/',
      '/organizations/ruritanian-agency/',
      '/events/summit/',
    ]);
    expect(selectAll('li.change a.cite', second).map((a) => a.properties.href)).toContain(
      '/articles/second-article/#p-2',
    );
  });

  it('puts what is not yet in an edition first, a spelling fix folded as a minor edit', () => {
    const unrecorded = section('unrecorded');
    expect(text(select('p', unrecorded))).toBe('Since the edition Second look (as of 10 January 2026): 1 minor edit.');
    expect(selectAll('.change-group > ul.changes > li', unrecorded)).toHaveLength(0);
    const minor = select('details.minor-changes', unrecorded) as Element;
    expect(text(select('summary', minor))).toBe('1 minor edit (spelling or wording, same sources)');
    expect(text(select('li', minor))).toContain(
      'Before: Pérez said the meeting went well. After: Pérez said that the meeting went well.',
    );
  });

  it('shows the first edition as what it held, with nothing to compare', () => {
    expect(text(select('p:last-child', section(`edition-${firstId}`)))).toBe(
      'The first edition: 1 article, 6 entities, 1 quote and 2 claims. There is no edition before it to compare with.',
    );
  });
});

describe('editions kept readable', () => {
  it('lists the editions, newest first, with a count of each kind of change', () => {
    const editions = readPage(site.outDir, 'editions/index.html');
    expect(selectAll('.editions > li h2', editions).map(text)).toEqual(['Second look', 'First look']);
    const counts = selectAll('.editions > li:first-child .edition-counts div', editions).map(text);
    expect(counts).toEqual([
      'Articles 1',
      'Entities 1',
      'Facts 2',
      'Summary sentences 1',
      'Quotes 1',
      'Claims 4',
      'Bottom line 1',
      'Judgments and what to watch 1',
      'Grades 0',
    ]);
  });

  it("shows an edition's briefing as it was, and marks in words what the next edition added", () => {
    const first = readPage(site.outDir, `editions/${firstId}/index.html`);
    expect(selectAll('.bluf li', first).map(text)).toEqual(['A meeting took place. [Sample ¶1]']);
    expect(selectAll('.sources li', first).map(text)).toEqual(['Sample article. Sample Outlet, 9 January 2026.']);
    expect(selectAll('.new-mark', first)).toHaveLength(0);
    const second = readPage(site.outDir, `editions/${secondId}/index.html`);
    const marked = selectAll('li:has(.new-mark)', second).map(text);
    expect(marked).toEqual([
      'New The talks collapsed. [Second ¶1]',
      'New Second article. Other Outlet, 10 January 2026.',
    ]);
    // Printed, it carries the edition's own day in its margin.
    expect(readFileSync(join(site.outDir, `editions/${firstId}/index.html`), 'utf8')).toContain('as of 9 January 2026');
  });

  it('marks the briefing against the latest edition while changes wait, and the home page says so in one line', () => {
    const briefing = readPage(site.outDir, 'briefing/index.html');
    expect(text(select('.briefing-news', briefing))).toBe(
      'New marks what is new since the edition Second look (as of 10 January 2026).',
    );
    expect(selectAll('li:has(.new-mark)', briefing)).toHaveLength(0);
    const home = readPage(site.outDir, 'index.html');
    expect(text(select('.home-changes', home))).toBe(
      'Since the edition Second look (as of 10 January 2026): 1 minor edit. See what changed.',
    );
  });

  it('tells a profile the edition it first appeared in, under its old name too, and what came later', () => {
    const agency = readPage(site.outDir, 'organizations/ruritanian-agency/index.html');
    expect(text(select('.profile-since', agency))).toBe('First in the edition First look (as of 9 January 2026).');
    const ana = readPage(site.outDir, 'people/ana-perez/index.html');
    expect(selectAll('#history ~ ul li, .profile-history ul li', ana).map(text)).toContain(
      'Summary: She said they would try again. (first in Second look)',
    );
    const diplomacy = readPage(site.outDir, 'topics/diplomacy/index.html');
    expect(text(select('.profile-since', diplomacy))).toContain('Changed since Second look (1).');
  });
});

describe('judgments across editions, and facts that no longer stand', () => {
  it("shows each edition's briefing with its terms as they were", () => {
    const term = (id: string) =>
      selectAll('.briefing-judgments strong.likelihood', readPage(site.outDir, `editions/${id}/index.html`)).map(text);
    expect(term(firstId)).toEqual(['likely']);
    expect(term(secondId)).toEqual(['unlikely']);
    expect(
      selectAll('.briefing-judgments strong.likelihood', readPage(site.outDir, 'briefing/index.html')).map(text),
    ).toEqual(['unlikely']);
  });

  it('computes an indicator not seen by its check-by date as lapsed, on the briefing and in dossier.json', () => {
    const briefing = readPage(site.outDir, 'briefing/index.html');
    expect(text(select('section:has(#b-watch) li', briefing))).toBe(
      // The arrow is what the eye reads, "raises" what a screen reader says.
      'A date is set for new talks. By 5 January 2026: lapsed; J1↑ raises.',
    );
    const json = JSON.parse(readFileSync(join(site.outDir, 'dossier.json'), 'utf8'));
    expect(json.indicators.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
      ['talks-date-set', 'lapsed'],
    ]);
  });

  it('keeps a superseded role and relation visible with their reason, and out of the current views', () => {
    const ana = readPage(site.outDir, 'people/ana-perez/index.html');
    expect(selectAll('.facts .superseded-fact', ana).map(text)).toEqual([
      'Mayor of Puerto Nuevo — no longer stands: She left the post to become president. [Sample ¶1]',
    ]);
    expect(selectAll('.superseded-facts.relations li', ana).map(text)).toEqual([
      'official of Puerto Nuevo — no longer stands: She left the city to govern the country. [Sample ¶1]',
    ]);
    expect(selectAll('#relations ~ * li[data-relation="official-of"]:not(.superseded-fact)', ana)).toEqual([]);
    const briefing = readPage(site.outDir, 'briefing/index.html');
    expect(text(select('.briefing', briefing))).not.toContain('Mayor of Puerto Nuevo');
    const json = JSON.parse(readFileSync(join(site.outDir, 'dossier.json'), 'utf8'));
    const roles = json.entities.find((e: { id: string }) => e.id === 'ana-perez').roles;
    expect(roles.map((r: { title: string; status: string }) => [r.title, r.status])).toEqual([
      ['Mayor of Puerto Nuevo', 'superseded'],
      ['President of Ruritania', 'current'],
    ]);
    expect(
      json.relations
        .filter((r: { from: string; type: string }) => r.from === 'ana-perez' && r.type === 'official-of')
        .map((r: { status: string; superseded: { reason: string } }) => [r.status, r.superseded.reason]),
    ).toEqual([['superseded', 'She left the city to govern the country.']]);
  });
});

describe('editions as data', () => {
  it('puts the editions and their changes in dossier.json, valid against its schema', () => {
    const json = JSON.parse(readFileSync(join(site.outDir, 'dossier.json'), 'utf8'));
    const schema = JSON.parse(readFileSync(join(site.outDir, 'dossier.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.editions.map((e: { id: string; changes: unknown[] }) => [e.id, e.changes.length])).toEqual([
      [firstId, 0],
      [secondId, 12],
    ]);
    const status = json.editions[1].changes.find((c: { type: string }) => c.type === 'status');
    expect(status).toMatchObject({
      before: 'disputed',
      after: 'confirmed',
      target: { kind: 'claim', id: 'meeting-failed' },
    });
    expect(json.unrecorded).toMatchObject({ since: secondId, summary: '1 minor edit' });
  });

  it('publishes RSS and JSON Feed items per edition, newest first, linking to its changes', () => {
    const rss = new XMLParser().parse(readFileSync(join(site.outDir, 'editions/feed.xml'), 'utf8'));
    const items = rss.rss.channel.item;
    expect(items.map((i: { title: string }) => i.title)).toEqual([
      'Second look (as of 10 January 2026)',
      'First look (as of 9 January 2026)',
    ]);
    expect(items[0].link).toMatch(new RegExp(`/changes/#edition-${secondId}$`));
    expect(items[0].description).toContain('Claims, status changed: The meeting failed. (disputed → confirmed)');
    const feed = JSON.parse(readFileSync(join(site.outDir, 'editions/feed.json'), 'utf8'));
    expect(feed.items.map((i: { url: string }) => i.url)).toEqual(items.map((i: { link: string }) => i.link));
  });
});

describe('what npm run edition and the build refuse', () => {
  const edition = (id: string) => join(editionsDir, `${id}.json`);
  const failedBuild = () => {
    const result = buildSite({ contentDir: content, cacheDir: cache });
    expect(result.status).toBe(1);
    return result.output;
  };

  it('says so when nothing changed since the latest edition', () => {
    edit('topics/diplomacy.mdx', (t) => t.replace('that the meeting', 'the meeting'));
    try {
      expect(record('--title', 'Third look', '--as-of', '2026-01-11')).toBe(1);
      expect(output.at(-1)).toContain('nothing changed since the latest edition, Second look');
    } finally {
      edit('topics/diplomacy.mdx', (t) => t.replace('Pérez said the meeting', 'Pérez said that the meeting'));
    }
  }, 120_000);

  it('refuses to record a dossier that does not build, and writes nothing', () => {
    edit('people/ana-perez.mdx', (t) => t.replace('second-article#p-2', 'second-article#p-9'));
    try {
      expect(record('--title', 'Broken', '--as-of', '2026-01-11')).toBe(1);
      expect(output.at(-1)).toContain('the dossier does not build, so it cannot be recorded as an edition');
      expect(output.at(-1)).toContain('people/ana-perez.mdx');
      expect(readdirSync(editionsDir)).toHaveLength(2);
    } finally {
      edit('people/ana-perez.mdx', (t) => t.replace('second-article#p-9', 'second-article#p-2'));
    }
  }, 120_000);

  /**
   * One build over three broken edition files, as the edition checks report every problem at once: the first
   * edition changed by hand, the second dated before the first, and a third file that does not parse.
   */
  let brokenBuild: string | undefined;
  const truncated = '2026-01-11-truncated';
  function buildWithBrokenEditions(): string {
    if (brokenBuild !== undefined) return brokenBuild;
    const before = { first: readFileSync(edition(firstId), 'utf8'), second: readFileSync(edition(secondId), 'utf8') };
    writeFileSync(edition(firstId), before.first.replace('"name": "Sample Agency"', '"name": "Sample Agency Ltd"'));
    const { hash: _hash, ...body } = JSON.parse(before.second);
    writeFileSync(edition(secondId), serializeEdition({ ...body, asOf: '2026-01-08' }));
    writeFileSync(edition(truncated), before.second.slice(0, 200));
    try {
      brokenBuild = failedBuild();
    } finally {
      writeFileSync(edition(firstId), before.first);
      writeFileSync(edition(secondId), before.second);
      rmSync(edition(truncated));
    }
    return brokenBuild;
  }

  it('fails the build on an edition changed by hand, naming the file and the field', () => {
    expect(buildWithBrokenEditions()).toMatch(
      new RegExp(`content/editions/${firstId}\\.json:\\d+ hash: does not match the file's content`),
    );
  }, 120_000);

  it('fails the build on an edition dated before its predecessor', () => {
    expect(buildWithBrokenEditions()).toMatch(
      new RegExp(`content/editions/${secondId}\\.json:\\d+ asOf: is 2026-01-08, before the edition it follows`),
    );
  }, 120_000);

  it('fails the build on an edition that does not parse', () => {
    expect(buildWithBrokenEditions()).toMatch(
      new RegExp(`content/editions/${truncated}\\.json:\\d+ \\(file\\): is not valid JSON`),
    );
  }, 120_000);
});
