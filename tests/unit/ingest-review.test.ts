import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseFrontmatter } from '../../src/content/read/frontmatter';
import { readRegistry } from '../../src/content/read/registry';
import { quoteAppearsIn } from '../../src/content/render/quote-match';
import { KINDS } from '../../src/schemas/kinds';
import { quoteSchema } from '../../src/schemas/quote';
import { main as coverageMain } from '../../src/tools/cli/coverage';
import { main as ingestMain } from '../../src/tools/cli/ingest';
import { main as reviewMain } from '../../src/tools/cli/review';
import { commitWrites } from '../../src/tools/ingest/atomic-write';
import { planDecision } from '../../src/tools/ingest/decide';
import { ingest } from '../../src/tools/ingest/ingest';
import { readReviewFile } from '../../src/tools/ingest/review-file';

/**
 * The drafts ingest writes for review, and what accepting and rejecting them
 * does, on a copy of the minimal fixture dossier with one new article.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const NEWS = [
  'President Ana Pérez met the Sample Agency in Puerto Nuevo on Tuesday, and said the talks were “a good start for Ruritania.”',
  'Later, Maria Gonzalez, the director of the World Bank, told reporters the bank was “ready to help.”',
  'The two will meet again on 20 January 2026.',
].join('\n');
const ARTICLE = 'ana-perez-meets-the-agency';

let dir: string;
let content: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-review-'));
  content = join(dir, 'content');
  cpSync(join(ROOT, 'tests/fixtures/minimal/content'), content, { recursive: true });
  writeFileSync(join(dir, 'news.txt'), NEWS);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function ingestNews(extra: { force?: boolean } = {}) {
  return ingest({
    file: join(dir, 'news.txt'),
    displayName: 'news.txt',
    contentDir: content,
    cwd: dir,
    slug: ARTICLE,
    metadata: { title: 'Ana Pérez meets the agency', outlet: 'Wire', date: '2026-01-14', language: 'en' },
    ...extra,
  });
}

const draftOf = (text: string) => {
  const drafts = readReviewFile(content, ARTICLE)!.drafts;
  const found = drafts.find(
    (d) => ('text' in d && d.text.includes(text)) || ('name' in d && d.kind === 'profile' && d.name === text),
  );
  expect(found, `a draft for ${text}`).toBeDefined();
  return found!;
};

const decide = (draft: string, decision: 'accept' | 'reject', edits = {}) => {
  const plan = planDecision({ contentDir: content, article: ARTICLE, draft, decision, edits });
  commitWrites(plan.writes);
  return plan;
};

describe('drafts for review', () => {
  it('are written to content/_review/, never an entry folder, with the quotes, dates and names of the text', () => {
    const report = ingestNews();
    expect(report.reviewPath).toBe(join(content, '_review', `${ARTICLE}.json`));
    expect(report.quotes.map((q) => [q.paragraph, q.text, q.speaker])).toEqual([
      [1, 'a good start for Ruritania.', { entity: 'ana-perez' }],
      [2, 'ready to help.', { name: 'Maria Gonzalez', kind: 'person' }],
    ]);
    expect(report.events.map((e) => [e.paragraph, e.text, e.date])).toEqual([
      [1, 'on Tuesday', '2026-01-13'],
      [3, 'on 20 January 2026', '2026-01-20'],
    ]);
    expect(report.profiles.map((p) => [p.name, p.folder, p.role])).toEqual([
      ['Maria Gonzalez', 'people', { title: 'director', of: 'World Bank', phrase: 'director of the World Bank' }],
      ['World Bank', 'organizations', undefined],
    ]);
  });

  it('accepting a quote appends a normal, checked entry with its citation to the registry', () => {
    ingestNews();
    const plan = decide(draftOf('a good start').id, 'accept');
    const registry = readRegistry(join(content, 'quotes.yaml'), 'quote');
    const [id, entry] = registry.entries.at(-1)!;
    expect(id).toBe(plan.entry!.id);
    expect(quoteSchema.parse(entry)).toMatchObject({
      speaker: 'ana-perez',
      text: 'a good start for Ruritania.',
      cite: `${ARTICLE}#p-1`,
      language: 'en',
    });
    expect(quoteAppearsIn((entry as { text: string }).text, NEWS.split('\n')[0]!)).toBe(true);
    expect(registry.entries.map(([key]) => key)).toContain('perez-went-well');
  });

  it('refuses a quote whose speaker has no profile, and says what to do; nothing is written', () => {
    ingestNews();
    const before = readFileSync(join(content, 'quotes.yaml'), 'utf8');
    expect(() => decide(draftOf('ready to help').id, 'accept')).toThrow(
      /the quote's speaker is "Maria Gonzalez", who has no profile yet: accept a profile for the speaker first, or give the speaker's profile id/,
    );
    expect(readFileSync(join(content, 'quotes.yaml'), 'utf8')).toBe(before);
  });

  it('accepting a profile and an event writes entries their schemas accept, citing the paragraph', () => {
    ingestNews();
    const person = decide(draftOf('Maria Gonzalez').id, 'accept');
    const event = decide(draftOf('20 January').id, 'accept', { name: 'Second meeting' });
    const read = (path: string) => parseFrontmatter(readFileSync(path, 'utf8'), path);
    const profile = read(person.entry!.path);
    expect(KINDS.people.schema.parse(profile.data)).toMatchObject({
      name: 'Maria Gonzalez',
      roles: [{ title: 'director of the World Bank', cite: [`${ARTICLE}#p-2`] }],
    });
    expect(profile.body).toContain(`<Cite to="${ARTICLE}#p-2" />`);
    const dated = read(event.entry!.path);
    expect(event.entry!.path).toBe(join(content, 'events', 'second-meeting.mdx'));
    expect(KINDS.events.schema.parse(dated.data)).toMatchObject({
      name: 'Second meeting',
      date: { edtf: '2026-01-20', cite: [`${ARTICLE}#p-3`] },
    });
    // With the speaker's profile there, the quote can be accepted too.
    expect(() => decide(draftOf('ready to help').id, 'accept', { speaker: 'maria-gonzalez' })).not.toThrow();
  });

  it('refuses a profile for a name another profile has', () => {
    writeFileSync(
      join(dir, 'news.txt'),
      'The Sample Agency met Ruritania’s Ana Pérez and the World Bank in Puerto Nuevo.',
    );
    ingestNews();
    const plan = () => decide(draftOf('World Bank').id, 'accept', { name: 'Sample Agency' });
    expect(plan).toThrow(
      /"Sample Agency" is already a name of sample-agency \(content\/organizations\/sample-agency\.mdx\)/,
    );
  });

  it('does not propose a rejected or accepted draft again when the article is ingested again', () => {
    ingestNews();
    decide(draftOf('World Bank').id, 'reject');
    decide(draftOf('a good start').id, 'accept');
    const again = ingestNews({ force: true });
    expect(again.profiles.map((p) => p.name)).toEqual(['Maria Gonzalez']);
    expect(again.quotes.map((q) => q.text)).toEqual(['ready to help.']);
    const statuses = readReviewFile(content, ARTICLE)!.drafts.map((d) => d.status);
    expect(statuses.filter((s) => s === 'rejected')).toHaveLength(1);
  });
});

describe('npm run review', () => {
  function run(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = reviewMain(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), contentDir: content });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('lists the drafts waiting, accepts and rejects them', () => {
    ingestNews();
    const list = run('list');
    expect(list.code).toBe(0);
    expect(list.out).toContain(`${ARTICLE}: 6 drafts`);
    expect(list.out).toMatch(/quote-[0-9a-f]{10} {2}quote ¶1 “a good start for Ruritania\.” — ana-perez/);
    const id = draftOf('World Bank').id;
    expect(run('reject', ARTICLE, id).out).toBe(
      `review: rejected ${id}: it will not be proposed again for ${ARTICLE}.`,
    );
    expect(run('reject', ARTICLE, id)).toMatchObject({ code: 1, err: `review: the draft ${id} was already rejected.` });
    expect(run('accept', ARTICLE, 'quote-0000000000').err).toMatch(
      /^review: the article "ana-perez-meets-the-agency" has no draft "quote-0000000000"\. Proposed drafts: /,
    );
    expect(run('accept', ARTICLE)).toMatchObject({ code: 2 });
  });
});

describe('npm run ingest --report', () => {
  it('writes the machine-readable report even with --dry-run, and nothing else', () => {
    const out: string[] = [];
    const code = ingestMain(
      [
        'news.txt',
        '--title',
        'Ana Pérez meets the agency',
        '--outlet',
        'Wire',
        '--date',
        '2026-01-14',
        '--dry-run',
        '--report',
        'report.json',
      ],
      { stdout: (t) => out.push(t), stderr: (t) => out.push(t), cwd: dir, contentDir: content },
    );
    expect(code).toBe(0);
    expect(existsSync(join(content, '_review'))).toBe(false);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report).toMatchObject({
      article: 'ana-perez-meets-the-agency',
      language: 'en',
      dryRun: true,
      suggestions: [
        { name: 'Maria Gonzalez', kind: 'people', paragraph: 2 },
        { name: 'World Bank', kind: 'organizations', paragraph: 2 },
      ],
      quotes: [
        { paragraph: 1, text: 'a good start for Ruritania.', speaker: 'ana-perez' },
        { paragraph: 2, text: 'ready to help.', speaker: { name: 'Maria Gonzalez', kind: 'people' } },
      ],
      events: [
        { paragraph: 1, text: 'on Tuesday', date: '2026-01-13' },
        { paragraph: 3, text: 'on 20 January 2026', date: '2026-01-20' },
      ],
    });
  });
});

describe('npm run coverage', () => {
  it('says per article which paragraphs no statement cites, which quotes are unregistered and which names have no profile', () => {
    ingestNews();
    const out: string[] = [];
    expect(coverageMain(['--json'], { stdout: (t) => out.push(t), contentDir: content })).toBe(0);
    const report = parseYaml(out.join('\n')) as Array<Record<string, unknown>>;
    expect(report.find((a) => a.article === ARTICLE)).toEqual({
      article: ARTICLE,
      language: 'en',
      paragraphs: 3,
      uncited: [1, 2, 3],
      unregisteredQuotes: [
        { paragraph: 1, text: 'a good start for Ruritania.' },
        { paragraph: 2, text: 'ready to help.' },
      ],
      unprofiledNames: [
        { name: 'Maria Gonzalez', kind: 'person', paragraph: 2 },
        { name: 'World Bank', kind: 'organization', paragraph: 2 },
      ],
    });
    expect(report.find((a) => a.article === 'sample-article')).toMatchObject({ uncited: [] });
  });
});
