/**
 * Checks that bytes are UTF-8 and says where they are not: shared by ingest
 * (raw article texts) and the build (every content file), so both refuse the
 * same files with the same words.
 */

/** Where a byte offset falls in a text file, for error messages. */
export interface BytePosition {
  /** 0-based byte offset. */
  offset: number;
  /** 1-based line (LF, CRLF and CR all end a line). */
  line: number;
  /** 1-based column, in characters. */
  column: number;
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence
 * (Unicode table 3-7: no overlong forms, no surrogates, nothing past
 * U+10FFFF, no truncated sequence), or -1 when all of `bytes` is UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let trail: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trail = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      trail = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      trail = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= trail; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += trail + 1;
  }
  return -1;
}

/** Line and column of byte `offset`, counting characters of the (valid UTF-8) bytes before it. */
export function positionOf(bytes: Uint8Array, offset: number): BytePosition {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x0a) {
      if (bytes[i - 1] !== 0x0d) line++;
      column = 1;
    } else if (byte === 0x0d) {
      line++;
      column = 1;
    } else if ((byte & 0xc0) !== 0x80) column++;
  }
  return { offset, line, column };
}
