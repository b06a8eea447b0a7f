import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseMdx } from '../../src/content/render/article-text';
import { loadEntityDictionary } from '../../src/content/render/entity-dictionary';
import { planIngest } from '../../src/tools/ingest/ingest';
import type { Article } from '../../src/schemas/article';

/**
 * Proof on the real sources: ingesting each seed with its article's metadata
 * reproduces the body the dossier already has, byte for byte, and the same
 * entities the site's matcher finds in it. Planning reads content/ but never
 * writes to it.
 */
const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const ARTICLES = ['petro-warns-real-threat', 'petro-says-call-froze-threat'];
const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

function existing(id: string): { data: Article; body: string } {
  const file = readFileSync(join(CONTENT, 'articles', `${id}.mdx`), 'utf8');
  const match = FRONTMATTER.exec(file)!;
  return { data: parseYaml(match[1]!) as Article, body: file.slice(match[0].length) };
}

/** The entities the site's matcher finds in an article body, text node by text node, as the build links them. */
function entitiesInBody(body: string): string[] {
  const { matcher } = loadEntityDictionary(CONTENT);
  const found = new Set<string>();
  for (const block of parseMdx(body).children) {
    if (block.type !== 'paragraph') continue;
    visit(block, 'text', (node) => {
      for (const match of matcher.find(node.value)) found.add(match.entity);
    });
  }
  return [...found].sort();
}

const value = (fact: Article['outlet']) => ('value' in fact ? fact.value : 'not-stated');

describe.each(ARTICLES)('ingest of the seed of %s', (id) => {
  const { data, body } = existing(id);
  const plan = planIngest({
    file: join(CONTENT, 'seeds', data.seed),
    displayName: data.seed,
    contentDir: CONTENT,
    slug: id,
    force: true,
    metadata: {
      title: data.title,
      outlet: value(data.outlet),
      date: value(data.published),
      language: data.language,
      label: data.label,
      summary: data.summary,
    },
  });
  const generated = plan.article.slice(FRONTMATTER.exec(plan.article)![0].length);

  it('reproduces the article body byte for byte', () => {
    expect(generated).toBe(body);
  });

  it('has the same paragraphs, one per source paragraph', () => {
    const paragraphs = (text: string) => parseMdx(text).children.filter((node) => node.type === 'paragraph').length;
    expect(plan.report.paragraphs).toBe(paragraphs(body));
    expect(paragraphs(body)).toBeGreaterThan(15);
  });

  it('links the entities the site finds in the existing article', () => {
    expect(plan.report.entities).toEqual(entitiesInBody(body));
    expect(plan.report.entities.length).toBeGreaterThan(10);
  });

  it('lists them as the article’s frontmatter already does, so --force reproduces it', () => {
    expect(data.entities).toEqual(plan.report.entities);
  });

  it('keeps the seed where it is and writes only the article and its drafts for review', () => {
    expect(plan.report.seed).toBe(data.seed);
    expect(plan.report.seedCopied).toBe(false);
    expect(plan.writes.map((w) => w.path)).toEqual([
      join(CONTENT, '_review', `${id}.json`),
      join(CONTENT, 'articles', `${id}.mdx`),
    ]);
  });

  it('drafts no quote the registry already has, and no name that has no profile', () => {
    expect(plan.report.quotes.filter((q) => q.speaker !== null)).toEqual([]);
    expect(plan.report.profiles).toEqual([]);
  });
});
