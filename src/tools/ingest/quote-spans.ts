/** A direct quotation in a paragraph: the words inside its marks, by character offsets. */
export interface QuoteSpan {
  /** Offset of the first quoted character (after the opening mark). */
  start: number;
  /** Offset just past the last quoted character (before the closing mark). */
  end: number;
  /** Offset of the opening mark (or dash). */
  open: number;
  /** Offset just past the closing mark (or the end of the quoted words, for dialogue). */
  close: number;
  /** Dialogue introduced by a dash ("—Hablamos de todo —respondió Petro."). */
  dash: boolean;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"', '‘': '’', "'": "'" };
const LETTER = /[\p{L}\p{N}]/u;

/** True when the quote mark at `i` sits between letters: an apostrophe ("Colombia's", "I'm"), not a quote mark. */
function isApostrophe(text: string, i: number): boolean {
  return LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '');
}

/** Where the quotation opened at `i` with `mark` closes, or -1. */
function closingOf(text: string, i: number, mark: string): number {
  const close = PAIRS[mark]!;
  const single = close === "'" || close === '’';
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] !== close) continue;
    if (single && isApostrophe(text, j)) continue;
    // A straight mark closes only before a non-letter ("… world.' He") and after a non-space.
    if ((close === '"' || close === "'") && (LETTER.test(text[j + 1] ?? '') || /\s/u.test(text[j - 1] ?? ''))) continue;
    if (j > i + 1) return j;
  }
  return -1;
}

/** Trailing spaces and the comma that only continues the sentence are not part of the words ("…to go into exile,"). */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  if (e > s && text[e - 1] === ',') e--;
  return { start: s, end: e };
}

/**
 * A paragraph of dialogue: it opens with a dash, each turn starts with a dash
 * and a capital ("—¿Habló…? —le preguntó una periodista. —Hablamos…"), and a
 * dash before a lower-case word starts the narrator's words. A social post's
 * signature ("— EL PAÍS América Colombia (@ElPaisAmericaCo) January 9, 2026")
 * is no dialogue.
 */
function dialogueSpans(text: string): QuoteSpan[] {
  if (!/^\s*[—–]/u.test(text) || /\(@[\w]+\)/u.test(text)) return [];
  const dashes = [...text.matchAll(/(?:^|\s)([—–])\s*/gu)].map((m) => ({
    at: m.index + m[0].indexOf(m[1]!),
    after: m.index + m[0].length,
  }));
  const spans: QuoteSpan[] = [];
  dashes.forEach((dash, k) => {
    const next = dashes[k + 1];
    const first = text.slice(dash.after).match(/[\p{L}¿¡"“«]/u)?.[0] ?? '';
    if (!/[\p{Lu}¿¡"“«]/u.test(first)) return; // the narrator's words ("—respondió Petro.")
    const end = next ? next.at : text.length;
    const range = trimmed(text, dash.after, end);
    if (range.end > range.start) spans.push({ ...range, open: dash.at, close: range.end, dash: true });
  });
  return spans;
}

/**
 * Every direct quotation of a paragraph, in order: words inside “ ”, « », „ “,
 * " ", ‘ ’ and ' ' (an apostrophe between letters is no mark: "Colombia's",
 * "I'm"), and the turns of a dialogue introduced by dashes. A quotation inside
 * another is part of it, not one of its own. The range is the words without
 * their marks and without a trailing comma, as the quote registry keeps them.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [...dialogueSpans(text)];
  let i = 0;
  while (i < text.length) {
    const mark = text[i]!;
    const inside = spans.some((s) => i >= s.open && i < s.close);
    const opens =
      PAIRS[mark] !== undefined &&
      !inside &&
      !isApostrophe(text, i) &&
      // An opening straight mark follows a non-letter and precedes a non-space.
      ((mark !== '"' && mark !== "'") || (!LETTER.test(text[i - 1] ?? '') && !/\s/u.test(text[i + 1] ?? '')));
    if (opens) {
      const j = closingOf(text, i, mark);
      if (j > 0) {
        const range = trimmed(text, i + 1, j);
        if (range.end > range.start) spans.push({ ...range, open: i, close: j + 1, dash: false });
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The paragraph with every quotation's words replaced by letters of the same
 * length, so that no sentence ends inside one: the first letter keeps its case
 * and a final full stop, question or exclamation mark stays, so a sentence
 * still ends with a quotation that ends it (“… a war.” He added).
 */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  let masked = text;
  for (const span of spans) {
    const words = text.slice(span.start, span.end);
    const first = /^[\p{Lu}¿¡]/u.test(words) ? 'Q' : 'q';
    const last = /[.!?…]$/u.test(words) && words.length > 1 ? words.at(-1)! : 'q';
    const fill = words.length === 1 ? first : first + 'q'.repeat(words.length - 2) + last;
    masked = masked.slice(0, span.start) + fill + masked.slice(span.end);
  }
  return masked;
}
