import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEditions, serializeEdition, EDITION_FORMAT } from '../../src/editions/edition-file';
import type { Snapshot } from '../../src/editions/snapshot';
import { main } from '../../src/tools/cli/edition';

/** A snapshot as the build would give it; `n` varies one claim's status so that two differ. */
function snapshot(status = 'reported', asOf = '2026-01-08'): Snapshot {
  return {
    articles: [
      {
        id: 'a1',
        title: 'Report',
        label: 'A1',
        outlet: 'Outlet',
        published: '8 January 2026',
        paragraphs: 1,
        digest: 'a'.repeat(64),
      },
    ],
    entities: [
      { id: 'ana', kind: 'people', name: 'Ana', facts: [], summary: [{ text: 'Ana spoke.', cite: ['a1#p-1'] }] },
    ],
    quotes: [],
    claims: [{ id: 'c', statement: 'It happened.', status, cite: ['a1#p-1'], supports: [], contradicts: [] }],
    briefing: {
      title: 'T',
      scope: 'S.',
      asOf,
      bottomLine: [{ text: 'Ana spoke {x} <script>alert(1)</script>.', cite: ['a1#p-1'] }],
      keyActors: [],
      timeline: [],
      keyQuotes: [],
      sources: [],
    },
  };
}

/** A project folder with content/, and the CLI run over it with a given snapshot standing in for the build. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'dossier-editions-'));
  const content = join(root, 'content');
  mkdirSync(content);
  let current = snapshot();
  const out: string[] = [];
  const run = (...argv: string[]) =>
    main(argv, {
      contentDir: content,
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(t),
      snapshot: () => structuredClone(current),
    });
  return {
    root,
    dir: join(content, 'editions'),
    run,
    out,
    set: (s: Snapshot) => (current = s),
    last: () => out.at(-1) ?? '',
    files: () => readdirSync(join(content, 'editions')),
  };
}

describe('npm run edition', () => {
  it('records the first edition, then a second one that points at it', () => {
    const p = project();
    expect(p.run('--title', 'First look')).toBe(0);
    expect(p.last()).toContain(
      'recorded content/editions/2026-01-08-first-look.json (edition 1, as of 8 January 2026)',
    );
    p.set(snapshot('confirmed'));
    expect(p.run('--title', 'Confirmed', '--as-of', '2026-01-09', '--note', 'A second source.')).toBe(0);
    expect(p.last()).toContain('since First look: 1 claim (1 status changed)');
    const { editions, problems } = readEditions(p.dir, p.root);
    expect(problems).toEqual([]);
    expect(editions.map((e) => [e.number, e.id, e.previous?.id ?? null, e.note ?? null])).toEqual([
      [1, '2026-01-08-first-look', null, null],
      [2, '2026-01-09-confirmed', '2026-01-08-first-look', 'A second source.'],
    ]);
    // Content is kept as data: the text reads back as written, braces and tags included.
    expect(editions[0]!.snapshot.briefing.bottomLine[0]!.text).toBe('Ana spoke {x} <script>alert(1)</script>.');
  });

  it('says so when nothing changed since the latest edition, and writes nothing', () => {
    const p = project();
    p.run('--title', 'First');
    expect(p.run('--title', 'Again')).toBe(1);
    expect(p.last()).toMatch(
      /nothing changed since the latest edition, First \(content\/editions\/2026-01-08-first\.json/,
    );
    expect(p.files()).toEqual(['2026-01-08-first.json']);
  });

  it('refuses a day before the latest edition, a date that is not a day, and an unknown source', () => {
    const p = project();
    p.run('--title', 'First', '--as-of', '2026-01-09');
    p.set(snapshot('denied'));
    expect(p.run('--title', 'Earlier', '--as-of', '2026-01-07')).toBe(1);
    expect(p.last()).toContain('--as-of 2026-01-07 is before the latest edition, First');
    expect(p.run('--title', 'Month', '--as-of', '2026-01')).toBe(1);
    expect(p.last()).toContain('--as-of 2026-01 is not a day');
    expect(p.run('--title', 'Bad', '--as-of', '2026-01-09', '--sources', 'a1,nope')).toBe(1);
    expect(p.last()).toContain('--sources names nope, which is no article of the dossier');
    expect(p.files()).toEqual(['2026-01-09-first.json']);
    expect(p.run()).toBe(2);
  });
});

describe('reading editions', () => {
  const write = (dir: string, name: string, text: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  const recorded = () => {
    const p = project();
    p.run('--title', 'First');
    p.set(snapshot('confirmed', '2026-01-09'));
    p.run('--title', 'Second');
    return p;
  };

  it('accepts the files as recorded, whatever their whitespace', () => {
    const p = recorded();
    const file = join(p.dir, '2026-01-09-second.json');
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))));
    expect(readEditions(p.dir, p.root).problems).toEqual([]);
  });

  it('refuses a file changed by hand, naming the file, the field and its line', () => {
    const p = recorded();
    const file = join(p.dir, '2026-01-08-first.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"status": "reported"', '"status": "confirmed"'));
    const { problems } = readEditions(p.dir, p.root);
    expect(problems.map((x) => [x.file, x.field, x.line])).toEqual([
      ['content/editions/2026-01-08-first.json', 'hash', 8],
    ]);
    expect(problems[0]!.message).toContain('was changed after it was recorded');
    // The edition after it still names the hash the first one had.
    expect(problems).toHaveLength(1);
  });

  it('refuses an edition dated before the one it follows', () => {
    const p = recorded();
    const second = JSON.parse(readFileSync(join(p.dir, '2026-01-09-second.json'), 'utf8'));
    const { hash: _hash, ...body } = second;
    write(p.dir, '2026-01-09-second.json', serializeEdition({ ...body, asOf: '2026-01-07' }));
    const { problems } = readEditions(p.dir, p.root);
    expect(problems.map((x) => [x.file, x.field])).toEqual([['content/editions/2026-01-09-second.json', 'asOf']]);
    expect(problems[0]!.message).toContain(
      'before the edition it follows (content/editions/2026-01-08-first.json, as of 2026-01-08)',
    );
  });

  it('refuses a file that does not parse, or is not an edition, naming it', () => {
    const p = recorded();
    write(p.dir, 'broken.json', '{ "format": 1,\n  "number": 3,\n  oops }');
    write(p.dir, 'notes.txt', 'hello');
    const { problems } = readEditions(p.dir, p.root);
    expect(problems.map((x) => [x.file, x.field, x.line])).toEqual([
      ['content/editions/broken.json', '(file)', 3],
      ['content/editions/notes.txt', '(file name)', undefined],
    ]);
    expect(problems[0]!.message).toContain('is not valid JSON');
  });

  it('refuses a missing or swapped edition in the chain', () => {
    const p = recorded();
    const first = JSON.parse(readFileSync(join(p.dir, '2026-01-08-first.json'), 'utf8'));
    const { hash: _hash, ...body } = first;
    // Re-recorded with other content: its own hash holds, but the edition after it names the old one.
    write(p.dir, '2026-01-08-first.json', serializeEdition({ ...body, title: 'Rewritten' }));
    expect(readEditions(p.dir, p.root).problems.map((x) => [x.file, x.field])).toEqual([
      ['content/editions/2026-01-09-second.json', 'previous'],
    ]);
  });

  it('refuses a field of the wrong shape, naming its path', () => {
    const p = project();
    write(
      p.dir,
      '2026-01-08-x.json',
      serializeEdition({
        format: EDITION_FORMAT,
        number: 1,
        id: '2026-01-08-x',
        title: 'X',
        asOf: '8 Jan',
        previous: null,
        snapshot: snapshot(),
      }),
    );
    const { problems } = readEditions(p.dir, p.root);
    expect(problems.map((x) => [x.field, x.line])).toEqual([['asOf', 6]]);
    expect(problems[0]!.message).toContain('is not a day');
  });
});
