import type { Article } from '../schemas/article';
import type { ArticleRecord } from '../dossier/records';
import { dateSortKey, formatDossierDate, parseDossierDate } from '../shared/dates';
import { once } from '../shared/once';
import { byCodePoint } from '../shared/order';

/** "BBC (inferred)", "El País", or "outlet not stated": one line for lists. */
export function outletLine(article: Article): string {
  const { outlet } = article;
  if (outlet.status === 'not-stated') return 'outlet not stated';
  return outlet.status === 'inferred' ? `${outlet.value} (inferred)` : outlet.value;
}

/** "on or after 8 January 2026 (inferred)", or "date not stated". */
export function dateLine(article: Article): string {
  const { published } = article;
  if (published.status === 'not-stated') return 'date not stated';
  const text = formatDossierDate(parseDossierDate(published.value));
  return published.status === 'inferred' ? `${text} (inferred)` : text;
}

/** Sort key for listing articles newest first; undated articles sort last. */
export function articleSortKey(article: Article): string {
  return article.published.status === 'not-stated' ? '' : dateSortKey(parseDossierDate(article.published.value));
}

/**
 * Articles newest first (by the earliest moment their date allows), undated
 * last, then by id in code-point order, so the order is the same on every machine.
 */
export function articlesNewestFirst(articles: readonly ArticleRecord[]): ArticleRecord[] {
  const keys = new Map(articles.map((a) => [a, articleSortKey(a.data)]));
  return [...articles].sort((a, b) => byCodePoint(keys.get(b)!, keys.get(a)!) || byCodePoint(a.id, b.id));
}

/** The dossier's articles newest first (see {@link articlesNewestFirst}), sorted once per build. */
export const newestArticles = once((dossier: { articles: readonly ArticleRecord[] }) =>
  articlesNewestFirst(dossier.articles),
);

/**
 * How a reader cites a paragraph of `article`, as plain text without the
 * paragraph number and address (the page adds them): `BBC interview, “Petro
 * warns …”, BBC (inferred), on or after 8 January 2026 (inferred)`.
 */
export function citationPrefix(article: Article): string {
  return `${article.label}, “${article.title}”, ${outletLine(article)}, ${dateLine(article)}`;
}
