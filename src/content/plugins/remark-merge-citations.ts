import type { Parent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';

/** Options of {@link remarkMergeCitations}. */
export interface MergeCitationOptions {
  /** The citation component's name. Default: `Cite`. */
  component?: string;
}

function isCite(node: unknown, name: string): node is MdxJsxTextElement {
  return (
    typeof node === 'object' &&
    node !== null &&
    (node as MdxJsxTextElement).type === 'mdxJsxTextElement' &&
    (node as MdxJsxTextElement).name === name
  );
}

function target(node: MdxJsxTextElement): MdxJsxAttribute | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'to');
}

/**
 * Merges citation components that stand side by side
 * (`<Cite to="a#p-1" /><Cite to="a#p-2" />`) into one whose `to` lists both,
 * so the page shows one compact "[BBC interview ¶1, ¶2]" instead of a row of
 * brackets.
 */
export default function remarkMergeCitations(options: MergeCitationOptions = {}) {
  const name = options.component ?? 'Cite';
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const parent = node as Parent;
      const merged: Parent['children'] = [];
      for (const child of parent.children) {
        let previous = merged.at(-1);
        // Whitespace between two citations does not separate them.
        const beforeSpace = merged.at(-2);
        if (
          isCite(child, name) &&
          previous?.type === 'text' &&
          previous.value.trim() === '' &&
          isCite(beforeSpace, name)
        ) {
          merged.pop();
          previous = beforeSpace;
        }
        const into = isCite(previous, name) && isCite(child, name) ? target(previous) : undefined;
        const from = isCite(child, name) ? target(child) : undefined;
        if (into && from && typeof into.value === 'string' && typeof from.value === 'string') {
          into.value = `${into.value} ${from.value}`;
        } else merged.push(child);
      }
      parent.children = merged;
    });
  };
}
