import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';
import { parse as parseYaml } from 'yaml';
import { main } from '../../src/tools/cli/ingest';
import { parseMdx } from '../../src/content/render/article-text';
import { isEntryFileName } from '../../src/content/read/content-tree';
import { commitWrites } from '../../src/tools/ingest/atomic-write';
import { planIngest } from '../../src/tools/ingest/ingest';
import { MAX_INPUT_BYTES } from '../../src/tools/ingest/read-input';
import { articleSchema } from '../../src/schemas/article';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'ingest', 'content');

const NEWS = [
  'Ana Perez met the RPA in Ruritania on Monday, and said the {budget} was <b>fine</b>.',
  '',
  'Later, Maria Gonzalez of the World Bank flew to Paris. ¿Qué dijo? ¡Nada!',
  'import duties rose; # not a heading; > not a quote; <!-- not a comment -->',
].join('\r\n');

let dir: string;
let content: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  content = join(dir, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  writeFileSync(join(dir, 'news.txt'), NEWS);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir, contentDir: content });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file under the content folder with its bytes, to prove nothing was written. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(content, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(content);
  return files;
}

function split(file: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(file);
  expect(match, 'frontmatter, blank line, body').not.toBeNull();
  return { data: parseYaml(match![1]!), body: match![2]! };
}

const META = [
  '--title',
  "Ana Pérez meets the RPA: 'a {big} day'",
  '--outlet',
  'Daily <Planet>',
  '--date',
  '2026-01-08',
];
const SLUG = 'ana-perez-meets-the-rpa-a-big-day';

