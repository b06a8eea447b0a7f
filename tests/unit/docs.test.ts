import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

/**
 * The documentation stays true to the files it points at: every Markdown link leads to a file that exists and, with
 * a #fragment, to a heading of that file; every repository path written as code (`src/views/book.ts`) exists.
 */

/** Folders never searched for documentation: installed, built or generated files, and content fixtures. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'bench', 'scratch', 'test-results', 'fixtures']);

/** Every Markdown file of the project, relative to its root, sorted. */
function markdownFiles(dir = ROOT): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return SKIP.has(name) || name.startsWith('.dist') ? [] : markdownFiles(path);
      return name.endsWith('.md') ? [relative(ROOT, path)] : [];
    });
}

/** The Markdown syntax tree of `file`, or of `text` as if it were that file. */
const parse = (file: string, text = readFileSync(join(ROOT, file), 'utf8')) =>
  unified().use(remarkParse).parse(text) as Root;

/** The anchors GitHub gives a Markdown file's headings (`## How it is made` → `how-it-is-made`). */
function headingAnchors(file: string, text?: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(parse(file, text), 'heading', (heading: Heading) => {
    anchors.add(slugger.slug(toString(heading)));
  });
  return anchors;
}

/** Every link of `file` that is not to the web, as `file: [text](target)` problems when it leads nowhere. */
function brokenLinks(file: string, text?: string): string[] {
  const problems: string[] = [];
  visit(parse(file, text), 'link', (link: Link) => {
    const { url } = link;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return;
    const [path = '', fragment] = url.split('#');
    const target = path ? join(dirname(file), decodeURIComponent(path)) : file;
    const where = `${file}:${link.position?.start.line}: [${toString(link)}](${url})`;
    if (!existsSync(join(ROOT, target))) problems.push(`${where}: there is no ${target}`);
    else if (
      fragment &&
      target.endsWith('.md') &&
      !headingAnchors(target, target === file ? text : undefined).has(fragment)
    )
      problems.push(`${where}: ${target} has no heading #${fragment}`);
  });
  return problems;
}

/**
 * Repository paths written as inline code (`src/views/book.ts`, `tests/e2e/`) that do not exist. Patterns and
 * placeholders (`content/<kind>/<id>.mdx`, `dist/editions/…`) and files the build or a command writes are not paths.
 */
function missingPaths(file: string, text?: string): string[] {
  const problems: string[] = [];
  visit(parse(file, text), 'inlineCode', (code) => {
    const path = code.value.replace(/:\d+$/, '');
    if (!/^(src|tests|docs|content|public|\.ci)\/[\w./-]*$/.test(path) || /[<>*…]/.test(path)) return;
    if (!existsSync(join(ROOT, path)))
      problems.push(`${file}:${code.position?.start.line}: \`${code.value}\` does not exist`);
  });
  return problems;
}

describe('the documentation', () => {
  const files = markdownFiles();

  it('is found: the README, CONTRIBUTING.md, docs/ and the layer notes', () => {
    expect(files).toEqual(
      expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'docs/architecture.md', 'src/README.md']),
    );
  });

  it('links only to files and headings that exist', () => {
    expect(files.flatMap((file) => brokenLinks(file))).toEqual([]);
  });

  it('names only repository paths that exist', () => {
    expect(files.flatMap((file) => missingPaths(file))).toEqual([]);
  });

  it('reports a link to a missing file or heading, and a path that does not exist, with their line', () => {
    const text = [
      '[fine](docs/architecture.md#dependencies-and-why) [web](https://example.org/) [here](#the-guide)',
      '',
      '## The guide',
      '',
      '[gone](docs/nowhere.md) and [no heading](docs/architecture.md#dependencies-and-why-not)',
      '',
      '`src/views/book.ts`, `content/<kind>/<id>.mdx`, `src/views/no-such-file.ts`',
    ].join('\n');
    expect(brokenLinks('README.md', text)).toEqual([
      'README.md:5: [gone](docs/nowhere.md): there is no docs/nowhere.md',
      'README.md:5: [no heading](docs/architecture.md#dependencies-and-why-not): docs/architecture.md has no heading #dependencies-and-why-not',
    ]);
    expect(missingPaths('README.md', text)).toEqual(['README.md:7: `src/views/no-such-file.ts` does not exist']);
  });
});
