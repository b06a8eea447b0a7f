/**
 * A CSS string literal for any text: quotes and backslashes escaped, and `<`
 * written as an escape so the text can never close the <style> element it
 * sits in.
 */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, '\\$&')
    .replace(/</g, '\\3c ')
    .replace(/[\n\r\f]/g, ' ');
  return `"${escaped}"`;
}
