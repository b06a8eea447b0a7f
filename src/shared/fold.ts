/**
 * Accent- and case-folding for matching and search: "Nicolás" and "NICOLAS"
 * both fold to "nicolas". Display text always keeps its accents; only
 * comparisons use the folded form.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .normalize('NFC');
}

/** A word of a text with its position, as the mention matcher sees it. */
export interface Token {
  /** The word as written. */
  text: string;
  /** The folded word (no accents, lower case). */
  folded: string;
  /** Offset of the first character in the original string. */
  start: number;
  /** Offset just past the last character in the original string. */
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** Splits a text into words (letters and digits); punctuation separates words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ text: match[0], folded: fold(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
