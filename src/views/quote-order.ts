import { parseCitation } from '../schemas/citation';
import type { QuoteRecord } from '../dossier/records';
import { byCodePoint } from '../shared/order';

/** Quotes in the order they appear in the sources: by article, then paragraph. */
export function inSourceOrder(quotes: readonly QuoteRecord[]): QuoteRecord[] {
  const key = (q: QuoteRecord) => parseCitation(q.data.cite);
  return [...quotes].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return byCodePoint(x.article, y.article) || x.paragraph - y.paragraph || byCodePoint(a.id, b.id);
  });
}
