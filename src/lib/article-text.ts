import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
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

/**
 * Serialises paragraphs of plain text to an MDX body through mdast, so every
 * character that MDX would read as syntax ({, <, #, *, import …) is escaped by
 * the serialiser rather than by hand. Each paragraph becomes one MDX paragraph.
 */
export function paragraphsToMdx(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })),
  };
  return toMarkdown(tree, { extensions: [mdxToMarkdown()] });
}

/** Parses an MDX body the way the site does (MDX, no GFM) into mdast. */
export function parseMdx(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}
