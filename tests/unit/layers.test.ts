import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The pipeline as folders: each layer may import its own and the layers
 * below it, never one above. Lowest first; `src/README.md` says what each holds.
 */
const LAYERS = [
  'shared',
  'schemas',
  'identity',
  'content',
  'dossier',
  'views',
  'exports',
  'editions',
  'site',
  // Astro's entry points: the routes, the collections, the build hooks.
  'pages|content.config.ts|build',
  'tools',
] as const;

const SRC = resolve(import.meta.dirname, '../../src');

/** The layer of a file under src/, by its first path segment. */
function layerOf(file: string): number {
  const first = relative(SRC, file).split('/')[0]!;
  const index = LAYERS.findIndex((layer) => layer.split('|').includes(first));
  if (index < 0) throw new Error(`src/${first} belongs to no layer: add it to LAYERS in tests/unit/layers.test.ts`);
  return index;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Every relative import of a source file, resolved to a file. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // An .astro file's imports are in its frontmatter and its <script> elements.
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = m[1] ?? m[2] ?? m[3]!;
    const base = resolve(dirname(file), spec);
    for (const candidate of [base, `${base}.ts`, `${base}.astro`, `${base}.mjs`, join(base, 'index.ts')]) {
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // try the next
      }
    }
    throw new Error(`${relative(SRC, file)} imports ${spec}, which is no file`);
  });
}

const edges = filesUnder(SRC).flatMap((file) => importsOf(file).map((target) => ({ file, target })));
const name = (file: string) => relative(SRC, file);

describe('the layers of src/', () => {
  it('finds the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(300);
  });

  it('never import a layer above their own', () => {
    const upward = edges
      .filter(({ file, target }) => layerOf(target) > layerOf(file))
      .map(({ file, target }) => `${name(file)} imports ${name(target)}`);
    expect(upward).toEqual([]);
  });

  it('keep browser scripts to browser-safe code: their own folder and shared/', () => {
    const scripts = join(SRC, 'site/scripts');
    const unsafe = edges
      .filter(({ file }) => file.startsWith(scripts))
      .filter(({ target }) => !target.startsWith(scripts) && layerOf(target) !== 0)
      .map(({ file, target }) => `${name(file)} imports ${name(target)}`);
    expect(unsafe).toEqual([]);
  });

  it('let only the leaves that turn an id into a link read the dossier: pages receive their view', () => {
    const site = join(SRC, 'site');
    const load = join(SRC, 'dossier/load.ts');
    const readers = edges
      .filter(({ file, target }) => file.startsWith(site) && target === load)
      .map(({ file }) => name(file))
      .sort();
    // src/site/README.md says why these two, and no other component, may.
    expect(readers).toEqual(['site/components/Citations.astro', 'site/components/EntityLink.astro']);
  });

  it('keep Node-only tools out of what the site imports', () => {
    const tools = LAYERS.indexOf('tools');
    const used = edges
      .filter(({ file, target }) => layerOf(file) !== tools && layerOf(target) === tools)
      .map(({ file, target }) => `${name(file)} imports ${name(target)}`);
    expect(used).toEqual([]);
  });
});
