import { existsSync } from 'node:fs';
import { isMap, isSeq, type Node as YamlNode } from 'yaml';
import { displayPath, MAX_REGISTRY_BYTES, readContentFile } from './content-file';
import { ContentError } from '../../shared/located-error';
import type { Registry } from './registry';
import { parseYamlSource } from './yaml-source';

/** An id in a list file: lower-case kebab-case, as it becomes part of an anchor. */
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads a list file (content/judgments.yaml, indicators.yaml, gaps.yaml): a YAML list of entries, each a set of
 * fields with its own `id`. A missing file is an empty list: a dossier need not make judgments. A syntax error, an
 * entry that is not a set of fields, a missing or malformed id, or an id used twice (both lines named) is a
 * {@link ContentError} at its line. Entries come back by id, in file order, with their `id` field kept.
 */
export function readList(path: string, noun: string): Registry {
  const file = displayPath(path);
  if (!existsSync(path)) return { file, entries: [], source: parseYamlSource('', file) };
  const source = parseYamlSource(readContentFile(path, MAX_REGISTRY_BYTES), file);
  const { data, document, lines } = source;
  if (data === null || data === undefined) return { file, entries: [], source };
  if (!isSeq(document.contents)) {
    throw new ContentError(
      { file, line: 1 },
      `is not a list of ${noun}s. Start each ${noun} with "- id: <its-id>" at the start of a line, with its other fields indented below it.`,
    );
  }
  const entries: Registry['entries'] = [];
  const seen = new Map<string, number>();
  document.contents.items.forEach((item, index) => {
    const node = item as YamlNode | null;
    const line = node?.range ? lines.linePos(node.range[0]).line : undefined;
    const at = { file, line };
    const value = (data as unknown[])[index];
    if (!isMap(node) || !value || typeof value !== 'object' || Array.isArray(value)) {
      throw new ContentError(
        at,
        `${noun} ${index + 1} is not a set of fields. Write it as "- id: <its-id>" with its fields indented below.`,
      );
    }
    const id = (value as Record<string, unknown>).id;
    if (id === undefined) {
      throw new ContentError(at, `${noun} ${index + 1} has no id. Give it one: "- id: <lower-case-words>".`);
    }
    if (typeof id !== 'string' || !ENTRY_ID.test(id)) {
      throw new ContentError(
        at,
        `${JSON.stringify(id)} is not a valid ${noun} id. Ids are lower-case words joined by hyphens, e.g. visit-likely, as they become part of the ${noun}'s link.`,
      );
    }
    if (seen.has(id)) {
      throw new ContentError(
        at,
        `the id "${id}" is used twice (first on line ${seen.get(id)}): every ${noun} needs its own id. Rename one of them, or merge the two.`,
      );
    }
    seen.set(id, line ?? 0);
    entries.push([id, value]);
  });
  return { file, entries, source };
}
