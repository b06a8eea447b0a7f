import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';

/**
 * Normalises a raw article text the one way every article is stored: byte
 * order mark removed, line endings as \n, Unicode NFC, and one paragraph per
 * non-blank line (the seeds' layout), trimmed of surrounding spaces.
 */
export function splitParagraphs(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Parses an MDX body the way the site does (MDX, no GFM) into mdast. */
export function parseMdx(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

/**
 * MDX reads a line that starts with `import ` or `export ` as an ES module
 * statement: code that runs, or a build error when it is not valid
 * JavaScript ("import duties rose…"). The MDX serialiser does not escape it,
 * so these patterns make it write the first letter as a character reference
 * (`&#x69;mport`), which reads back as the plain text "import".
 */
const esmUnsafe: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\s' },
  { character: 'e', atBreak: true, after: 'xport\\s' },
];

/**
 * Serialises paragraphs of plain text to an MDX body through mdast, so every
 * character that MDX would read as syntax ({, <, #, *, …) is escaped by the
 * serialiser rather than by hand, and a paragraph starting with `import` or
 * `export` stays text instead of becoming an ES module statement. Each
 * paragraph becomes one MDX paragraph. Ingest and the hand-made articles use
 * this one function.
 */
export function paragraphsToMdx(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })),
  };
  return toMarkdown(tree, { extensions: [mdxToMarkdown(), { unsafe: esmUnsafe }] });
}
