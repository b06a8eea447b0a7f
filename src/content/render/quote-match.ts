const SINGLE = /[\u2018\u2019\u201A\u201B\u2032]/;
const DOUBLE = /[\u201C\u201D\u201E\u201F\u2033]/;

/** One character as quotes are compared: curly quotes as straight ones. */
function normaliseChar(char: string): string {
  if (SINGLE.test(char)) return "'";
  if (DOUBLE.test(char)) return '"';
  return char;
}

/**
 * A text as quotes are compared with their source paragraph: curly and
 * straight quotation marks count as the same, and any run of white space as
 * one space. Nothing else is forgiven: a changed word, letter or accent is a
 * misquote. `positions[i]` is the index in the original of normalised char i.
 */
function normaliseWithPositions(text: string): { text: string; positions: number[] } {
  let out = '';
  const positions: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (/\s/.test(char)) {
      if (!inSpace && out.length > 0) {
        out += ' ';
        positions.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    out += normaliseChar(char);
    positions.push(i);
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    positions.pop();
  }
  return { text: out, positions };
}

/** The text as quotes are compared (see {@link quoteAppearsIn}). */
export function normaliseForQuote(text: string): string {
  return normaliseWithPositions(text).text;
}

/** True when `quote` appears word for word in `paragraph`, curly/straight quotes and white space aside. */
export function quoteAppearsIn(quote: string, paragraph: string): boolean {
  return findQuote(quote, paragraph) !== undefined;
}

/** Where `quote` stands in `paragraph` (character range of the original), or undefined. */
export function findQuote(quote: string, paragraph: string): { start: number; end: number } | undefined {
  const needle = normaliseForQuote(quote);
  if (needle.length === 0) return undefined;
  const haystack = normaliseWithPositions(paragraph);
  const at = haystack.text.indexOf(needle);
  if (at < 0) return undefined;
  return { start: haystack.positions[at]!, end: haystack.positions[at + needle.length - 1]! + 1 };
}
