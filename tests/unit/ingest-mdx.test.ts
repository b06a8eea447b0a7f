import type { Root } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { paragraphsToMdx, parseMdx, splitParagraphs } from '../../src/content/render/article-text';

/**
 * Hostile texts: every character class the ingest issue names, and the
 * markdown, MDX and HTML constructs a line of plain text could turn into.
 * Each entry is one paragraph of source text.
 */
const HOSTILE: Array<[string, string]> = [
  ['braces', '{props.x} and {1 + 1} and {'],
  ['closing brace', 'a } b'],
  ['MDX comment', '{/* c */}'],
  ['JSX element', '<Foo />'],
  ['JSX with props', '<Cite to="x#p-1" />'],
  ['script', '<script>alert(1)</script>'],
  ['closing script', '</script>'],
  ['HTML tag', '<b>bold</b> and <img src=x onerror=alert(1)>'],
  ['HTML comment', '<!-- c -->'],
  ['less and greater', 'a < b > c, 1<2, x>y'],
  ['javascript link', '[x](javascript:alert(1))'],
  ['image', '![i](x.png)'],
  ['reference definition', '[a]: http://x'],
  ['autolink', '<https://x.y>'],
  ['bare URL', 'https://t.co/72FCSpqKEk pic.twitter.com/ShaoXawWTN'],
  ['import', "import x from 'y'"],
  ['import that is not JS', 'import duties rose by 5% last year'],
  ['export', 'export const a = 1'],
  ['export that is not JS', 'export figures were published on Monday'],
  ['heading', '# h'],
  ['heading without space', '#hashtag at the start'],
  ['list star', '* a'],
  ['list dash', '- a'],
  ['list plus', '+ a'],
  ['ordered list', '1. item'],
  ['ordered list paren', '1) item'],
  ['blockquote', '> q'],
  ['table', '| a | b |'],
  ['table delimiter', '|---|---|'],
  ['thematic break dashes', '---'],
  ['thematic break stars', '***'],
  ['thematic break underscores', '___'],
  ['setext underline', '==='],
  ['code fence', '```js'],
  ['tilde fence', '~~~'],
  ['inline code', '`code` and ``more``'],
  ['emphasis', '*a* _b_ **c** __d__'],
  ['backslash alone', '\\'],
  ['backslashes', '\\\\ and \\* and \\{'],
  ['trailing backslash', 'ends with a backslash \\'],
  ['escaped bracket', '\\[Delcy Rodríguez]'],
  ['entity', '&amp; &lt; &#123; &copy;'],
  ['emoji', '🔴 EXCLUSIVA | 🖋️ @jdquesada 👩‍👩‍👧 🇨🇴'],
  ['Spanish question', '¿Qué pasa?'],
  ['Spanish exclamation', '¡Sí! Está presionada desde afuera y desde adentro.'],
  ['curly quotes and dashes', 'Petro’s “jaguar” — an ‘imperial dream’ – it is…'],
  ['tab inside', 'a\tb'],
  ['no-break spaces', 'a\u00a0b\u202fc'],
  ['double space', 'a  b'],
  ['zero-width characters', 'a\u200bb\u200dc\ufeffd'],
  ['line and paragraph separators', 'x\u2028y\u2029z'],
  ['right-to-left text', 'שלום and مرحبا'],
  ['dollar signs', '$$ x $$ and $5'],
  ['colons', ':::note and :emoji:'],
  ['footnote', '[^1] and [^1]: note'],
  ['percent and at', '100% @user #tag'],
  ['long paragraph', `${'A very long sentence with {braces} and <tags>. '.repeat(440)}end`],
];

/** The mdast of a body, as the site parses it. */
function paragraphsOf(tree: Root): Array<{ type: string; children: Array<{ type: string; value?: string }> }> {
  return tree.children as never;
}

/** Renders a body through the site's remark pipeline (MDX, no GFM) to HTML. */
function render(body: string): string {
  return String(unified().use(remarkParse).use(remarkMdx).use(remarkRehype).use(rehypeStringify).processSync(body));
}

describe('article bodies from hostile text', () => {
  it('covers a 20,000-character paragraph', () => {
    expect(HOSTILE.at(-1)![1].length).toBeGreaterThan(20_000);
  });

  it.each(HOSTILE)('%s: re-parses as one paragraph holding only the original text', (_name, text) => {
    const body = paragraphsToMdx([text]);
    const nodes = paragraphsOf(parseMdx(body));
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.type).toBe('paragraph');
    expect(nodes[0]!.children.every((child) => child.type === 'text')).toBe(true);
    expect(nodes[0]!.children.map((child) => child.value).join('')).toBe(text);
  });

  it('keeps every paragraph of the whole corpus apart, in order, as text only', () => {
    const paragraphs = HOSTILE.map(([, text]) => text);
    const nodes = paragraphsOf(parseMdx(paragraphsToMdx(paragraphs)));
    expect(nodes.map((node) => node.type)).toEqual(paragraphs.map(() => 'paragraph'));
    expect(nodes.map((node) => node.children.map((child) => `${child.type}:${child.value}`).join(''))).toEqual(
      paragraphs.map((text) => `text:${text}`),
    );
  });

  it('shows exactly the source text on the page, with no element but <p>', () => {
    const paragraphs = HOSTILE.map(([, text]) => text);
    const page = fromHtml(render(paragraphsToMdx(paragraphs)), { fragment: true });
    const elements = page.children.filter((node) => node.type === 'element');
    expect(elements.map((node) => node.tagName)).toEqual(paragraphs.map(() => 'p'));
    for (const [i, element] of elements.entries()) {
      expect(element.children.every((child) => child.type === 'text')).toBe(true);
      expect(hastToString(element)).toBe(paragraphs[i]);
    }
  });

  it('normalises a raw text (BOM, CRLF, NFC, blank lines) before serialising it', () => {
    const raw = '\uFEFFCafe\u0301 {x}\r\n\r\n  <b>  \r\n\n\n\n';
    expect(splitParagraphs(raw)).toEqual(['Café {x}', '<b>']);
  });

  it('keeps a paragraph starting with "import" or "export" as text, not an ES module statement', () => {
    expect(paragraphsToMdx(['import duties rose'])).toBe('&#x69;mport duties rose\n');
    expect(paragraphsToMdx(['export figures'])).toBe('&#x65;xport figures\n');
    expect(paragraphsToMdx(['import\tduties'])).toBe('&#x69;mport\tduties\n');
    expect(paragraphsToMdx(['important news'])).toBe('important news\n');
  });
});
