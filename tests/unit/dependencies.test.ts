import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import type { Heading, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

/**
 * package.json as an Astro user expects it, and as docs/architecture.md describes it: what the site needs to build
 * is in `dependencies`, tools and tests in `devDependencies`, and every package has a row saying why.
 */

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

/** The packages named (in code spans) in the first column of the table under each `###` heading of `section`. */
function dependencyTables(markdown: string, section: string): Record<string, string[]> {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const tables: Record<string, string[]> = {};
  let inSection = false;
  let heading: string | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = toString(node as Heading);
      if ((node as Heading).depth === 2) inSection = text === section;
      else if (inSection) heading = text;
    } else if (inSection && heading && node.type === 'table') {
      const [, ...rows] = (node as Table).children;
      tables[heading] = rows.flatMap((row) =>
        (row.children[0]?.children ?? []).flatMap((cell) => (cell.type === 'inlineCode' ? [cell.value] : [])),
      );
    }
  }
  return tables;
}

/** The packages a source file imports as values (`import type` needs no package at run time). */
function importedPackages(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers.flatMap((specifier) => {
    if (/^(\.|\/|node:|astro:|virtual:)/.test(specifier) || builtinModules.includes(specifier)) return [];
    const [first, second] = specifier.split('/');
    const name = first!.startsWith('@') ? `${first}/${second}` : first!;
    // Not a package: a specifier built in code that runs elsewhere (`import('${base}pagefind/pagefind.js')`).
    return /^(@[a-z0-9~-][\w.~-]*\/)?[a-z0-9~-][\w.~-]*$/.test(name) ? [name] : [];
  });
}

/** Every TypeScript, JavaScript and Astro file under `dir`, skipping `except`. */
function sourceFiles(dir: string, except: string[] = []): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (except.includes(path) || name === 'fixtures') return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path, except);
    return /\.(?:ts|mjs|js|cjs|astro)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `file: package` for each package `files` import that `allowed` does not hold. */
function undeclared(files: string[], allowed: Set<string>): string[] {
  return files.flatMap((file) =>
    importedPackages(readFileSync(join(ROOT, file), 'utf8'))
      .filter((name) => !allowed.has(name))
      .map((name) => `${relative(ROOT, join(ROOT, file))}: ${name}`),
  );
}

describe('dependencies', () => {
  const tables = dependencyTables(readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8'), 'Dependencies and why');

  it('are each in the table of docs/architecture.md that matches their section of package.json', () => {
    expect(sorted(tables.dependencies ?? [])).toEqual(sorted(Object.keys(pkg.dependencies)));
    expect(sorted(tables.devDependencies ?? [])).toEqual(sorted(Object.keys(pkg.devDependencies)));
  });

  it('that the site imports to build are in dependencies, so npm ci --omit=dev can build it', () => {
    const site = [...sourceFiles('src', ['src/tools']), 'astro.config.mjs'];
    expect(undeclared(site, new Set(Object.keys(pkg.dependencies)))).toEqual([]);
  });

  it('that the tools and tests import are declared, never taken from another package’s dependencies', () => {
    const all = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
    const files = [...sourceFiles('src/tools'), ...sourceFiles('tests'), 'vitest.config.ts'];
    expect(undeclared(files, all)).toEqual([]);
  });

  it('are read from the tables and the imports as the checks above expect', () => {
    const markdown = [
      '## Dependencies and why',
      '### dependencies',
      '| package | why |\n| --- | --- |\n| `astro`, `pagefind` | the site |',
      '### devDependencies',
      '| package | why |\n| --- | --- |\n| `vitest` | tests (`npm test`) |',
      '## Known limitations',
      '| package | why |\n| --- | --- |\n| `not-a-dependency` | elsewhere |',
    ].join('\n\n');
    expect(dependencyTables(markdown, 'Dependencies and why')).toEqual({
      dependencies: ['astro', 'pagefind'],
      devDependencies: ['vitest'],
    });
    const source = [
      "import { z } from 'astro/zod';",
      "import type { Root } from 'hast';",
      "import {\n  visit,\n  type Visitor,\n} from 'unist-util-visit';",
      "import '@fontsource/inter/latin.css';",
      "import { join } from 'node:path';",
      "import fs from 'fs';",
      "import { x } from '../x';",
      "const pagefind = await import('pagefind');",
      "const found = await import('${base}pagefind/pagefind.js');",
      "export { ajv } from '@scope/ajv/dist/2020.js';",
    ].join('\n');
    expect(importedPackages(source)).toEqual([
      'astro',
      'unist-util-visit',
      '@fontsource/inter',
      '@scope/ajv',
      'pagefind',
    ]);
  });
});
