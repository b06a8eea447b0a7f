import { readFileSync, statSync } from 'node:fs';
import { IngestError } from './errors';
import { firstInvalidUtf8, positionOf, type BytePosition } from '../../shared/utf8';

/**
 * The largest input ingest accepts: 1 MiB. A long news article is 20–60 KB
 * of text, so anything near this is a wrong file (a dump, a PDF, a folder of
 * articles pasted together) rather than one article.
 */
export const MAX_INPUT_BYTES = 1024 * 1024;

function where(position: BytePosition): string {
  return `at byte offset ${position.offset} (line ${position.line}, column ${position.column})`;
}

function bytesText(count: number): string {
  return `${count.toLocaleString('en')} bytes`;
}

function tooLarge(name: string, actual: number, limit: number): IngestError {
  const mib = limit % (1024 * 1024) === 0 ? `${limit / 1024 / 1024} MiB (${bytesText(limit)})` : bytesText(limit);
  return new IngestError(
    `${name} is ${bytesText(actual)}, over the limit of ${mib} for one article. Check that it is the right file, or split it into several articles.`,
  );
}

/**
 * A character that is not text a page can show: C0 controls other than tab,
 * line feed and carriage return, DEL, and the C1 controls (usually the trace
 * of a file decoded with the wrong encoding).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

/**
 * Decodes a source file's bytes as text, or explains in one line why it is
 * not an article text: empty, UTF-16, binary (a NUL byte), not UTF-8 (with
 * the first bad byte), holding control characters, or only whitespace. The
 * text is returned as decoded: normalising it is `splitParagraphs`' job.
 */
export function decodeSource(bytes: Uint8Array, name: string, maxBytes = MAX_INPUT_BYTES): string {
  if (bytes.length > maxBytes) {
    throw tooLarge(name, bytes.length, maxBytes);
  }
  if (bytes.length === 0) {
    throw new IngestError(`${name} is empty (0 bytes). Pass the file that holds the article text.`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new IngestError(
      `${name} is UTF-16 text, not UTF-8 (it starts with a UTF-16 byte order mark). Re-save the file as UTF-8.`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const position = positionOf(bytes, nul);
    throw new IngestError(
      `${name} looks like a binary file, not text: NUL byte ${where(position)}. Pass a plain-text UTF-8 file.`,
    );
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const hex = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
    throw new IngestError(
      `${name} is not UTF-8: invalid byte 0x${hex} ${where(positionOf(bytes, invalid))}. Re-save the file as UTF-8.`,
    );
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    const offset = Buffer.byteLength(text.slice(0, control.index), 'utf8');
    throw new IngestError(
      `${name} contains the control character U+${code} ${where(positionOf(bytes, offset))}, which is not text a page can show. Remove it and re-save the file.`,
    );
  }
  if (text.replace(/^\uFEFF/, '').trim().length === 0) {
    throw new IngestError(
      `${name} holds only whitespace: there is no text to ingest. Pass the file that holds the article text.`,
    );
  }
  return text;
}

/** Reads and decodes a source file (see {@link decodeSource}); never reads more than the size limit. */
export function readSource(path: string, name: string, maxBytes = MAX_INPUT_BYTES): { bytes: Buffer; text: string } {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new IngestError(`${name} was not found. Check the path of the text file.`);
  }
  if (stats.isDirectory()) throw new IngestError(`${name} is a folder, not a text file. Pass the path of a .txt file.`);
  if (!stats.isFile()) throw new IngestError(`${name} is not a regular file. Pass the path of a .txt file.`);
  if (stats.size > maxBytes) {
    throw tooLarge(name, stats.size, maxBytes);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new IngestError(
      `${name} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}). Check its permissions.`,
    );
  }
  return { bytes, text: decodeSource(bytes, name, maxBytes) };
}
