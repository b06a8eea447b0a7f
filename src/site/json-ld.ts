/**
 * Serialises schema.org data for a `<script type="application/ld+json">`:
 * valid JSON in which `<`, `>` and `&` are \u escapes, so no content (a title
 * holding "</script>") can end the script element or open markup.
 */
export function toJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...data })
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
