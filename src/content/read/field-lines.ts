import { resolve } from 'node:path';
import { readContentFile, MAX_REGISTRY_BYTES } from './content-file';
import { parseFrontmatter } from './frontmatter';
import { fieldLine, parseFieldPath, parseYamlSource, type YamlSource } from './yaml-source';

/**
 * Finds the 1-based line of a field in a file: `relations[0].cite` in a
 * profile's frontmatter, `<id>.text` in a registry. Undefined when the field
 * is not in the file's YAML (a summary sentence, a file name).
 */
export type LineLocator = (file: string, field: string) => number | undefined;

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
  return (file, field) => {
    if (field.startsWith('(') || field === 'summary' || field === 'overview') return undefined;
    const source = sourceOf(file);
    return source && fieldLine(source, parseFieldPath(field));
  };
}
