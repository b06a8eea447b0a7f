import { join } from 'node:path';
import { CITATION_PATTERN, parseCitation } from '../../schemas/citation';
import { readRegistry } from '../read/registry';

/** A quoted passage to mark in an article paragraph. */
export interface QuotePassage {
  id: string;
  paragraph: number;
  text: string;
}

/**
 * Reads content/quotes.yaml for the remark plugin that marks quoted passages
 * (it runs in the article loader, before the quotes collection can be
 * queried), through the same reader as that collection: a registry that does
 * not parse fails here with the same message. Entries whose fields are wrong
 * are skipped; the collection's schema reports them.
 */
export function loadQuotePassages(contentDir: string): Map<string, QuotePassage[]> {
  const byArticle = new Map<string, QuotePassage[]>();
  const { entries } = readRegistry(join(contentDir, 'quotes.yaml'), 'quote');
  for (const [id, entry] of entries as Array<[string, { text?: unknown; cite?: unknown }]>) {
    if (typeof entry?.text !== 'string' || typeof entry.cite !== 'string' || !CITATION_PATTERN.test(entry.cite))
      continue;
    const { article, paragraph } = parseCitation(entry.cite);
    byArticle.set(article, [...(byArticle.get(article) ?? []), { id, paragraph, text: entry.text }]);
  }
  return byArticle;
}
