/**
 * The two orders the site sorts strings in. Readers see names in English
 * alphabetical order ({@link byName}); ids and other data are kept in
 * code-point order ({@link byCodePoint}), the same on every machine.
 */

const english = new Intl.Collator('en');

/**
 * Alphabetical order for what readers see sorted by name ("Álvaro Uribe"
 * beside "Alvaro", not after "Zelensky"). English collation, named rather
 * than the machine's default locale, so that every machine sorts alike.
 */
export function byName(a: string, b: string): number {
  return english.compare(a, b);
}

/**
 * Code-point order (UTF-16 code units, as `<` compares) for ids, keys and
 * dates written as ISO strings. For ids, lower-case words joined by hyphens,
 * it is also their alphabetical order.
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
