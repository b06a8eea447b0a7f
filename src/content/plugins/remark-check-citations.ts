import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CITATION_PATTERN } from '../../schemas/citation';

/** Options of {@link remarkCheckCitations}. */
export interface CheckCitationOptions {
  /** The citation component's name. Default: `Cite`. */
  component?: string;
}

const EXAMPLE = '<Cite to="petro-warns-real-threat#p-7" />';

/** Why a citation element does not cite anything, or undefined when it names one or more paragraphs. */
export function citationProblem(node: MdxJsxTextElement | MdxJsxFlowElement, name = 'Cite'): string | undefined {
  if (node.children.length > 0) return `<${name}> takes no text between its tags. Write it as ${EXAMPLE}.`;
  const [first, ...rest] = node.attributes;
  if (!first) return `<${name} /> names no paragraph. Write ${EXAMPLE}.`;
  if (first.type !== 'mdxJsxAttribute' || rest.length > 0) {
    const other = node.attributes.find((a) => a.type !== 'mdxJsxAttribute' || a.name !== 'to');
    const what = other?.type === 'mdxJsxAttribute' ? `the attribute "${other.name}"` : 'a {…} spread';
    return `<${name}> takes one attribute, to="…", and nothing else (found ${what}). Write ${EXAMPLE}.`;
  }
  if (first.name !== 'to') {
    return `<${name}> takes to="…", not ${first.name}. Write ${EXAMPLE}.`;
  }
  if (typeof first.value !== 'string') {
    return first.value === null || first.value === undefined
      ? `<${name} to> needs a value. Write ${EXAMPLE}.`
      : `<${name} to={…}> is code, not a citation: write the paragraph as text, ${EXAMPLE}.`;
  }
  const targets = first.value.trim().split(/\s+/).filter(Boolean);
  if (targets.length === 0) return `<${name} to=""> names no paragraph. Write ${EXAMPLE}.`;
  const bad = targets.find((target) => !CITATION_PATTERN.test(target));
  if (bad !== undefined) return `"${bad}" is not a citation. Write <article-id>#p-<paragraph>, as in ${EXAMPLE}.`;
  return undefined;
}

/**
 * A citation counts only when it names its paragraphs literally:
 * `<Cite to="<article-id>#p-<n>" />` (several separated by spaces). An empty
 * `<Cite />`, an expression (`to={…}`), a spread (`{...x}`) or an unknown
 * attribute would pass the uncited-sentence check while citing nothing, so
 * each fails the build at its line and column.
 */
export default function remarkCheckCitations(options: CheckCitationOptions = {}) {
  const name = options.component ?? 'Cite';
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || node.name !== name) return;
      const problem = citationProblem(node, name);
      if (problem) file.fail(problem, node, 'remark-check-citations:not-a-citation');
    });
  };
}
