/**
 * How quotes are compared with their source paragraph: curly and straight
 * quotation marks count as the same, and any run of white space as one space.
 * Nothing else is forgiven: a changed word, letter or accent is a misquote.
 */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `quote` appears word for word in `paragraph` (see {@link normaliseForQuote}). */
export function quoteAppearsIn(quote: string, paragraph: string): boolean {
  return normaliseForQuote(paragraph).includes(normaliseForQuote(quote));
}
