import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { parseMdx } from './article-text';
import { splitSentences } from '../../shared/sentences';
import { citationProblem } from '../plugins/remark-check-citations';

/** A citation found in a profile's MDX summary (a `<Cite to="…" />`). */
export interface SummaryCitation {
  to: string;
  /** The line of the `<Cite />` in its file. */
  line?: number | undefined;
}

/** What the summary check found in a profile body. */
export interface SummaryCheck {
  citations: SummaryCitation[];
  /** Sentences of the summary that carry no citation, with the line each starts on. */
  uncited: Array<{ text: string; line?: number | undefined }>;
  /** The summary's first sentence as plain text, for previews and lists. */
  lede: string;
  /** Every sentence of the summary as plain text, in order, with the paragraphs it cites (none when uncited). */
  sentences: Array<{ text: string; cite: string[] }>;
}

/** The component that cites a paragraph inside a profile's MDX summary. */
export const CITE_COMPONENT = 'Cite';

const MARK = '\uE000';

/** The paragraphs a citation names; none unless it names them literally (see remark-check-citations). */
function citeTargets(node: MdxJsxTextElement): string[] {
  if (citationProblem(node, CITE_COMPONENT)) return [];
  return String((node.attributes[0] as MdxJsxAttribute).value)
    .trim()
    .split(/\s+/);
}

/**
 * Reads a profile's MDX summary and returns its citations and the sentences
 * that have none. A citation belongs to the sentence it follows: in
 * "Petro is president.<Cite to="…" />" the Cite cites "Petro is president.".
 * The prose loader reads the tree it has already parsed ({@link summaryOf});
 * this is the same for a body given as text.
 */
export function checkSummary(body: string): SummaryCheck {
  return summaryOf(parseMdx(body));
}

/** {@link checkSummary} of a parsed body; reads the tree without changing it. */
export function summaryOf(tree: Root): SummaryCheck {
  const citations: SummaryCheck['citations'] = [];
  const uncited: SummaryCheck['uncited'] = [];
  const sentences: SummaryCheck['sentences'] = [];
  const visitBlock = (node: RootContent) => {
    if (node.type === 'paragraph') sentences.push(...checkParagraph(node, citations, uncited));
    else if ('children' in node) (node.children as RootContent[]).forEach(visitBlock);
  };
  tree.children.forEach(visitBlock);
  return { citations, uncited, lede: sentences[0]?.text ?? '', sentences };
}

/** Records the paragraph's citations and uncited sentences; returns its sentences with what each cites. */
function checkParagraph(
  paragraph: Paragraph,
  citations: SummaryCheck['citations'],
  uncited: SummaryCheck['uncited'],
): SummaryCheck['sentences'] {
  let text = '';
  // What each MARK in `text` cites, in order.
  const marks: string[][] = [];
  const walk = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'mdxJsxTextElement' && node.name === CITE_COMPONENT) {
        const targets = citeTargets(node);
        for (const to of targets) citations.push({ to, line: node.position?.start.line });
        // A citation that names nothing leaves its sentence uncited.
        if (targets.length > 0) {
          text += MARK;
          marks.push(targets);
        }
      } else if ('children' in node) walk(node.children as PhrasingContent[]);
      else text += toString(node);
    }
  };
  walk(paragraph.children);
  // A citation placed after a full stop starts the next "sentence" for the
  // segmenter; hand it back to the sentence it follows.
  const sentences: Array<{ text: string; start: number }> = [];
  for (const { text: sentence, start } of splitSentences(text)) {
    const leading = /^[\s\uE000]*/u.exec(sentence)![0];
    if (leading.includes(MARK) && sentences.length > 0) sentences[sentences.length - 1]!.text += leading;
    const rest = sentence.slice(leading.length);
    if (rest.trim().length > 0) sentences.push({ text: rest, start: start + leading.length });
  }
  const firstLine = paragraph.position?.start.line;
  for (const { text: sentence, start } of sentences) {
    if (sentence.includes(MARK)) continue;
    const line = firstLine === undefined ? undefined : firstLine + (text.slice(0, start).match(/\n/g)?.length ?? 0);
    uncited.push({ text: sentence.trim(), line });
  }
  let mark = 0;
  return sentences.map((sentence) => {
    const cite = [...sentence.text.matchAll(new RegExp(MARK, 'gu'))].flatMap(() => marks[mark++] ?? []);
    return { text: sentence.text.replaceAll(MARK, '').replace(/\s+/g, ' ').trim(), cite: [...new Set(cite)] };
  });
}
