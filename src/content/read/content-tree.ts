import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_KINDS } from '../../schemas/entity';
import { displayPath } from './content-file';
import { closest } from '../../shared/did-you-mean';
import { isId, toId } from '../../identity/ids';
import { DossierContentError, type Problem } from '../../shared/problems';
import { byCodePoint } from '../../shared/order';

/** The file type of articles, profiles and the overview. */
export const ENTRY_EXTENSION = '.mdx';

/** The folders of content/ that hold entries, one `<id>.mdx` each. */
const ENTRY_FOLDERS = ['articles', ...ENTITY_KINDS, 'dossier'] as const;
/** Everything else content/ may hold. */
const OTHER_ENTRIES = {
  folders: ['seeds', 'editions'],
  files: ['quotes.yaml', 'claims.yaml', 'judgments.yaml', 'indicators.yaml', 'gaps.yaml'],
};

/** Hidden files (.DS_Store, .gitkeep) are the system's, and `_`-prefixed ones are drafts: the build skips both. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_');
}

/** Whether a directory entry is a folder, following a symbolic link; undefined for a broken or looping link. */
function isFolder(dir: string, entry: Dirent): boolean | undefined {
  if (!entry.isSymbolicLink()) return entry.isDirectory();
  try {
    return statSync(join(dir, entry.name)).isDirectory();
  } catch {
    return undefined;
  }
}

function problem(path: string, message: string, kind: 'file' | 'folder' = 'file'): Problem {
  return { file: displayPath(path), field: kind === 'folder' ? '(folder)' : '(file name)', message };
}

/** What is wrong with one entry of an entry folder, or undefined when the build reads it. */
function entryProblem(dir: string, entry: Dirent): Problem | undefined {
  const path = join(dir, entry.name);
  const folder = displayPath(dir);
  const folderFlag = isFolder(dir, entry);
  if (folderFlag === undefined) {
    return problem(
      path,
      'is a symbolic link that is broken or loops back on itself. Replace it with the file it should point at, or delete it.',
    );
  }
  if (folderFlag) {
    return problem(
      path,
      `is a folder; the build reads only the files directly in ${folder}/. Move its files up into ${folder}/, or rename the folder to start with _ to keep it out of the build.`,
      'folder',
    );
  }
  if (!entry.name.endsWith(ENTRY_EXTENSION)) {
    const stem = entry.name.replace(/\.[^.]*$/, '');
    const hint = /\.(md|markdown|txt)$/i.test(entry.name)
      ? ` Rename it to ${stem}${ENTRY_EXTENSION}.`
      : ` Content entries are ${ENTRY_EXTENSION} files; move it out of content/, or rename it to start with _ to keep it as a draft.`;
    return problem(path, `is not a ${ENTRY_EXTENSION} file, so the build would skip it.${hint}`);
  }
  const id = entry.name.slice(0, -ENTRY_EXTENSION.length);
  if (!isId(id)) {
    const suggestion = toId(id);
    return problem(
      path,
      `"${id}" is not a valid id: a file name is its entry's id, written in lower-case words joined by hyphens, so that no two files differ only in case.${suggestion ? ` Rename it to ${suggestion}${ENTRY_EXTENSION}.` : ''}`,
    );
  }
  return undefined;
}

function entriesOf(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !skipped(entry.name))
    .sort((a, b) => byCodePoint(a.name, b.name));
}

/** The entry files of a folder, sorted by name (code point order, the same on every machine). */
function entryNames(dir: string): string[] {
  return entriesOf(dir)
    .map((entry) => entry.name)
    .filter((name) => name.endsWith(ENTRY_EXTENSION));
}

/** True for the name of a file the build reads as an entry: `<name>.mdx`, not a `_` draft or a hidden file. */
export function isEntryFileName(name: string): boolean {
  return name.endsWith(ENTRY_EXTENSION) && !skipped(name);
}

/** The problems of one entry folder (see {@link listEntryFiles}), without throwing. */
export function entryFolderProblems(dir: string): Problem[] {
  if (!existsSync(dir)) return [];
  return entriesOf(dir)
    .map((entry) => entryProblem(dir, entry))
    .filter((p): p is Problem => p !== undefined);
}

/**
 * The files the build reads in one entry folder (content/articles/,
 * content/people/ …), sorted: every `<id>.mdx` that is not a draft. Anything
 * else it would skip without a word (a `.md` file, a subfolder, a file
 * named in capitals, a broken link) fails the build instead, all at once.
 * A missing folder holds no entries.
 */
export function listEntryFiles(dir: string): string[] {
  const problems = entryFolderProblems(dir);
  if (problems.length > 0) throw new DossierContentError(problems);
  return existsSync(dir) ? entryNames(dir) : [];
}

/**
 * Checks the shape of content/ before anything is read: every entry is one
 * the build knows (a misspelt folder such as `peple/` would otherwise be
 * ignored, with every profile in it), every entry folder holds only entries,
 * and the overview folder only `index.mdx`. Throws one error listing every
 * problem.
 */
export function checkContentTree(contentDir: string): void {
  const root = displayPath(contentDir);
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    throw new DossierContentError([
      problem(
        contentDir,
        `is missing: the dossier's content lives in ${root}/. Restore it, or set DOSSIER_CONTENT_DIR to the folder that holds it.`,
      ),
    ]);
  }
  const problems: Problem[] = [];
  const known = [...ENTRY_FOLDERS, ...OTHER_ENTRIES.folders, ...OTHER_ENTRIES.files];
  for (const entry of entriesOf(contentDir)) {
    const path = join(contentDir, entry.name);
    const folder = isFolder(contentDir, entry);
    if (folder === undefined) {
      problems.push(
        problem(path, 'is a symbolic link that is broken or loops back on itself. Replace it, or delete it.'),
      );
      continue;
    }
    const expectsFolder =
      (ENTRY_FOLDERS as readonly string[]).includes(entry.name) || OTHER_ENTRIES.folders.includes(entry.name);
    const expectsFile = OTHER_ENTRIES.files.includes(entry.name);
    if (expectsFolder && !folder)
      problems.push(problem(path, `should be a folder (${root}/${entry.name}/), but is a file.`));
    else if (expectsFile && folder) problems.push(problem(path, `should be a file, but is a folder.`));
    else if (!expectsFolder && !expectsFile) {
      const suggestion = closest(entry.name.replace(/\.yml$/, '.yaml'), known);
      const hint = suggestion
        ? ` Did you mean ${suggestion}${OTHER_ENTRIES.files.includes(suggestion) ? '' : '/'}?`
        : '';
      problems.push(
        problem(
          path,
          `is not part of a dossier, so the build would ignore it.${hint} ${root}/ holds ${[...ENTRY_FOLDERS, ...OTHER_ENTRIES.folders].map((f) => `${f}/`).join(', ')}, ${OTHER_ENTRIES.files.slice(0, -1).join(', ')} and ${OTHER_ENTRIES.files.at(-1)}; move anything else out of it (or start its name with _).`,
          folder ? 'folder' : 'file',
        ),
      );
    }
  }
  for (const name of ENTRY_FOLDERS) problems.push(...entryFolderProblems(join(contentDir, name)));
  const overview = join(contentDir, 'dossier');
  if (existsSync(overview) && statSync(overview).isDirectory()) {
    for (const name of entryNames(overview)) {
      if (name !== 'index.mdx') {
        problems.push(
          problem(
            join(overview, name),
            `${root}/dossier/ holds one file, index.mdx (the overview). Merge this file into it, or move it out.`,
          ),
        );
      }
    }
  }
  if (problems.length > 0) throw new DossierContentError(problems);
}
