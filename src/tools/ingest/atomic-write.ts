import {
  closeSync,
  existsSync,
  mkdirSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A file to write: its content, and whether an existing file may be replaced. */
export interface PlannedWrite {
  path: string;
  data: string | Uint8Array;
  /** False: fail if the file exists (checked atomically at the moment of writing). */
  replace: boolean;
}

function fsyncDirectory(directory: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(directory, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems cannot fsync a directory; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes `data` to a new hidden temporary file next to `path` and flushes it to disk. */
function writeTemporary(path: string, data: string | Uint8Array): string {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx', 0o644);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temporary);
    throw error;
  }
  closeSync(fd);
  return temporary;
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/** Moves a temporary file to `path` unless `path` exists (EEXIST), atomically where hard links work. */
function linkExclusive(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || !['EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV'].includes(code ?? '')) throw error;
    // No hard links on this file system: check, then rename (a narrow race instead of none).
    if (existsSync(path)) throw Object.assign(new Error(`EEXIST: file already exists, ${path}`), { code: 'EEXIST' });
    renameSync(temporary, path);
    return;
  }
  unlinkSync(temporary);
}

/**
 * Writes files so that each one either appears complete or not at all: the
 * content goes to a temporary file in the same folder, is flushed to disk,
 * and is then moved into place in one step (rename, or a hard link when the
 * target must not exist, which fails atomically if it does). All temporary
 * files are written before the first one is moved; if anything fails, the
 * temporaries and the files this call already created are removed.
 */
export function commitWrites(writes: readonly PlannedWrite[]): void {
  const temporaries: string[] = [];
  const created: string[] = [];
  try {
    for (const write of writes) {
      mkdirSync(dirname(write.path), { recursive: true });
      temporaries.push(writeTemporary(write.path, write.data));
    }
    writes.forEach((write, i) => {
      const temporary = temporaries[i]!;
      if (write.replace) {
        renameSync(temporary, write.path);
      } else {
        linkExclusive(temporary, write.path);
        created.push(write.path);
      }
      fsyncDirectory(dirname(write.path));
    });
  } catch (error) {
    for (const temporary of temporaries) removeQuietly(temporary);
    for (const path of created) removeQuietly(path);
    throw error;
  }
}
