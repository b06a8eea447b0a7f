import type { Element } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkCheckCitations from '../plugins/remark-check-citations';
import remarkForbidCode from '../plugins/remark-forbid-code';
import remarkMergeCitations from '../plugins/remark-merge-citations';
import { locatedError } from '../../shared/located-error';
import { CITE_COMPONENT } from './summary-citations';

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

const checker = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkForbidCode, { allowComponents: ALLOWED })
  .use(remarkCheckCitations, { component: CITE_COMPONENT });

const renderer = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkMergeCitations, { component: CITE_COMPONENT })
  .use(remarkRehype, { handlers: { mdxJsxTextElement: citeSlot, mdxJsxFlowElement: citeSlot } })
  .use(rehypeStringify);

/**
 * Checks the body of a profile or of the overview: text and `<Cite />` only,
 * each citation naming its paragraphs literally (`to="<article-id>#p-<n>"`).
 * Throws the forbid-code plugin's message with the file's line and column
 * (`body` keeps the front matter's lines, so the numbers are the file's).
 */
export function checkProse(filePath: string, body: string): void {
  const file = new VFile({ path: filePath, value: body });
  try {
    checker.runSync(checker.parse(file), file);
  } catch (error) {
    throw locatedError(filePath, error);
  }
}

/**
 * Renders checked prose (Markdown with `<Cite />`, no GFM, no smart
 * punctuation: text reaches the page as written) to HTML, split where each
 * citation goes, so the page renders citations with the same component as
 * everywhere else. Adjacent citations are merged into one.
 */
export function renderProse(body: string): ProsePart[] {
  const html = String(renderer.processSync(body));
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
