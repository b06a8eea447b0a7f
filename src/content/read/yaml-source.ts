import {
  isMap,
  isSeq,
  LineCounter,
  parseDocument,
  Parser,
  type Document,
  type Node as YamlNode,
  type YAMLError,
} from 'yaml';
import { ContentError } from '../../shared/located-error';

/** YAML text parsed with the positions of its nodes, to report problems at the line of the field. */
export interface YamlSource {
  /** The parsed value (plain objects, arrays, strings, numbers …). */
  data: unknown;
  document: Document;
  lines: LineCounter;
  /** Lines of the file before the YAML text starts (a frontmatter's opening `---` and what precedes it). */
  lineOffset: number;
}

/** One step of a field path: a key, or an index in a list. */
export type FieldStep = string | number;

/** `relations[0].cite[1]` → `['relations', 0, 'cite', 1]`; the first key may hold dots (a registry id never does). */
export function parseFieldPath(path: string): FieldStep[] {
  const steps: FieldStep[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    steps.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return steps;
}

/** Where an unclosed quoted scalar starts: the error YAML reports is at the end of the text instead. */
function unclosedQuoteOffset(text: string): number | undefined {
  let found: number | undefined;
  const visit = (token: unknown) => {
    if (found !== undefined || !token || typeof token !== 'object') return;
    const { type, source, offset } = token as { type?: string; source?: string; offset?: number };
    if ((type === 'double-quoted-scalar' || type === 'single-quoted-scalar') && typeof source === 'string') {
      const quote = source[0]!;
      const body = source.slice(1);
      const closed = quote === '"' ? /(?:^|[^\\])(?:\\\\)*"$/.test(body) : body.endsWith("'");
      if (!closed || source.length < 2) found = offset;
    }
    for (const value of Object.values(token)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  for (const token of new Parser().parse(text)) visit(token);
  return found;
}

/** The line (within the YAML text) of every earlier key equal to the duplicate at `offset`. */
function firstKeyLine(document: Document, lines: LineCounter, offset: number): number | undefined {
  let result: number | undefined;
  const visit = (node: unknown) => {
    if (result !== undefined) return;
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null;
        const name = key && 'value' in key ? String((key as { value: unknown }).value) : String(key);
        const start = key?.range?.[0];
        if (start === offset && seen.has(name)) {
          result = lines.linePos(seen.get(name)!).line;
          return;
        }
        if (start !== undefined && !seen.has(name)) seen.set(name, start);
        visit(pair.value);
      }
    } else if (isSeq(node)) node.items.forEach(visit);
  };
  visit(document.contents);
  return result;
}

/**
 * A key indented further than the keys of its block is read by YAML as the
 * rest of the value above it ("Nested mappings are not allowed in compact
 * mappings" at that value). Finds such a key after the value at `offset`.
 */
function overIndentedKey(text: string, offset: number): { offset: number; key: string; column: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset));
  const keyColumn = /^(\s*(?:-\s+)?)/.exec(line)![1]!.length;
  let at = text.indexOf('\n', offset);
  while (at !== -1) {
    const next = text.indexOf('\n', at + 1);
    const following = text.slice(at + 1, next === -1 ? undefined : next);
    const indent = /^ */.exec(following)![0].length;
    if (following.trim() !== '' && !following.trim().startsWith('#')) {
      if (indent <= keyColumn) return undefined;
      const key = /^\s*([^\s:#'"][^:]*?):(?:\s|$)/.exec(following)?.[1];
      if (key) return { offset: at + 1 + indent, key, column: keyColumn + 1 };
    }
    at = next;
  }
  return undefined;
}

/** What to do about each YAML error, in an author's words. */
function explain(error: YAMLError, text: string, context: { duplicateOf?: number; registry: boolean }): string {
  const key = /^\s*([^:\s][^:]*?)\s*:/.exec(text.slice(error.pos[0]).split('\n')[0] ?? '')?.[1];
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return context.registry
        ? `the id "${key}" is used twice${context.duplicateOf ? ` (first on line ${context.duplicateOf})` : ''}: every entry needs its own id. Rename one of them, or merge the two entries.`
        : `the key "${key}" appears twice${context.duplicateOf ? ` (first on line ${context.duplicateOf})` : ''}. Keep one of them.`;
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      if (/quote/.test(error.message)) {
        return 'this quoted value is never closed. Add the closing quote at the end of the value (a " inside a "…" value is written \\").';
      }
      return `bad indentation (${error.message.replace(/\.$/, '')}). Indent with spaces so that the keys of one block start in the same column, and list items ("- ") under their key.`;
    case 'TAB_AS_INDENT':
      return 'this line is indented with a tab; YAML indents with spaces only. Replace the tab with spaces.';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const misplaced = overIndentedKey(text, error.pos[0]);
      if (misplaced) {
        return `bad indentation: "${misplaced.key}:" is indented further than the keys above it, so YAML reads it as part of the value before it. Start it in column ${misplaced.column}, like the other keys of its block (indent with spaces).`;
      }
      return `this value holds ": " or starts a new block where a value was expected (${error.message.replace(/\.$/, '')}). Put a value holding ": " in double quotes, e.g. note: "Bogotá: the capital".`;
    }
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
    case 'RESOURCE_EXHAUSTION':
      return `uses YAML aliases (${error.message.replace(/\.$/, '')}). Write every value out; dossier content does not use & anchors and * aliases.`;
    default:
      return `is not valid YAML: ${error.message.replace(/\.$/, '')}. Check the syntax of this line (quotes, colons, indentation).`;
  }
}

