import { ContentError } from '../../shared/located-error';
import { parseYamlSource, type YamlSource } from './yaml-source';

/** A content file split into its frontmatter and body. */
export interface FrontmatterFile {
  /** The frontmatter's fields (an empty object when the file has none). */
  data: Record<string, unknown>;
  /**
   * The body, with a line feed for every line the frontmatter took, so that
   * line numbers in the body are the file's.
   */
  body: string;
  /** The frontmatter with node positions, for {@link fieldLine}. */
  source: YamlSource | undefined;
}

/** A `---` fenced YAML block at the start of the text (after blank lines, as Astro reads it). */
const FRONTMATTER = /^(\s*\n)?---([\s\S]*?\n)---/;

/**
 * Splits and parses a content file's text (already decoded by
 * `readContentFile`: no BOM, LF line ends). YAML errors name the file, line
 * and column (see `parseYamlSource`); a frontmatter that is not a mapping of
 * fields is refused too.
 */
export function parseFrontmatter(text: string, file: string): FrontmatterFile {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text, source: undefined };
  const leading = match[1] ?? '';
  const yaml = match[2]!;
  // The YAML text starts on the opening --- line, so its line 1 is the file's line after the leading blank lines.
  const lineOffset = leading.match(/\n/g)?.length ?? 0;
  const source = parseYamlSource(yaml, file, { lineOffset });
  const { data } = source;
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new ContentError(
      { file, line: lineOffset + 2 },
      'the frontmatter is not a list of fields. Write one "key: value" per line between the --- lines.',
    );
  }
  const body = `${leading}${yaml.replace(/[^\n]/g, '')}${text.slice(match[0].length)}`;
  return { data: (data ?? {}) as Record<string, unknown>, body, source };
}
