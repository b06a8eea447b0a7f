import { quoteAppearsIn } from '../../content/render/quote-match';
import { CITATION_PATTERN, parseCitation } from '../../schemas/citation';
import { quoteSchema } from '../../schemas/quote';
import type { ArticleRecord, DossierInput } from '../records';
import type { CheckFields } from './references';
import type { Add } from './report';

/** Every quote's references check out, it is word for word in its paragraph, and translated when not in English. */
export function checkQuotes(
  input: DossierInput,
  articles: ReadonlyMap<string, ArticleRecord>,
  checkFields: CheckFields,
  add: Add,
): void {
  for (const quote of input.quotes) {
    const { filePath, id, data } = quote;
    checkFields(filePath, quoteSchema, data, { path: id });
    if (data.language !== 'en' && !data.translation) {
      add(filePath, `${id}.translation`, `the quote is in "${data.language}"; add an English translation.`);
    }
    if (!CITATION_PATTERN.test(data.cite)) continue;
    const { article, paragraph } = parseCitation(data.cite);
    const text = articles.get(article)?.paragraphs[paragraph - 1];
    if (text !== undefined && !quoteAppearsIn(data.text, text)) {
      add(
        filePath,
        `${id}.text`,
        `the quote "${data.text}" is not in ${data.cite}, which reads: "${text}". Copy the words exactly (only curly and straight quotes and spacing may differ), or cite the right paragraph.`,
      );
    }
  }
}
