import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Options of {@link remarkForbidCode}. */
export interface ForbidCodeOptions {
  /** JSX components an author may use (by name). Default: none. */
  allowComponents?: readonly string[];
}

/** URL schemes a link may use; anything else (javascript:, data:, vbscript: …) is refused. */
const SAFE_URL = /^(?:https?:|mailto:|[^a-z]*$|[^:]*[/?#])/i;

/**
 * Content is text, not code: refuses MDX import/export statements, `{…}`
 * expressions, JSX other than the allowed components (a lowercase `<script>`
 * would be emitted as a real element), and links or images with a script URL.
 * It fails the build with the file, line and column, and what to do instead.
 */
export default function remarkForbidCode(options: ForbidCodeOptions = {}) {
  const allowed = new Set(options.allowComponents ?? []);
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const fail = (message: string) => file.fail(message, node, 'remark-forbid-code:no-code');
      switch (node.type) {
        case 'mdxjsEsm':
          fail('MDX import/export statements are not allowed in dossier content. Write the text without them.');
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          fail('`{…}` expressions are not allowed in dossier content. Escape a literal brace as \\{.');
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          if (!node.name || !allowed.has(node.name)) {
            const list = [...allowed].map((name) => `<${name} />`).join(', ') || 'none';
            fail(
              `<${node.name ?? ''}> is not allowed in dossier content (allowed: ${list}). Escape a literal < as \\<.`,
            );
          }
          break;
        case 'link':
        case 'image':
        case 'definition':
          if (!SAFE_URL.test(node.url.trim())) {
            fail(`the link "${node.url}" uses a scheme that can run code. Links must be http(s), mailto or relative.`);
          }
          break;
      }
    });
  };
}
