import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkCheckCitations from '../../src/content/plugins/remark-check-citations';

function run(mdx: string) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCheckCitations);
  const file = new VFile({ value: mdx, path: 'content/people/x.mdx' });
  processor.runSync(processor.parse(file), file);
}

describe('remark-check-citations', () => {
  it.each([
    ['one paragraph', 'Petro spoke.<Cite to="a#p-1" />'],
    ['several paragraphs', 'Petro spoke.<Cite to="a#p-1 b-c#p-12" />'],
  ])('accepts a citation naming %s', (_name, mdx) => {
    expect(() => run(mdx)).not.toThrow();
  });

  it.each([
    ['an empty citation', 'Petro spoke.<Cite />', '1:13', '<Cite /> names no paragraph.'],
    ['an empty target', 'Petro spoke.<Cite to=" " />', '1:13', '<Cite to=""> names no paragraph.'],
    ['a bare attribute', 'Petro spoke.<Cite to />', '1:13', '<Cite to> needs a value.'],
    ['an expression', 'Petro spoke.<Cite to={x} />', '1:13', '<Cite to={…}> is code, not a citation'],
    ['a spread', 'Petro spoke.<Cite {...x} />', '1:13', '(found a {…} spread)'],
    ['another attribute', 'Petro spoke.<Cite to="a#p-1" rel="x" />', '1:13', '(found the attribute "rel")'],
    ['a misnamed attribute', 'Petro spoke.<Cite href="a#p-1" />', '1:13', '<Cite> takes to="…", not href.'],
    ['text inside', 'Petro spoke.<Cite to="a#p-1">here</Cite>', '1:13', '<Cite> takes no text between its tags.'],
    [
      'a target that is not a citation',
      'Spoke.\n\nAgain.<Cite to="a#p-1 page 7" />',
      '3:7',
      '"page" is not a citation.',
    ],
  ])('refuses %s at its line and column', (_name, mdx, position, message) => {
    expect(() => run(mdx)).toThrow(message);
    try {
      run(mdx);
    } catch (error) {
      expect(String(error)).toContain(position);
    }
  });
});
