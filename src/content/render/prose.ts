import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkCheckCitations from '../plugins/remark-check-citations';
import remarkForbidCode from '../plugins/remark-forbid-code';
import remarkMergeCitations from '../plugins/remark-merge-citations';
import { locatedError } from '../../shared/located-error';
import { parseMdx } from './article-text';
import { CITE_COMPONENT, summaryOf, type SummaryCheck } from './summary-citations';

/** The one component prose may hold. */
const ALLOWED = [CITE_COMPONENT];

/** A piece of rendered prose: HTML produced from the text, or the citations a `<Cite />` stood for. */
export type ProsePart = { html: string } | { cite: string[] };

/** Where a citation goes in the HTML until the page puts its rendering there. */
const SLOT = 'dossier-cite';

/** Turns `<Cite to="…" />` into a slot element carrying its targets; nothing else is JSX by then. */
function citeSlot(_state: unknown, node: MdxJsxTextElement | MdxJsxFlowElement): Element {
  const to = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'to')?.value;
  return { type: 'element', tagName: SLOT, properties: { dataTo: typeof to === 'string' ? to : '' }, children: [] };
}

// Both read the tree of the one parser every body goes through (parseMdx: MDX, no GFM).
const checker = unified()
  .use(remarkForbidCode, { allowComponents: ALLOWED })
  .use(remarkCheckCitations, { component: CITE_COMPONENT });

const renderer = unified()
  .use(remarkMergeCitations, { component: CITE_COMPONENT })
  .use(remarkRehype, { handlers: { mdxJsxTextElement: citeSlot, mdxJsxFlowElement: citeSlot } })
  .use(rehypeStringify);

/** What a body is read into, once, when its file is loaded: its HTML and its summary check. */
export interface ReadProse {
  /** The rendered HTML, each citation a slot that {@link proseParts} splits at. */
  html: string;
  summary: SummaryCheck;
}

/**
 * Reads the body of a profile or of the overview, parsing it once: checks it
 * is text and `<Cite />` only, each citation naming its paragraphs literally
 * (`to="<article-id>#p-<n>"`); reads its citations and uncited sentences;
 * renders it. Throws the plugins' message with the file's line and column
 * (`body` keeps the front matter's lines, so the numbers are the file's).
 */
export function readProse(filePath: string, body: string): ReadProse {
  const file = new VFile({ path: filePath, value: body });
  const tree = checked(file);
  // The summary reads the tree before rendering merges its adjacent citations.
  const summary = summaryOf(tree);
  return { html: renderHtml(tree), summary };
}

/** The parsed body of `file`, checked; throws with the file, line and column. */
function checked(file: VFile): Root {
  try {
    const tree = parseMdx(String(file.value));
    checker.runSync(tree, file);
    return tree;
  } catch (error) {
    throw locatedError(String(file.path), error);
  }
}

/**
 * Renders checked prose (Markdown with `<Cite />`, no GFM, no smart
 * punctuation: text reaches the page as written) to HTML with a slot where
 * each citation goes. Adjacent citations are merged into one. Changes `tree`.
 */
function renderHtml(tree: Root): string {
  return renderer.stringify(renderer.runSync(tree) as HastRoot);
}

/** {@link readProse}'s check alone, for a body given as text. */
export function checkProse(filePath: string, body: string): void {
  checked(new VFile({ path: filePath, value: body }));
}

/**
 * Splits rendered prose where each citation goes, so the page renders
 * citations with the same component as everywhere else.
 */
export function proseParts(html: string): ProsePart[] {
  const parts: ProsePart[] = [];
  const slot = new RegExp(`<${SLOT} data-to="([^"]*)"></${SLOT}>`, 'g');
  let at = 0;
  for (const match of html.matchAll(slot)) {
    parts.push({ html: html.slice(at, match.index) });
    parts.push({ cite: match[1]!.trim().split(/\s+/).filter(Boolean) });
    at = match.index + match[0].length;
  }
  parts.push({ html: html.slice(at) });
  return parts.filter((part) => !('html' in part) || part.html !== '');
}

/** A body given as text, rendered and split ({@link readProse} without the checks). */
export function renderProse(body: string): ProsePart[] {
  return proseParts(renderHtml(parseMdx(body)));
}
