import { lstatSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { ContentError } from '../../shared/located-error';
import { firstInvalidUtf8, positionOf } from '../../shared/utf8';

/**
 * The largest content file the build reads. A profile is a few kilobytes and
 * a long article 20–60 KB (ingest refuses raw texts over 1 MiB); anything
 * near 2 MiB is a wrong file. The quote and claim registries hold the whole
 * dossier's entries and get more room.
 */
export const MAX_CONTENT_BYTES = 2 * 1024 * 1024;
export const MAX_REGISTRY_BYTES = 64 * 1024 * 1024;

/** A content path as authors see it: relative to the working directory. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
}

/**
 * Reads a content file as the build sees it: UTF-8 (a file that is not is
 * refused with the first bad byte's offset, line and column, never shown
 * with U+FFFD in its place), without a byte order mark, with every line
 * ending a line feed. Editors save BOMs and CRLF as a matter of course;
 * reading every file through here makes them mean nothing, everywhere, on
 * every run. Symbolic links are followed; a broken or looping one is refused.
 */
export function readContentFile(path: string, maxBytes = MAX_CONTENT_BYTES): string {
  const file = displayPath(path);
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile())
      throw new ContentError({ file }, 'is not a regular file. Content files are .mdx or .yaml text files.');
    size = stats.size;
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const link = (() => {
      try {
        return lstatSync(path).isSymbolicLink();
      } catch {
        return false;
      }
    })();
    if (code === 'ELOOP')
      throw new ContentError(
        { file },
        'is a symbolic link that loops back on itself. Replace it with the file it should point at.',
      );
    if (link)
      throw new ContentError(
        { file },
        'is a symbolic link to a file that does not exist. Replace it with the file, or delete it.',
      );
    throw new ContentError(
      { file },
      `could not be read (${code ?? String(error)}). Check that it exists and that its permissions allow reading.`,
    );
  }
  if (size > maxBytes) {
    throw new ContentError(
      { file },
      `is ${size.toLocaleString('en')} bytes, over the limit of ${mib(maxBytes)} for one content file. Check that it is the right file; a long article is under 100 KB, a profile a few KB.`,
    );
  }
  return decodeContent(readFileSync(path), file);
}

/** Decodes a content file's bytes (see {@link readContentFile}); `file` names it in errors. */
export function decodeContent(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ContentError(
      { file },
      'is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8. Re-save the file as UTF-8.',
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column, offset } = positionOf(bytes, nul);
    throw new ContentError(
      { file, line, column },
      `holds a NUL byte (byte offset ${offset}): it looks like a binary file, not text. Content files are UTF-8 text.`,
    );
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const { line, column, offset } = positionOf(bytes, invalid);
    const hex = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
    throw new ContentError(
      { file, line, column },
      `is not UTF-8: byte 0x${hex} at byte offset ${offset} is not a UTF-8 character (a file saved as Latin-1 or Windows-1252 has these). Re-save the file as UTF-8.`,
    );
  }
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes).replace(/\r\n?/g, '\n');
}