describe('npm run ingest', () => {
  it('writes a valid article with the text verbatim, links entities, copies the seed and reports', () => {
    const { code, out, err } = run('news.txt', ...META);
    expect(err).toBe('');
    expect(code).toBe(0);
    const path = join(content, 'articles', `${SLUG}.mdx`);
    const { data, body } = split(readFileSync(path, 'utf8'));
    const article = articleSchema.parse(data);
    expect(article).toMatchObject({
      title: "Ana Pérez meets the RPA: 'a {big} day'",
      label: 'Daily <Planet>: Ana Pérez meets the RPA…',
      outlet: { status: 'stated', value: 'Daily <Planet>' },
      published: { status: 'stated', value: '2026-01-08' },
      language: 'en',
      url: { status: 'not-stated' },
      seed: `${SLUG}.txt`,
      entities: ['ana-perez', 'ruritania', 'ruritanian-press-agency'],
    });
    expect(article.summary).toBe(
      'Ana Perez met the RPA in Ruritania on Monday, and said the {budget} was <b>fine</b>.',
    );
    const paragraphs = parseMdx(body).children.map((p) => (p.type === 'paragraph' ? p.children : []));
    expect(paragraphs.map((children) => children.map((c) => c.type))).toEqual([['text'], ['text'], ['text']]);
    expect(paragraphs.map((children) => (children[0]?.type === 'text' ? children[0].value : ''))).toEqual(
      NEWS.split('\r\n').filter((line) => line.trim()),
    );
    expect(readFileSync(join(content, 'seeds', `${SLUG}.txt`), 'utf8')).toBe(NEWS);
    expect(out).toContain(`ingest: wrote ${join('content', 'articles', `${SLUG}.mdx`)}`);
    expect(out).toMatch(/slug +ana-perez-meets-the-rpa-a-big-day/);
    expect(out).toMatch(/paragraphs +3\n/);
    expect(out).toMatch(/words +\d+/);
    expect(out).toContain('entities     3 linked (3 mentions): ana-perez, ruritania, ruritanian-press-agency');
    expect(out).toContain('first paragraph, cut at a sentence');
    expect(out).toContain('- Maria Gonzalez (person), ¶2: "Later, Maria Gonzalez of the World Bank flew to Paris."');
    expect(out).toContain('- World Bank (organization), ¶2');
    expect(out).toContain('- Paris (place), ¶2');
    expect(Object.keys(snapshot()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an existing article without --force, and replaces it with --force', () => {
    expect(run('news.txt', ...META).code).toBe(0);
    const before = snapshot();
    const again = run('news.txt', ...META);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(
      /^ingest: .*ana-perez-meets-the-rpa-a-big-day\.mdx already exists\. Pass --force to replace it/,
    );
    expect(again.err.split('\n')).toHaveLength(1);
    expect(snapshot()).toEqual(before);
    const forced = run('news.txt', ...META, '--summary', 'A new summary.', '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(/^ingest: replaced /);
    expect(readFileSync(join(content, 'articles', `${SLUG}.mdx`), 'utf8')).toContain('summary: "A new summary."');
  });

  it('lists the missing metadata and writes nothing', () => {
    const before = snapshot();
    const { code, err } = run('news.txt', '--outlet', 'BBC');
    expect(code).toBe(1);
    expect(err).toBe(
      'ingest: news.txt: missing --title and --date. Pass e.g. --title "Headline" --outlet "BBC" --date 2026-01-08 --lang en (--outlet not-stated or --date not-stated when the source does not say), or --draft to write a draft to finish by hand.',
    );
    expect(snapshot()).toEqual(before);
  });

  it('with --draft writes a _-prefixed draft the build ignores, with TODOs for what is missing', () => {
    const { code, out } = run('news.txt', '--draft');
    expect(code).toBe(0);
    expect(out).toContain('wrote draft content/articles/_news.mdx');
    expect(out).toContain('to finish');
    expect(isEntryFileName('_news.mdx')).toBe(false);
    const file = readFileSync(join(content, 'articles', '_news.mdx'), 'utf8');
    expect(file).toMatch(/^---\n# Draft written by ingest/);
    const { data } = split(file);
    expect(data).toMatchObject({
      title: 'TODO: headline written by us',
      outlet: { status: 'not-stated' },
      language: 'en',
    });
    expect(existsSync(join(content, 'articles', 'news.mdx'))).toBe(false);
  });

  it('records not-stated outlet and date, a URL, a chosen language, label and slug', () => {
    const { code } = run(
      'news.txt',
      '--title',
      'T',
      '--outlet',
      'not-stated',
      '--date',
      'not-stated',
      '--url',
      'https://example.org/news?id=1',
      '--lang',
      'en-GB',
      '--label',
      'Fixture note',
      '--slug',
      'fixture-note',
    );
    expect(code).toBe(0);
    const { data } = split(readFileSync(join(content, 'articles', 'fixture-note.mdx'), 'utf8'));
    expect(data).toMatchObject({
      label: 'Fixture note',
      outlet: { status: 'not-stated' },
      published: { status: 'not-stated' },
      url: { status: 'stated', value: 'https://example.org/news?id=1' },
      language: 'en-GB',
    });
  });

  it('detects Spanish', () => {
    writeFileSync(
      join(dir, 'es.txt'),
      'El presidente Gustavo Petro dijo que la llamada con Trump congeló la amenaza militar.\n',
    );
    const { code, out } = run('es.txt', '--title', 'Petro', '--outlet', 'El País', '--date', '2026-01-09', '--dry-run');
    expect(code).toBe(0);
    expect(out).toContain('language     es (detected; pass --lang to override)');
    expect(out).toMatch(/^ingest: dry run, nothing written/);
    expect(existsSync(join(content, 'articles', 'petro.mdx'))).toBe(false);
  });

  it('with --create-stubs writes draft profiles citing the paragraph, and never overwrites them', () => {
    const { code, out } = run('news.txt', ...META, '--create-stubs');
    expect(code).toBe(0);
    const person = readFileSync(join(content, 'people', '_maria-gonzalez.mdx'), 'utf8');
    expect(person).toContain('name: "Maria Gonzalez"');
    expect(person).toContain(`cite: "${SLUG}#p-2"`);
    expect(person).toContain(`<Cite to="${SLUG}#p-2" />`);
    expect(existsSync(join(content, 'organizations', '_world-bank.mdx'))).toBe(true);
    expect(existsSync(join(content, 'places', '_paris.mdx'))).toBe(true);
    expect(out).toContain('stub         wrote content/people/_maria-gonzalez.mdx');
    const { body } = split(person);
    const paragraph = parseMdx(body).children[0];
    expect(paragraph?.type === 'paragraph' && paragraph.children.map((c) => c.type)).toEqual([
      'text',
      'mdxJsxTextElement',
    ]);
    writeFileSync(join(content, 'people', '_maria-gonzalez.mdx'), 'edited by hand');
    const again = run('news.txt', ...META, '--create-stubs', '--force');
    expect(again.code).toBe(0);
    expect(again.out).toContain('skipped Maria Gonzalez');
    expect(readFileSync(join(content, 'people', '_maria-gonzalez.mdx'), 'utf8')).toBe('edited by hand');
  });

  const badInputs: Array<[string, Buffer | 'folder' | 'none', RegExp]> = [
    [
      'not UTF-8',
      Buffer.from([...Buffer.from('Bogot'), 0xe1, ...Buffer.from(' es la capital.\n')]),
      /^ingest: bad\.txt is not UTF-8: invalid byte 0xE1 at byte offset 5 \(line 1, column 6\)\. Re-save the file as UTF-8\.$/,
    ],
    ['empty', Buffer.alloc(0), /^ingest: bad\.txt is empty \(0 bytes\)\./],
    ['whitespace only', Buffer.from('   \n\t\n\r\n'), /^ingest: bad\.txt holds only whitespace/],
    [
      'binary',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /^ingest: bad\.txt looks like a binary file, not text: NUL byte at byte offset 8/,
    ],
    [
      'oversize',
      Buffer.alloc(MAX_INPUT_BYTES + 1, 'a'),
      /^ingest: bad\.txt is 1,048,577 bytes, over the limit of 1 MiB/,
    ],
    ['a folder', 'folder', /^ingest: bad\.txt is a folder, not a text file\./],
    ['missing', 'none', /^ingest: bad\.txt was not found\./],
  ];

  it.each(badInputs)('refuses a file that is %s: exit 1, one line, nothing written', (_name, input, message) => {
    if (input === 'folder') mkdirSync(join(dir, 'bad.txt'));
    else if (input !== 'none') writeFileSync(join(dir, 'bad.txt'), input);
    const before = snapshot();
    const { code, out, err } = run('bad.txt', ...META);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.split('\n')).toHaveLength(1);
    expect(snapshot()).toEqual(before);
  });

  it.each([
    [['news.txt', '--titel', 'x'], /^ingest: Unknown option '--titel'\./],
    [[], /^ingest: no text file given\./],
    [['a.txt', 'b.txt'], /^ingest: one text file at a time, got 2/],
    [['news.txt', ...META, '--slug', 'Not A Slug'], /^ingest: --slug "Not A Slug" is not a file name/],
    [
      ['news.txt', ...META.slice(0, 4), '--date', 'next Tuesday'],
      /^ingest: --date: "next Tuesday" is not a valid date\./,
    ],
    [['news.txt', ...META, '--title', 'two\nlines'], /^ingest: --title must be one line of text/],
  ])('refuses bad usage %j in one line', (args, message) => {
    const before = snapshot();
    const { code, err } = run(...args);
    expect(code).toBeGreaterThan(0);
    expect(err).toMatch(message);
    expect(err.split('\n')).toHaveLength(1);
    expect(snapshot()).toEqual(before);
  });

  it('prints help', () => {
    const { code, out } = run('--help');
    expect(code).toBe(0);
    expect(out).toContain('--create-stubs');
  });
});

describe('atomic writes', () => {
  it('leaves nothing behind when a later file cannot be written', () => {
    writeFileSync(join(dir, 'not-a-folder'), '');
    const first = join(content, 'articles', 'first.mdx');
    expect(() =>
      commitWrites([
        { path: first, data: 'one', replace: false },
        { path: join(dir, 'not-a-folder', 'second.mdx'), data: 'two', replace: false },
      ]),
    ).toThrow();
    expect(existsSync(first)).toBe(false);
    expect(readdirSync(join(content, 'articles')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a target that appears between planning and writing, and removes what it created', () => {
    const plan = planIngest({
      file: join(dir, 'news.txt'),
      displayName: 'news.txt',
      contentDir: content,
      metadata: { title: 'Race', outlet: 'BBC', date: '2026-01-08' },
    });
    writeFileSync(join(content, 'articles', 'race.mdx'), 'someone else');
    expect(() => commitWrites(plan.writes)).toThrow(/EEXIST/);
    expect(readFileSync(join(content, 'articles', 'race.mdx'), 'utf8')).toBe('someone else');
    expect(existsSync(join(content, 'seeds', 'race.txt'))).toBe(false);
    expect(readdirSync(join(content, 'articles')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the real command in its own process', () => {
  const command = ['--import', import.meta.resolve('tsx'), join(ROOT, 'src', 'tools', 'cli', 'ingest.ts')];
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [...command, ...args], {
      cwd: dir,
      env: { ...process.env, DOSSIER_CONTENT_DIR: content, INIT_CWD: dir },
      encoding: 'utf8',
    });

  it('exits 0 with a report, and non-zero with one line on stderr', () => {
    const ok = cli(['news.txt', ...META]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`slug         ${SLUG}`);
    expect(existsSync(join(content, 'articles', `${SLUG}.mdx`))).toBe(true);
    const refused = cli(['news.txt', ...META]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);

  it('never leaves a half-written file when interrupted with Ctrl-C', async () => {
    for (const delay of [50, 400, 900]) {
      rmSync(join(content, 'articles', `${SLUG}.mdx`), { force: true });
      const child = spawn(process.execPath, [...command, 'news.txt', ...META, '--force'], {
        cwd: dir,
        env: { ...process.env, DOSSIER_CONTENT_DIR: content, INIT_CWD: dir },
        stdio: 'ignore',
      });
      const exited = new Promise((done) => child.on('exit', done));
      await new Promise((done) => setTimeout(done, delay));
      child.kill('SIGINT');
      await exited;
      const path = join(content, 'articles', `${SLUG}.mdx`);
      if (existsSync(path)) expect(articleSchema.safeParse(split(readFileSync(path, 'utf8')).data).success).toBe(true);
      expect(readdirSync(join(content, 'articles')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
  }, 30_000);
});
