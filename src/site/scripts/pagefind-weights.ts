/**
 * Pagefind's ranking weights on the search page. Measured with
 * `npm run bench:search` over the query table, every name and alias, and a
 * 1,000-article synthetic dossier (docs/features/search.md): with `pageLength: 0` (no
 * normalisation by page length), 34 of the first 40 profile names show a
 * source paragraph among their first ten results, against 31 with Pagefind's
 * default (0.75), because a long article is no longer outranked by every short
 * profile that names the same person; nothing else measured moved, on either
 * dossier, for this or any other variant tried (pageLength 0.3 and 0.5,
 * termFrequency 0.5, termSaturation 0.8 and 2). A change here must be
 * measured the same way.
 */
export const RANKING: Record<string, number> = { pageLength: 0 };
