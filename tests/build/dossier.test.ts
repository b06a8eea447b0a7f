import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/content/render/article-text';
import { ENTITY_KINDS } from '../../src/schemas/entity';
import { readPage } from '../support/build';
import { ROOT } from '../support/paths';
import { realDossier } from '../support/shared-builds';

/** The real dossier, built once by tests/support/real-dossier.ts, asserted on its HTML. */
const build = { outDir: realDossier().outDir };
const page = (path: string): Root => readPage(build.outDir, path);
const href = (element: Element | undefined) => String(element?.properties.href ?? '');

interface ContentFile {
  kind: string;
  id: string;
  data: Record<string, unknown>;
}

function contentFiles(folder: string): ContentFile[] {
  const dir = join(ROOT, 'content', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { kind: folder, id: f.replace(/\.mdx$/, ''), data: parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) };
    });
}

const articles = contentFiles('articles');
const entities = ENTITY_KINDS.flatMap((kind) => contentFiles(kind));

describe('the built dossier', () => {
  it('has both source articles, verbatim, one anchored paragraph per source paragraph', () => {
    expect(articles).toHaveLength(2);
    for (const article of articles) {
      const seed = readFileSync(join(ROOT, 'content', 'seeds', String(article.data.seed)), 'utf8');
      const paragraphs = selectAll('.article-body p', page(`articles/${article.id}/index.html`));
      expect(paragraphs.map((p) => toString(p))).toEqual(splitParagraphs(seed));
      expect(paragraphs.map((p) => p.properties.id)).toEqual(paragraphs.map((_, i) => `p-${i + 1}`));
    }
  });

  it('has a profile page for every entity, titled with its accented name', () => {
    expect(entities.length).toBeGreaterThan(40);
    for (const entity of entities) {
      const path = `${entity.kind}/${entity.id}/index.html`;
      expect(existsSync(join(build.outDir, path)), path).toBe(true);
      expect(toString(select('h1', page(path))!)).toBe(entity.data.name);
    }
  });

  it('links names in article text to their profiles, with or without accents', () => {
    const bbc = page('articles/petro-warns-real-threat/index.html');
    const elPais = page('articles/petro-says-call-froze-threat/index.html');
    const links = (tree: Root) => selectAll('.article-body a.mention', tree).map((a) => [toString(a), href(a)]);
    expect(links(bbc)).toContainEqual(['Nicolás Maduro', '/people/nicolas-maduro/']);
    expect(links(elPais)).toContainEqual(['Nicolas Maduro', '/people/nicolas-maduro/']);
    expect(links(elPais)).toContainEqual(['Bogota', '/places/bogota/']);
    expect(links(elPais)).toContainEqual(['Delcy Rodriguez', '/people/delcy-rodriguez/']);
    expect(links(bbc)).toContainEqual(['ICE', '/organizations/ice/']);
    // Possessive: "Petro's tone" links Petro.
    const p8 = select('#p-8', bbc)!;
    expect(selectAll('a.mention', p8).map((a) => toString(a))).toContain('Petro');
  });

  it('shows on each profile the sentences that mention it, linked to the exact paragraph', () => {
    const petro = page('people/gustavo-petro/index.html');
    const backlinks = selectAll('.backlinks li', petro);
    expect(backlinks.length).toBeGreaterThan(20);
    const sentence = backlinks.find(
      (li) =>
        toString(select('blockquote', li)!).trim() ===
        "But on Thursday, Petro's tone suggested relations had not significantly improved.",
    );
    expect(sentence, 'backlink to BBC paragraph 8').toBeDefined();
    expect(href(select('.where a', sentence!)!)).toBe('/articles/petro-warns-real-threat/#p-8');
    expect(toString(select('.where', sentence!)!)).toContain('BBC (inferred)');
  });

  it('shows every declared relation on both ends, typed and cited', () => {
    let checked = 0;
    for (const entity of entities) {
      for (const relation of (entity.data.relations as Array<{ type: string; to: string }> | undefined) ?? []) {
        const target = entities.find((e) => e.id === relation.to)!;
        const out = selectAll(
          `.relations li[data-relation="${relation.type}"][data-direction="out"]`,
          page(`${entity.kind}/${entity.id}/index.html`),
        );
        expect(
          out.some((li) => selectAll('a', li).some((a) => href(a) === `/${target.kind}/${target.id}/`)),
          `${entity.id} → ${relation.to}`,
        ).toBe(true);
        const back = selectAll(
          `.relations li[data-relation="${relation.type}"][data-direction="in"]`,
          page(`${target.kind}/${target.id}/index.html`),
        );
        const backLink = back.find((li) => selectAll('a', li).some((a) => href(a) === `/${entity.kind}/${entity.id}/`));
        expect(backLink, `${relation.to} ← ${entity.id}`).toBeDefined();
        expect(selectAll('a.cite', backLink!).length, `${relation.to} ← ${entity.id} is cited`).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('points every citation on every page at a paragraph that exists', () => {
    const anchors = new Map(
      articles.map((a) => [
        a.id,
        new Set(selectAll('.article-body p', page(`articles/${a.id}/index.html`)).map((p) => String(p.properties.id))),
      ]),
    );
    const pages = [
      ...entities.map((e) => `${e.kind}/${e.id}/index.html`),
      'index.html',
      ...articles.map((a) => `articles/${a.id}/index.html`),
    ];
    let cites = 0;
    for (const path of pages) {
      for (const link of selectAll('a.cite', page(path))) {
        const match = /^\/articles\/([^/]+)\/#(p-\d+)$/.exec(href(link));
        expect(match, `${path}: ${href(link)}`).not.toBeNull();
        expect(anchors.get(match![1]!)?.has(match![2]!), `${path}: ${href(link)}`).toBe(true);
        cites++;
      }
    }
    expect(cites).toBeGreaterThan(200);
  });

  it('cites every sentence of every profile summary', () => {
    for (const entity of entities) {
      const summary = select('.summary', page(`${entity.kind}/${entity.id}/index.html`))!;
      for (const paragraph of selectAll('p', summary)) {
        expect(selectAll('a.cite', paragraph).length, `${entity.id}: ${toString(paragraph)}`).toBeGreaterThan(0);
      }
    }
  });

  it('has a home page with the title, as-of date, key actors and the articles', () => {
    const home = page('index.html');
    expect(toString(select('h1', home)!)).toBe('US–Colombia tensions, January 2026');
    expect(toString(home)).toContain('As of 9 January 2026');
    const actors = selectAll('#key-actors + ul li', home).map((li) => toString(li));
    expect(actors.some((a) => a.startsWith('Gustavo Petro'))).toBe(true);
    expect(selectAll('.article-list a', home).map(href).sort()).toEqual(
      articles.map((a) => `/articles/${a.id}/`).sort(),
    );
  });

  it('says where a source does not state its outlet, and marks inferred dates', () => {
    const elPais = toString(select('.article-meta', page('articles/petro-says-call-froze-threat/index.html'))!);
    expect(elPais).toContain('Not stated in the source');
    expect(elPais).toContain('(inferred)');
  });

  it('has an index per kind listing every profile, and a 404 page', () => {
    for (const kind of ENTITY_KINDS) {
      const listed = selectAll('main .entity-list a', page(`${kind}/index.html`))
        .map(href)
        .sort();
      expect(listed).toEqual(
        entities
          .filter((e) => e.kind === kind)
          .map((e) => `/${kind}/${e.id}/`)
          .sort(),
      );
    }
    expect(existsSync(join(build.outDir, '404.html'))).toBe(true);
  });
});
