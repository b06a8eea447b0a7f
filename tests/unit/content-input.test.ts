import { describe, expect, it } from 'vitest';
import { decodeContent } from '../../src/content/read/content-file';
import { readDeploySettings } from '../../src/build/deploy-settings';
import { parseFrontmatter } from '../../src/content/read/frontmatter';
import { fieldLine, parseFieldPath, parseYamlSource } from '../../src/content/read/yaml-source';

const bytes = (text: string) => new TextEncoder().encode(text);
const messageOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('decodeContent', () => {
  it('reads a BOM, CRLF and CR as nothing, a plain line feed', () => {
    expect(decodeContent(bytes('\uFEFF---\r\nname: A\r\n---\rText'), 'x.mdx')).toBe('---\nname: A\n---\nText');
  });

  it.each([
    [[0x61, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a], 'x.mdx:2:4 is not UTF-8: byte 0xE9 at byte offset 5'],
    [[0xff, 0xfe, 0x61, 0x00], 'x.mdx is UTF-16 text'],
    [[0x61, 0x00, 0x62], 'x.mdx:1:2 holds a NUL byte (byte offset 1)'],
  ])('refuses %j by file, line and column', (input, message) => {
    expect(messageOf(() => decodeContent(new Uint8Array(input), 'x.mdx'))).toContain(message);
  });
});

describe('parseFrontmatter', () => {
  it('keeps the body on the file’s lines and reads dates as text', () => {
    const file = parseFrontmatter('---\nname: A\ndate: 2026-01-08\n---\n\nBody.\n', 'x.mdx');
    expect(file.data).toEqual({ name: 'A', date: '2026-01-08' });
    expect(file.body.split('\n').indexOf('Body.')).toBe(5);
  });

  it('reads a file without frontmatter as no fields', () => {
    expect(parseFrontmatter('Just text.\n', 'x.mdx')).toMatchObject({ data: {}, body: 'Just text.\n' });
  });

  it('refuses a frontmatter that is not a set of fields', () => {
    expect(messageOf(() => parseFrontmatter('---\n- a\n- b\n---\n', 'x.mdx'))).toBe(
      'x.mdx:2 the frontmatter is not a list of fields. Write one "key: value" per line between the --- lines.',
    );
  });
});

describe('parseYamlSource', () => {
  it.each([
    ['an unclosed quote, at the quote', 'a: 1\nname: "Ana\nb: 2\n', 'f.yaml:2:7 this quoted value is never closed.'],
    [
      'a duplicate key, naming both lines',
      'a: 1\nb: 2\na: 3\n',
      'f.yaml:3:1 the key "a" appears twice (first on line 1).',
    ],
    ['a tab', 'a:\n\t- b\n', 'f.yaml:2:1 this line is indented with a tab'],
    ['an alias', 'a: &x 1\nb: *x\n', 'uses YAML aliases'],
    ['a key indented too far', 'a:\n  - t: X\n     u: y\n', 'f.yaml:3:6 bad indentation: "u:" is indented further'],
  ])('refuses %s', (_name, text, message) => {
    expect(messageOf(() => parseYamlSource(text, 'f.yaml'))).toContain(message);
  });

  it('counts lines from the start of the file when the YAML is a frontmatter', () => {
    expect(messageOf(() => parseYamlSource('\na: 1\na: 2\n', 'x.mdx', { lineOffset: 3 }))).toContain('x.mdx:6:1');
  });

  it('finds the line of a field, not of an earlier equal value', () => {
    const source = parseYamlSource('roles:\n  - cite: a#p-9\nrelations:\n  - to: b\n    cite: [a#p-1, a#p-9]\n', 'f');
    expect(fieldLine(source, parseFieldPath('roles[0].cite'))).toBe(2);
    expect(fieldLine(source, parseFieldPath('relations[0].cite[1]'))).toBe(5);
    expect(fieldLine(source, parseFieldPath('relations[0].type'))).toBe(4);
  });
});

describe('readDeploySettings', () => {
  it.each([
    [{}, { site: 'http://127.0.0.1:4321', base: '/' }],
    [
      { DOSSIER_SITE: 'https://example.org/', DOSSIER_BASE: '/dossier' },
      { site: 'https://example.org', base: '/dossier/' },
    ],
    [{ DOSSIER_BASE: '/a/b.c~_-/' }, { site: 'http://127.0.0.1:4321', base: '/a/b.c~_-/' }],
  ])('accepts %j', (env, settings) => {
    expect(readDeploySettings(env)).toEqual(settings);
  });

  it.each([
    [{ DOSSIER_SITE: 'not-a-url' }, 'DOSSIER_SITE="not-a-url" is not a web address.'],
    [{ DOSSIER_SITE: 'javascript:alert(1)//' }, 'uses "javascript:"'],
    [{ DOSSIER_SITE: 'https://user:pw@example.org' }, 'holds a user name or password'],
    [{ DOSSIER_SITE: 'https://example.org/?q=1' }, 'has a path, query or fragment'],
    [{ DOSSIER_BASE: '/a b/' }, 'For example: DOSSIER_BASE=/a-b/'],
    [{ DOSSIER_BASE: '/a/../b/' }, 'holds ".."'],
    [{ DOSSIER_BASE: '/a//b/' }, 'holds an empty segment'],
    [{ DOSSIER_BASE: '/"><script>/' }, 'DOSSIER_BASE="/\\"><script>/" holds'],
  ])('refuses %j, naming the variable, the value and an example', (env, message) => {
    const text = messageOf(() => readDeploySettings(env));
    expect(text).toContain(message);
    expect(text).toMatch(/For example: DOSSIER_(SITE|BASE)=/);
  });

  // The messages a build prints, word for word (tests/build/refuses-bad-content.test.ts builds with one of them, to
  // pin how the build reports them).
  it.each([
    [
      { DOSSIER_SITE: 'not-a-url' },
      'DOSSIER_SITE="not-a-url" is not a web address. For example: DOSSIER_SITE=https://dossier.example.org',
    ],
    [
      { DOSSIER_SITE: 'javascript:alert(1)//' },
      `DOSSIER_SITE="javascript:alert(1)//" uses "javascript:"; the site's public address must be http:// or https://. For example: DOSSIER_SITE=https://dossier.example.org`,
    ],
    [
      { DOSSIER_SITE: 'https://example.org/dossier' },
      'DOSSIER_SITE="https://example.org/dossier" has a path, query or fragment; it is the origin only. Put the path in DOSSIER_BASE. For example: DOSSIER_SITE=https://example.org DOSSIER_BASE=/dossier/',
    ],
    [
      { DOSSIER_BASE: '/a b/' },
      'DOSSIER_BASE="/a b/" holds "a b", which not every host serves as written. Use letters, digits and - _ . ~ in each part of the path. For example: DOSSIER_BASE=/a-b/',
    ],
    [
      { DOSSIER_BASE: 'dossier/' },
      'DOSSIER_BASE="dossier/" must start with "/": it is the path the site lives under on its host. For example: DOSSIER_BASE=/dossier/',
    ],
  ])('says for %j exactly what the build prints', (env, message) => {
    expect(messageOf(() => readDeploySettings(env))).toBe(message);
  });
});
