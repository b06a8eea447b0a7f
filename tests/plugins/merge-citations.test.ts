import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkMergeCitations from '../../src/content/plugins/remark-merge-citations';

function citations(mdx: string): string[] {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMergeCitations);
  const tree = processor.runSync(processor.parse(mdx)) as Root;
  const found: string[] = [];
  const walk = (node: { children?: unknown[] }) => {
    for (const child of (node.children ?? []) as Array<MdxJsxTextElement & { children?: unknown[] }>) {
      if (child.type === 'mdxJsxTextElement' && child.name === 'Cite') found.push(String(child.attributes[0]?.value));
      walk(child);
    }
  };
  walk(tree);
  return found;
}

describe('remark-merge-citations', () => {
  it.each([
    ['adjacent citations become one', 'A.<Cite to="a#p-1" /><Cite to="a#p-2" />', ['a#p-1 a#p-2']],
    ['a space between them does not separate them', 'A.<Cite to="a#p-1" /> <Cite to="b#p-2" />', ['a#p-1 b#p-2']],
    ['text between them does', 'A.<Cite to="a#p-1" /> B.<Cite to="a#p-2" />', ['a#p-1', 'a#p-2']],
    ['a lone citation is kept', 'A.<Cite to="a#p-1" />', ['a#p-1']],
  ])('%s', (_name, mdx, expected) => {
    expect(citations(mdx)).toEqual(expected);
  });
});
