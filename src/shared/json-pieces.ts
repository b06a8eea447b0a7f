/**
 * JSON too large for one JavaScript string. A string holds at most about
 * 512 MB, and the dossier's data exports pass that at 50,000 articles
 * (dossier.json is 133 MB at 10,000). These write and read the same text as
 * `JSON.stringify(value, null, 2)` in pieces: an object's members one by one,
 * and the items of its array members one by one.
 */

/** `text` with every line after the first indented by `spaces` more (JSON strings hold no raw newline). */
const indent = (text: string, spaces: string) => text.replaceAll('\n', `\n${spaces}`);

/** What JSON.stringify writes for a value, or undefined for one it leaves out of an object. */
const stringify = (value: unknown): string | undefined => JSON.stringify(value, null, 2) as string | undefined;

/**
 * `JSON.stringify(value, null, 2)` as a sequence of pieces whose
 * concatenation is exactly that text: for an object, its members, and the
 * items of its members that are arrays, each a piece of its own.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  const plain = value && typeof value === 'object' && !Array.isArray(value) && !('toJSON' in value);
  if (!plain) {
    yield stringify(value) ?? 'undefined';
    return;
  }
  const members = Object.entries(value).filter(([, v]) => stringify(v) !== undefined);
  if (members.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, [key, member]] of members.entries()) {
    yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(member) && member.length > 0) {
      yield '[';
      for (const [j, item] of member.entries()) {
        yield `${j === 0 ? '' : ','}\n    ${indent(stringify(item) ?? 'null', '    ')}`;
      }
      yield '\n  ]';
    } else {
      yield indent(stringify(member)!, '  ');
    }
  }
  yield '\n}';
}

/** The pieces as UTF-8 bytes, gathered a megabyte of text at a time (no string ever holds them all). */
export function piecesToBytes(pieces: Iterable<string>): Uint8Array<ArrayBuffer> {
  const buffers: Buffer[] = [];
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length > 1 << 20) {
      buffers.push(Buffer.from(pending));
      pending = '';
    }
  }
  buffers.push(Buffer.from(pending));
  const bytes = new Uint8Array(buffers.reduce((sum, buffer) => sum + buffer.length, 0));
  let at = 0;
  for (const buffer of buffers) {
    bytes.set(buffer, at);
    at += buffer.length;
  }
  return bytes;
}

/**
 * The items of the array member `key` of an object written as
 * `JSON.stringify(object, null, 2)`, read from its bytes one item at a time.
 * In that layout an item of a member array starts on a line indented by
 * exactly four spaces after `[` or `,`, and the array ends on a line of two
 * spaces and `]`; nothing deeper starts a line with only four. Undefined
 * when the object has no such member.
 */
export function* arrayMemberItems(bytes: Uint8Array, key: string): Generator<unknown> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const open = buffer.indexOf(`\n  ${JSON.stringify(key)}: [`);
  if (open < 0) return;
  let at = open + `\n  ${JSON.stringify(key)}: [`.length;
  if (buffer[at] === 0x5d) return; // "[]"
  // Only the end of a member array starts a line with two spaces and "]": the first one is this array's.
  const end = buffer.indexOf('\n  ]', at);
  while (at < end) {
    // `at` is at the line break before an item; the item runs to the next line break at its own depth, or the end.
    const start = at + '\n    '.length;
    let next = buffer.indexOf(',\n    ', start);
    while (next >= 0 && next < end && buffer[next + 6] === 0x20) next = buffer.indexOf(',\n    ', next + 1);
    const stop = next >= 0 && next < end ? next : end;
    yield JSON.parse(buffer.toString('utf8', start, stop));
    at = stop === end ? end : next + 1;
  }
}
