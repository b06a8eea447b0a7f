import { resolve } from 'node:path';
import { readContentFile, MAX_REGISTRY_BYTES } from './content-file';
import { parseFrontmatter } from './frontmatter';
import { fieldLine, parseFieldPath, parseYamlSource, type YamlSource } from './yaml-source';

/**
 * Finds the 1-based line of a field in a file: `relations[0].cite` in a
 * profile's frontmatter, `<id>.text` in a registry or a list, `¶3` in an article's body. Undefined when the field
 * is not in the file's YAML (a summary sentence, a file name).
 */
export type LineLocator = (file: string, field: string) => number | undefined;

/**
 * The line paragraph `n` of an article body starts on: the body keeps a blank line for each frontmatter line, and an
 * article's paragraphs are blocks separated by blank lines.
 */
function paragraphLine(body: string | undefined, n: number): number | undefined {
  if (body === undefined) return undefined;
  let count = 0;
  let previousBlank = true;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const blank = lines[i]!.trim() === '';
    if (!blank && previousBlank && ++count === n) return i + 1;
    previousBlank = blank;
  }
  return undefined;
}

/**
 * Finds the line of a field in a content file for a problem report, by
 * parsing the file's YAML again (only when there are problems to report):
 * `relations[0].cite` is reported at its own line even when the same
 * citation appears earlier in the file.
 */
export function createFieldLocator(): LineLocator {
  const sources = new Map<string, YamlSource | undefined>();
  const sourceOf = (file: string) => {
    if (!sources.has(file)) {
      let source: YamlSource | undefined;
      try {
        const path = resolve(file);
        source = file.endsWith('.yaml')
          ? parseYamlSource(readContentFile(path, MAX_REGISTRY_BYTES), file)
          : parseFrontmatter(readContentFile(path), file).source;
      } catch {
        source = undefined; // the file changed or broke since it was loaded: no line, the message still names it
      }
      sources.set(file, source);
    }
    return sources.get(file);
  };
  const bodies = new Map<string, string | undefined>();
  const bodyOf = (file: string) => {
    if (!bodies.has(file)) {
      try {
        bodies.set(file, parseFrontmatter(readContentFile(resolve(file)), file).body);
      } catch {
        bodies.set(file, undefined);
      }
    }
    return bodies.get(file);
  };
  return (file, field) => {
    const paragraph = /^¶([1-9][0-9]*)$/.exec(field);
    if (paragraph) return paragraphLine(bodyOf(file), Number(paragraph[1]));
    if (field.startsWith('(') || field === 'summary' || field === 'overview') return undefined;
    const source = sourceOf(file);
    return source && fieldLine(source, parseFieldPath(field));
  };
}
