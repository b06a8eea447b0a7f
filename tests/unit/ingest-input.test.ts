import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleSchema } from '../../src/schemas/article';
import { IngestError } from '../../src/tools/ingest/errors';
import { detectLanguage } from '../../src/tools/ingest/language';
import {
  buildFrontmatter,
  defaultSummary,
  deriveLabel,
  serialiseArticle,
  validateFrontmatter,
} from '../../src/tools/ingest/metadata';
import { provenance } from '../../src/tools/ingest/provenance';
import { parseFrontmatter } from '../../src/content/read/frontmatter';
import { decodeSource, MAX_INPUT_BYTES } from '../../src/tools/ingest/read-input';
import { firstInvalidUtf8, positionOf } from '../../src/shared/utf8';
import { slugify } from '../../src/tools/ingest/slug';

const bytes = (...values: Array<number | string>) =>
  Buffer.concat(values.map((v) => (typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.from([v]))));

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', bytes('abc'), -1],
    ['accents and emoji', bytes('Bogotá 🔴 ¿Qué?'), -1],
    ['Latin-1 é', bytes('caf', 0xe9, ' noir'), 3],
    ['lone continuation byte', bytes('a', 0x80), 1],
    ['overlong slash', bytes(0xc0, 0xaf), 0],
    ['UTF-16 surrogate', bytes('x', 0xed, 0xa0, 0x80), 1],
    ['past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['truncated at the end', bytes('ab', 0xe2, 0x82), 2],
    ['0xFF', bytes(0xff), 0],
  ])('%s', (_name, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });

  it('agrees with the platform decoder on every two-byte sequence', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let a = 0x80; a <= 0xff; a++) {
      for (const b of [0x00, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0]) {
        const input = new Uint8Array([a, b]);
        let valid = true;
        try {
          decoder.decode(input);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(input) === -1, `${a.toString(16)} ${b.toString(16)}`).toBe(valid);
      }
    }
  });
});

describe('positionOf', () => {
  it('counts lines (LF, CRLF, CR) and columns in characters', () => {
    const input = bytes('ab\r\ncd\né€x\rz');
    expect(positionOf(input, 0)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(positionOf(input, 5)).toEqual({ offset: 5, line: 2, column: 2 });
    expect(positionOf(input, input.indexOf('x'))).toMatchObject({ line: 3, column: 3 });
    expect(positionOf(input, input.length - 1)).toMatchObject({ line: 4, column: 1 });
  });
});

describe('decodeSource refuses what is not an article text, in one line', () => {
  it.each([
    ['empty', bytes(), /^notes\.txt is empty \(0 bytes\)\./],
    ['whitespace only', bytes(' \n\t\r\n  \u00a0\n'), /^notes\.txt holds only whitespace/],
    ['BOM and blank lines', bytes('\uFEFF\n\n'), /^notes\.txt holds only whitespace/],
    [
      'binary',
      bytes('PK', 3, 4, 0, 0, 'x'),
      /^notes\.txt looks like a binary file, not text: NUL byte at byte offset 4 \(line 1, column 5\)/,
    ],
    [
      'UTF-16',
      bytes(0xff, 0xfe, 'a', 0, 'b', 0),
      /^notes\.txt is UTF-16 text, not UTF-8.*Re-save the file as UTF-8\.$/,
    ],
    [
      'Latin-1',
      bytes('Line one\nSegunda l', 0xed, 'nea'),
      /^notes\.txt is not UTF-8: invalid byte 0xED at byte offset 18 \(line 2, column 10\)\. Re-save the file as UTF-8\.$/,
    ],
    [
      'control character',
      bytes('bell \u0007 here'),
      /^notes\.txt contains the control character U\+0007 at byte offset 5 \(line 1, column 6\)/,
    ],
    ['C1 control', bytes('a\u0085b'), /U\+0085 at byte offset 1/],
    [
      'over the limit',
      Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61),
      /^notes\.txt is 1,048,577 bytes, over the limit of 1 MiB \(1,048,576 bytes\) for one article\./,
    ],
  ])('%s', (_name, input, message) => {
    const text = refusal(() => decodeSource(input, 'notes.txt'));
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });

  it('accepts text with a BOM, CRLF, tabs and any Unicode', () => {
    expect(decodeSource(bytes('\uFEFF¡Sí!\r\n\tβ 🔴\r\n'), 'x.txt')).toBe('\uFEFF¡Sí!\r\n\tβ 🔴\r\n');
  });
});

