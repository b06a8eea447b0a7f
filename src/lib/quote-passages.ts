import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CITATION_PATTERN, parseCitation } from '../schemas/citation';

/** A quoted passage to mark in an article paragraph. */
export interface QuotePassage {
  id: string;
  paragraph: number;
  text: string;
}

/**
 * Reads content/quotes.yaml straight from disk for the remark plugin that
 * marks quoted passages (it runs in the article loader, before the quotes
 * collection can be queried). Entries that do not parse are skipped: the content layer and the
 * build's quote check report them properly.
 */
export function loadQuotePassages(contentDir: string): Map<string, QuotePassage[]> {
  const byArticle = new Map<string, QuotePassage[]>();
  let data: unknown;
  try {
    data = parseYaml(readFileSync(join(contentDir, 'quotes.yaml'), 'utf8'));
  } catch {
    return byArticle;
  }
  if (!data || typeof data !== 'object') return byArticle;
  for (const [id, entry] of Object.entries(data as Record<string, { text?: unknown; cite?: unknown }>)) {
    if (typeof entry?.text !== 'string' || typeof entry.cite !== 'string' || !CITATION_PATTERN.test(entry.cite))
      continue;
    const { article, paragraph } = parseCitation(entry.cite);
    byArticle.set(article, [...(byArticle.get(article) ?? []), { id, paragraph, text: entry.text }]);
  }
  return byArticle;
}
