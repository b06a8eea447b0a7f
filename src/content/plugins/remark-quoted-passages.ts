import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { findQuote } from '../render/quote-match';
import type { QuotePassage } from '../render/quote-passages';
import type { ParagraphData } from './remark-paragraph-anchors';

/** Options of {@link remarkQuotedPassages}. */
export interface QuotedPassageOptions {
  /** The passages to mark in the file being compiled, or none. */
  passages: (file: VFile) => readonly QuotePassage[];
  /** The class of the element wrapping a passage. Default: `quoted`. */
  className?: string;
}

/**
 * Marks the passages of an article that the dossier quotes: the words are
 * wrapped in `<span class="quoted" id="quoted-<quote id>">`, without changing
 * the text. Must run after remark-paragraph-anchors (it uses its paragraph
 * numbers) and before remark-entity-links (it expects a paragraph's text in one
 * node; names inside a passage are linked afterwards as usual).
 */
export default function remarkQuotedPassages(options: QuotedPassageOptions) {
  const className = options.className ?? 'quoted';
  return (tree: Root, file: VFile) => {
    const passages = options.passages(file);
    if (passages.length === 0) return;
    for (const block of tree.children) {
      if (block.type !== 'paragraph') continue;
      const paragraph = block as Paragraph & { data?: ParagraphData };
      for (const passage of passages.filter((p) => p.paragraph === paragraph.data?.paragraph)) {
        wrap(paragraph, passage, className);
      }
    }
  };
}

function wrap(paragraph: Paragraph, passage: QuotePassage, className: string) {
  paragraph.children.some((node, index) => {
    if (node.type !== 'text') return false;
    const range = findQuote(passage.text, node.value);
    if (!range) return false;
    const text = (value: string): Text => ({ type: 'text', value });
    const marked = {
      type: 'quotedPassage',
      children: [text(node.value.slice(range.start, range.end))],
      data: { hName: 'span', hProperties: { className: [className], id: `quoted-${passage.id}` } },
    } as unknown as PhrasingContent;
    const parts = [text(node.value.slice(0, range.start)), marked, text(node.value.slice(range.end))].filter(
      (part) => part.type !== 'text' || part.value !== '',
    );
    paragraph.children.splice(index, 1, ...parts);
    return true;
  });
}
