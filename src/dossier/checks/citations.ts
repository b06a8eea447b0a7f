import { CITATION_PATTERN, parseCitation } from '../../schemas/citation';
import { didYouMean } from '../../shared/did-you-mean';
import type { ArticleRecord } from '../records';
import type { Add } from './report';

/** Checks one citation string found in `file` at `field` (on `line`, when the field's own line is not it). */
export type CheckCitation = (file: string, field: string, value: string, line?: number) => void;

/** There are articles to cite: without them every citation problem follows from that one. */
export function checkArticlesPresent(articles: ReadonlyMap<string, ArticleRecord>, add: Add): void {
  if (articles.size > 0) return;
  add(
    'content/articles/',
    '(folder)',
    'holds no articles, so no citation in the dossier can point at a paragraph. Add the source articles (npm run ingest -- <file>) or restore the folder; the citation problems below all follow from this.',
    { cause: true },
  );
}

/** A citation is `<article-id>#p-<n>` and names a paragraph of an existing article. */
export function citationCheck(articles: ReadonlyMap<string, ArticleRecord>, add: Add): CheckCitation {
  return (file, field, value, line) => {
    const at = line === undefined ? {} : { line };
    if (!CITATION_PATTERN.test(value)) {
      add(
        file,
        field,
        `"${value}" is not a citation. Write <article-id>#p-<paragraph>, e.g. petro-warns-real-threat#p-7.`,
        at,
      );
      return;
    }
    const { article, paragraph } = parseCitation(value);
    const target = articles.get(article);
    if (!target) {
      add(
        file,
        field,
        `cites "${value}", but there is no article "${article}".${didYouMean(article, articles.keys())}`,
        {
          ...at,
          group: `no-article:${article}`,
        },
      );
    } else if (paragraph > target.paragraphs.length) {
      add(
        file,
        field,
        `cites "${value}", but article "${article}" has ${target.paragraphs.length} paragraphs (p-1 to p-${target.paragraphs.length}). Check the paragraph number on the article page.`,
        at,
      );
    }
  };
}