describe('slugify', () => {
  it.each([
    ["Petro tells the BBC there is a 'real threat'", 'petro-tells-the-bbc-there-is-a-real-threat'],
    ['Bogotá: ¿Qué pasó con García-Peña?', 'bogota-que-paso-con-garcia-pena'],
    ['Straße Ærø Łódź', 'strasse-aero-lodz'],
    ['{props.x} <script>', 'props-x-script'],
    ['北京 🔴', ''],
  ])('%s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts long titles at a word, within 60 characters', () => {
    const slug = slugify(
      'Petro says Trump admitted planning a military operation against Colombia, and that their call froze it',
    );
    expect(slug).toBe('petro-says-trump-admitted-planning-a-military-operation');
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});

describe('language detection', () => {
  it('maps franc’s ISO 639-3 answer to a BCP 47 tag', () => {
    expect(
      detectLanguage(
        'Colombia’s President Gustavo Petro has told the BBC that he believes there is now a real threat.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'El presidente de Colombia dijo que la llamada con Trump congeló la amenaza de una operación militar.',
      ),
    ).toBe('es');
    expect(detectLanguage('¡Sí!')).toBeUndefined();
  });
});

describe('label and summary', () => {
  it('derives a label of at most 40 characters from outlet and title', () => {
    expect(deriveLabel('Petro warns of a real threat', 'BBC')).toBe('BBC: Petro warns of a real threat');
    const long = deriveLabel('Petro tells the BBC there is a real threat of US military action', 'BBC');
    expect(long).toBe('BBC: Petro tells the BBC there is a…');
    expect(long.length).toBeLessThanOrEqual(40);
    expect(deriveLabel('Petro says the call froze the threat', 'not-stated')).toBe(
      'Petro says the call froze the threat',
    );
  });

  it('summarises with the first paragraph’s sentences that fit in 300 characters', () => {
    const first = 'One. '.repeat(70).trim();
    const summary = defaultSummary([first, 'Second paragraph.'], 'en');
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary.endsWith('One.')).toBe(true);
    expect(defaultSummary(['Short. Text.'], 'en')).toBe('Short. Text.');
    expect(defaultSummary(['x'.repeat(400)], 'en')).toHaveLength(300);
  });
});

describe('frontmatter', () => {
  const hostileTitle = `Petro: "real threat" — 'it's {x}' <b> # not a comment --- & *stars* \\ ¿Qué?`;
  // As ingest writes it: the metadata, then the source descriptor and the preservation record of the received text.
  const received = new Date('2026-01-10T12:00:00Z');
  const frontmatter = {
    ...buildFrontmatter(
      {
        title: hostileTitle,
        outlet: 'El País: América',
        date: '2026-01-08',
        language: 'en',
        url: 'https://example.org/a?b=c#d',
      },
      ['First paragraph. Second sentence.'],
      'x.txt',
      ['colombia', 'gustavo-petro'],
    ),
    ...provenance(bytes('First paragraph. Second sentence.'), received, 'x', 'El País: América'),
  };

  it('serialises quotes, colons, # and --- safely and reads back the same', () => {
    const file = serialiseArticle(frontmatter, 'Body\n');
    const match = /^---\n([\s\S]*?)\n---\n\nBody\n$/.exec(file);
    expect(match).not.toBeNull();
    expect(parseYaml(match![1]!)).toEqual(frontmatter);
    expect(file.split('\n').filter((line) => line === '---')).toHaveLength(2);
  });

  it('reads back through Astro’s own frontmatter parser as the same strings, however YAML-like they look', () => {
    const tricky = {
      ...buildFrontmatter(
        {
          title: '2026',
          outlet: 'null',
          date: '2026-01-08',
          language: 'en',
          label: 'yes',
          summary: '0o17: ~ # not a comment',
        },
        ['P.'],
        '2026-01-08.txt',
        ['true', '123'],
      ),
      ...provenance(bytes('P.'), received, '2026', 'null'),
    };
    const parsed = parseFrontmatter(serialiseArticle(tricky, 'Body\n'), 'tricky.mdx');
    expect(parsed.data).toEqual(tricky);
    expect(parsed.body.trimStart()).toBe('Body\n');
    expect(articleSchema.safeParse(parsed.data).success).toBe(true);
  });

  it('is what the site’s article schema accepts', () => {
    expect(articleSchema.safeParse(frontmatter).success).toBe(true);
    expect(() => validateFrontmatter(frontmatter)).not.toThrow();
  });

  it('names the option to fix when the schema refuses a value', () => {
    const bad = { ...frontmatter, published: { status: 'stated' as const, value: '2026-13-45' } };
    expect(refusal(() => validateFrontmatter(bad))).toMatch(/^--date: "2026-13-45" is not a valid date\./);
    const url = { ...frontmatter, url: { status: 'stated' as const, value: 'javascript:alert(1)' } };
    expect(refusal(() => validateFrontmatter(url))).toBe('--url: url must be an http(s) address.');
  });

  it('records not-stated outlet and date, and a missing URL, without guessing', () => {
    const data = buildFrontmatter(
      { title: 'T', outlet: 'not-stated', date: 'not-stated', language: 'es' },
      ['P.'],
      's.txt',
      [],
    );
    expect(data.outlet).toEqual({ status: 'not-stated' });
    expect(data.published).toEqual({ status: 'not-stated' });
    expect(data.url).toEqual({ status: 'not-stated', note: 'The seed text carries no address.' });
    expect(data.label).toBe('T');
  });
});
