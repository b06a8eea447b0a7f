import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { isDossierDate } from '../shared/dates';
import { ID_PATTERN, ID_RULE } from '../shared/id-pattern';
import { byCodePoint } from '../shared/order';
import type { Problem } from '../shared/problems';
import { snapshotSchema, type Snapshot } from './snapshot';

/**
 * An edition: the dossier frozen on a day, in content/editions/<id>.json.
 * `npm run edition` writes it; nothing else does. Its `hash` covers every
 * other field, so the build can tell an edition that was changed by hand;
 * `previous` names the edition before it and that edition's hash, so one
 * cannot be dropped or swapped unnoticed either.
 */

/** The version of the edition file's shape. */
export const EDITION_FORMAT = 1;

/** An as-of date of an edition: an EDTF day, e.g. 2026-01-08. */
export const editionDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a day: write it as YYYY-MM-DD (an EDTF day), e.g. 2026-01-08')
  .refine(isDossierDate, 'is not a date of the calendar');

const hashText = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'is not a hash (sha256:<64 hex digits>)');

export const editionFileSchema = z.strictObject({
  format: z.literal(EDITION_FORMAT),
  /** Its place in the sequence, from 1. */
  number: z.int().min(1),
  /** Its id: the file's name, `<as-of>-<title words>`. */
  id: z.string().regex(ID_PATTERN, `is not an id (${ID_RULE})`),
  title: z.string().min(1),
  asOf: editionDate,
  note: z.string().min(1).optional(),
  /** When recorded after the fact from some of the articles only (`--sources`): their ids. */
  sources: z.array(z.string().min(1)).min(1).optional(),
  previous: z.strictObject({ id: z.string().min(1), hash: hashText }).nullable(),
  hash: hashText,
  snapshot: snapshotSchema,
});

export type EditionFile = z.output<typeof editionFileSchema>;

/** An edition as the build reads it. */
export interface Edition extends EditionFile {
  /** The file, relative to the project root. */
  filePath: string;
}

/** JSON with every object's keys in code-point order: the text the hash is taken of. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => byCodePoint(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The hash of an edition: of every field but `hash` itself. */
export function editionHash(edition: Omit<EditionFile, 'hash'> & { hash?: string }): string {
  const { hash: _hash, ...rest } = edition;
  return `sha256:${createHash('sha256').update(canonicalJson(rest)).digest('hex')}`;
}