/**
 * Parses YAML text from a content file (a frontmatter or a registry such as
 * quotes.yaml) with the YAML 1.2 core schema, so that `2026-01-08` stays a
 * string and every file means the same thing to every part of the build.
 * A syntax error, a duplicate key or an alias is a {@link ContentError}
 * at the file's line and column, saying what to do.
 */
export function parseYamlSource(
  text: string,
  file: string,
  options: { lineOffset?: number; registry?: boolean } = {},
): YamlSource {
  const lineOffset = options.lineOffset ?? 0;
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    let offset = error.pos[0];
    if (/quote/.test(error.message)) offset = unclosedQuoteOffset(text) ?? offset;
    if (error.code === 'BLOCK_AS_IMPLICIT_KEY') offset = overIndentedKey(text, offset)?.offset ?? offset;
    const { line, col } = lines.linePos(offset);
    const duplicateOf = error.code === 'DUPLICATE_KEY' ? firstKeyLine(document, lines, offset) : undefined;
    throw new ContentError(
      { file, line: line + lineOffset, column: col },
      explain(error, text, {
        registry: options.registry ?? false,
        ...(duplicateOf ? { duplicateOf: duplicateOf + lineOffset } : {}),
      }),
    );
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 0 });
  } catch (cause) {
    throw new ContentError(
      { file, line: 1 + lineOffset },
      `uses YAML aliases (${(cause as Error).message}). Write every value out; dossier content does not use & anchors and * aliases.`,
    );
  }
  return { data, document, lines, lineOffset };
}

/** The entry of a list whose `id` field is `id`. */
function itemWithId(items: readonly unknown[], id: string): unknown {
  return items.find((item) => isMap(item) && String(item.get('id')) === id);
}

/**
 * The file line of a field (`relations[0].cite[1]`, or `<id>.text` in a
 * registry): of the deepest node of the path that exists, so a problem is
 * reported at the field's own line, not wherever its value first occurs.
 */
export function fieldLine(source: YamlSource, path: readonly FieldStep[]): number | undefined {
  let node: unknown = source.document.contents;
  let start: number | undefined = (node as YamlNode | null)?.range?.[0];
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => {
        const key = item.key as { value?: unknown } | null;
        return String(key && typeof key === 'object' && 'value' in key ? key.value : key) === String(step);
      });
      if (!pair) break;
      start = (pair.key as YamlNode | null)?.range?.[0] ?? start;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      node = node.items[step];
      start = (node as YamlNode).range?.[0] ?? start;
    } else if (isSeq(node) && typeof step === 'string' && itemWithId(node.items, step)) {
      // A list file's entries are named by their `id` field: `<id>.text` is the text of the entry with that id.
      node = itemWithId(node.items, step);
      start = (node as YamlNode).range?.[0] ?? start;
    } else break;
  }
  return start === undefined ? undefined : source.lines.linePos(start).line + source.lineOffset;
}
