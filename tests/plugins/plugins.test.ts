import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { MentionMatcher } from '../../src/content/render/mention-matcher';
import remarkEntityLinks from '../../src/content/plugins/remark-entity-links';
import remarkParagraphAnchors from '../../src/content/plugins/remark-paragraph-anchors';

/**
 * Fixture tests for the two article plugins: each folder under fixtures/ holds
 * input.mdx and the expected output.html and data.json (the paragraphs and
 * mentions the plugins record). UPDATE_FIXTURES=1 rewrites the expectations.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures');
const update = process.env.UPDATE_FIXTURES === '1';

const matcher = new MentionMatcher([
  { id: 'gustavo-petro', name: 'Gustavo Petro', aliases: ['Petro'] },
  { id: 'donald-trump', name: 'Donald Trump', aliases: ['Trump'] },
  { id: 'nicolas-maduro', name: 'Nicolás Maduro', aliases: ['Maduro'] },
  { id: 'colombia', name: 'Colombia', aliases: [] },
  { id: 'caracas', name: 'Caracas', aliases: [] },
  { id: 'bogota', name: 'Bogotá', aliases: ['Bogota'] },
  { id: 'white-house', name: 'White House', aliases: [] },
  { id: 'united-states', name: 'United States', aliases: ['US', 'U.S.'] },
  { id: 'ice', name: 'US Immigration and Customs Enforcement', aliases: ['ICE'] },
  { id: 'cia', name: 'CIA', aliases: [] },
  { id: 'us-army', name: 'US army', aliases: [] },
  { id: 'delta-force', name: 'Delta Force', aliases: [] },
]);

async function run(input: string, isArticle: boolean) {
  const file = new VFile({ value: input, path: isArticle ? '/content/articles/x.mdx' : '/content/people/x.mdx' });
  const include = (f: VFile) => f.path.includes('/articles/');
  const html = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkParagraphAnchors, { include })
    .use(remarkEntityLinks, { include, matcher: () => matcher, href: (id: string) => `/e/${id}/` })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  const data = (file.data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter ?? null;
  return { html: String(html) + '\n', data: JSON.stringify(data, null, 2) + '\n' };
}

describe('remark-paragraph-anchors + remark-entity-links fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, async () => {
      const dir = join(FIXTURES, name);
      const actual = await run(readFileSync(join(dir, 'input.mdx'), 'utf8'), name !== 'not-an-article');
      for (const [file, value] of [
        ['output.html', actual.html],
        ['data.json', actual.data],
      ] as const) {
        const path = join(dir, file);
        if (update || !existsSync(path)) writeFileSync(path, value);
        expect(value, `${name}/${file}`).toBe(readFileSync(path, 'utf8'));
      }
    });
  }
});