/** The edition file's text: its fields in a fixed order, two-space indented, the snapshot last. */
export function serializeEdition(edition: Omit<EditionFile, 'hash'>): string {
  const file: EditionFile = {
    format: edition.format,
    number: edition.number,
    id: edition.id,
    title: edition.title,
    asOf: edition.asOf,
    ...(edition.note ? { note: edition.note } : {}),
    ...(edition.sources ? { sources: edition.sources } : {}),
    previous: edition.previous,
    hash: editionHash(edition),
    snapshot: edition.snapshot,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Line of a top-level field in an edition file's text (the snapshot comes last, so its first match is its own). */
function lineOf(text: string, field: string): number | undefined {
  const index = text.search(new RegExp(`^  ${JSON.stringify(field).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'm'));
  return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}

/** `a.b[2].c` for a zod issue's path. */
function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

const HAND_EDIT =
  'Editions are records and are never edited: restore the file as `npm run edition` wrote it (git checkout -- <file>), or delete it and every edition after it and record them again.';

/** Reads one edition file; its problems when it does not parse or was changed by hand. */
export function readEditionFile(path: string, root: string): { edition?: Edition; problems: Problem[] } {
  const file = relative(root, path);
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    return {
      problems: [{ file, line, field: '(file)', message: `is not valid JSON (${message}). ${HAND_EDIT}` }],
    };
  }
  const parsed = editionFileSchema.safeParse(raw);
  if (!parsed.success) {
    // One problem per field: a value can break several rules of it at once.
    const byField = new Map<string, Problem>();
    for (const issue of parsed.error.issues) {
      const field = fieldPath(issue.path) || '(file)';
      if (byField.has(field) || byField.size >= 10) continue;
      byField.set(field, {
        file,
        line: lineOf(text, String(issue.path[0] ?? '')),
        field,
        message: `${issue.message}. ${HAND_EDIT}`,
      });
    }
    return { problems: [...byField.values()] };
  }
  const edition: Edition = { ...parsed.data, filePath: file };
  const problems: Problem[] = [];
  const expected = editionHash(parsed.data);
  if (expected !== parsed.data.hash) {
    problems.push({
      file,
      line: lineOf(text, 'hash'),
      field: 'hash',
      message: `does not match the file's content (${expected}): the file was changed after it was recorded. ${HAND_EDIT}`,
    });
  }
  const name = `${parsed.data.id}.json`;
  if (!path.endsWith(`/${name}`)) {
    problems.push({
      file,
      line: lineOf(text, 'id'),
      field: 'id',
      message: `is "${parsed.data.id}", but the file is not named ${name}. Rename the file back to ${name}.`,
    });
  }
  return { edition, problems };
}

/**
 * Every edition of the dossier, oldest first, each checked on its own (it
 * parses, its hash holds) and against the one before it (numbered one more,
 * pointing at it and its hash, dated the same day or later). Problems name the
 * file, the field and its line. No folder means no editions.
 */
export function readEditions(dir: string, root: string): { editions: Edition[]; problems: Problem[] } {
  if (!existsSync(dir)) return { editions: [], problems: [] };
  const problems: Problem[] = [];
  const editions: Edition[] = [];
  const names = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
    .sort(byCodePoint);
  for (const name of names) {
    const path = join(dir, name);
    if (!name.endsWith('.json')) {
      problems.push({
        file: relative(root, path),
        field: '(file name)',
        message: `is not an edition: ${relative(root, dir)}/ holds only the .json files \`npm run edition\` writes. Move it out (or start its name with _).`,
      });
      continue;
    }
    const read = readEditionFile(path, root);
    problems.push(...read.problems);
    if (read.edition) editions.push(read.edition);
  }
  editions.sort((a, b) => a.number - b.number);
  editions.forEach((edition, index) => {
    const text = readFileSync(join(root, edition.filePath), 'utf8');
    const before = editions[index - 1];
    if (edition.number !== index + 1) {
      const taken = editions.find((e) => e !== edition && e.number === edition.number);
      problems.push({
        file: edition.filePath,
        line: lineOf(text, 'number'),
        field: 'number',
        message: taken
          ? `is ${edition.number}, as is ${taken.filePath}: two editions cannot hold one place. ${HAND_EDIT}`
          : `is ${edition.number}, but the edition before it is number ${index}${index === 0 ? ' (there is none)' : ''}: an edition file is missing. Restore it from version control.`,
      });
      return;
    }
    const previous = before ? { id: before.id, hash: before.hash } : null;
    if (JSON.stringify(edition.previous) !== JSON.stringify(previous)) {
      problems.push({
        file: edition.filePath,
        line: lineOf(text, 'previous'),
        field: 'previous',
        message: before
          ? `names ${edition.previous ? `${edition.previous.id} (${edition.previous.hash})` : 'no edition'}, but the edition before it is ${before.id} (${before.hash}): the earlier edition was replaced or re-recorded. ${HAND_EDIT}`
          : `names ${edition.previous?.id}, but there is no edition before it: that edition's file is missing. Restore it from version control.`,
      });
    }
    if (before && edition.asOf < before.asOf) {
      problems.push({
        file: edition.filePath,
        line: lineOf(text, 'asOf'),
        field: 'asOf',
        message: `is ${edition.asOf}, before the edition it follows (${before.filePath}, as of ${before.asOf}). Editions are dated in the order they are recorded: record it again with --as-of ${before.asOf} or later.`,
      });
    }
  });
  return { editions, problems };
}

/** A snapshot as an edition keeps it (the type, for callers that do not read files). */
export type { Snapshot };
