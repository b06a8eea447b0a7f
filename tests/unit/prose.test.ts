import { describe, expect, it } from 'vitest';
import { checkProse, renderProse } from '../../src/content/render/prose';

describe('renderProse', () => {
  it('splits the HTML where citations go, merging citations that stand together', () => {
    const parts = renderProse(
      'Petro spoke.<Cite to="a#p-1" /><Cite to="a#p-2" /> Trump *answered*.<Cite to="b#p-3" />',
    );
    expect(parts).toEqual([
      { html: '<p>Petro spoke.' },
      { cite: ['a#p-1', 'a#p-2'] },
      { html: ' Trump <em>answered</em>.' },
      { cite: ['b#p-3'] },
      { html: '</p>' },
    ]);
  });

  it('keeps text as written: escaped markup stays text, quotes stay straight, no autolinks', () => {
    const html = renderProse('He wrote \\<script> and "quoted" https://example.org.<Cite to="a#p-1" />')
      .map((part) => ('html' in part ? part.html : '[cite]'))
      .join('');
    expect(html).toBe('<p>He wrote &#x3C;script> and "quoted" https://example.org.[cite]</p>');
  });
});

describe('checkProse', () => {
  it('accepts text and <Cite />', () => {
    expect(() => checkProse('people/x.mdx', 'Fine.<Cite to="a#p-1" />')).not.toThrow();
  });

  it('refuses code with the file, line and column', () => {
    expect(() => checkProse('people/x.mdx', '\n\nText {1 + 1}.')).toThrow(
      'people/x.mdx:3:6 `{…}` expressions are not allowed in dossier content.',
    );
    expect(() => checkProse('people/x.mdx', '<Other />')).toThrow('people/x.mdx:1:1 <Other> is not allowed');
  });
});
