import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkForbidCode from '../../src/content/plugins/remark-forbid-code';

function run(mdx: string) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkForbidCode, { allowComponents: ['Cite'] });
  const file = new VFile({ value: mdx, path: 'content/people/x.mdx' });
  processor.runSync(processor.parse(file), file);
}

describe('remark-forbid-code', () => {
  it.each([
    ['plain text and citations', 'Petro spoke.<Cite to="a#p-1" /> He said \\{ and \\<b>.'],
    ['a web link', 'See [the report](https://example.org/a).'],
    ['a relative link', 'See [Petro](/people/gustavo-petro/).'],
  ])('accepts %s', (_name, mdx) => {
    expect(() => run(mdx)).not.toThrow();
  });

  it.each([
    ['an import', 'import x from "y"\n\nText.', '1:1', 'MDX import/export statements are not allowed'],
    ['an export', 'export const a = 1\n\nText.', '1:1', 'MDX import/export statements are not allowed'],
    ['an expression', 'Text {alert(1)} more.', '1:6', '`{…}` expressions are not allowed'],
    [
      'a script element',
      'Text.\n\n<script>alert(1)</script>',
      '3:1',
      '<script> is not allowed in dossier content (allowed: <Cite />)',
    ],
    ['an event handler element', 'Text <img src="x" onError="alert(1)" />.', '1:6', '<img> is not allowed'],
    [
      'a javascript: link',
      'A [link](javascript:alert(1)).',
      '1:3',
      'the link "javascript:alert(1)" uses a scheme that can run code',
    ],
    ['a data: image', '![x](data:text/html,hi)', '1:1', 'the link "data:text/html,hi" uses a scheme that can run code'],
  ])('refuses %s with file, line and column', (_name, mdx, position, message) => {
    expect(() => run(mdx)).toThrow(message);
    try {
      run(mdx);
    } catch (error) {
      expect(String(error)).toContain(position);
    }
  });
});
