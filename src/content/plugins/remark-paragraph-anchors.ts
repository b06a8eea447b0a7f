import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

/** Options of {@link remarkParagraphAnchors}. */
export interface ParagraphAnchorOptions {
  /** Which files are source articles; others are left alone. Default: every file. */
  include?: (file: VFile) => boolean;
  /** The anchor id for paragraph `n` (1-based). Default: `p-<n>`. */
  anchor?: (n: number) => string;
  /** More HTML attributes for paragraph `n` (e.g. a title for the search index). Default: none. */
  properties?: (n: number) => Record<string, string>;
}

/** Per-paragraph data the plugin leaves on the node for later plugins. */
export interface ParagraphData {
  paragraph?: number;
}

/**
 * Gives every top-level paragraph of a source article a stable anchor
 * (`id="p-7"`, numbered in source order) and records the paragraphs' plain
 * text in the file's frontmatter data as `paragraphs`, so that citations
 * ("article, paragraph 7") can be resolved and checked.
 */
export default function remarkParagraphAnchors(options: ParagraphAnchorOptions = {}) {
  const include = options.include ?? (() => true);
  const anchor = options.anchor ?? ((n: number) => `p-${n}`);
  const properties = options.properties ?? (() => ({}));
  return (tree: Root, file: VFile) => {
    if (!include(file)) return;
    const paragraphs: string[] = [];
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      const n = paragraphs.length + 1;
      paragraphs.push(toString(node));
      const paragraph = node as Paragraph & { data?: ParagraphData };
      paragraph.data ??= {};
      paragraph.data.paragraph = n;
      paragraph.data.hProperties = {
        ...paragraph.data.hProperties,
        id: anchor(n),
        'data-paragraph': n,
        ...properties(n),
      };
    }
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, paragraphs };
  };
}
