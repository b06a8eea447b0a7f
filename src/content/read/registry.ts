import { existsSync } from 'node:fs';
import { isMap } from 'yaml';
import { displayPath, MAX_REGISTRY_BYTES, readContentFile } from './content-file';
import { ContentError } from '../../shared/located-error';
import { ID_PATTERN } from '../../shared/id-pattern';
import { parseYamlSource, type YamlSource } from './yaml-source';

/** An id in a registry (a quote's, a claim's): an id, as it becomes part of an anchor. */
const ENTRY_ID = ID_PATTERN;

/** A registry file (content/quotes.yaml, content/claims.yaml) read whole: its entries by id, in file order. */
export interface Registry {
  file: string;
  entries: Array<[id: string, data: unknown]>;
  source: YamlSource;
}

/**
 * Reads a registry: a YAML mapping of ids to entries. Everything the whole
 * build reads from it goes through here (the quotes and claims collections,
 * and the article renderer that marks quoted passages), so a broken file fails
 * every reader with the same message rather than leaving one of them with
 * the last good copy. A missing file, a syntax error, a duplicate id (both
 * lines named), an id that cannot be an anchor or an entry that is not a set
 * of fields is a {@link ContentError} at its line. An empty file has no entries.
 */
export function readRegistry(path: string, noun: string): Registry {
  const file = displayPath(path);
  if (!existsSync(path)) {
    throw new ContentError(
      { file },
      `is missing. Every dossier has one; restore it, or create it empty (an empty file means no ${noun}s).`,
    );
  }
  const source = parseYamlSource(readContentFile(path, MAX_REGISTRY_BYTES), file, { registry: true });
  const { data, document, lines } = source;
  if (data === null || data === undefined) return { file, entries: [], source };
  if (!isMap(document.contents)) {
    throw new ContentError(
      { file, line: 1 },
      `is not a list of ${noun}s by id. Write each ${noun} as "<id>:" at the start of a line, with its fields indented below it.`,
    );
  }
  const entries: Registry['entries'] = [];
  for (const pair of document.contents.items) {
    const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
    const id = String(key && typeof key === 'object' && 'value' in key ? key.value : key);
    const at = { file, line: key?.range ? lines.linePos(key.range[0]).line : undefined };
    if (!ENTRY_ID.test(id)) {
      throw new ContentError(
        at,
        `"${id}" is not a valid ${noun} id. Ids are lower-case words joined by hyphens, e.g. petro-real-threat, as they become part of the ${noun}'s link.`,
      );
    }
    const value = (data as Record<string, unknown>)[id];
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new ContentError(
        at,
        `the ${noun} "${id}" has no fields. Indent its fields under "${id}:" (see docs/authoring/README.md).`,
      );
    }
    entries.push([id, value]);
  }
  return { file, entries, source };
}
