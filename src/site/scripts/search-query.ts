import { hitsOf, phraseKey, rankHits, unquoted, type PagefindDocument, type SearchHit } from './search-results';
import { nameKey } from '../../shared/name-key';
import { correctionOf, suggestNames, type NameList, type Suggestion } from './search-suggest';

/** Filters and order of a search, as Pagefind takes them. */
export interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Fewer results than this, and a close name is suggested. */
export const FEW_RESULTS = 3;

/** What one query shows: its results, the names it may have meant, and the one searched as well. */
export interface QueryAnswer {
  hits: SearchHit[];
  suggestions: Suggestion[];
  corrected: Suggestion | undefined;
}

/** A result's address without its ?highlight= query, to tell results apart: `/quotes/#quote-x`. */
export function pageKey(url: string): string {
  return url.replace(/\?[^#]*/, '');
}

/**
 * How a query reaches the index: Pagefind's best `limit` pages for it, loaded
 * (leaving out those whose pageKey is in `skip`, already loaded); null when a newer query
 * superseded it.
 */
export type SearchDocs = (
  query: string,
  options: SearchOptions,
  limit: number,
  skip: ReadonlySet<string>,
) => Promise<PagefindDocument[] | null>;

/**
 * How many pages one answer loads to rank: each costs a fragment of the index
 * (about 3.5 KB gzipped for an article), so this bounds what a query
 * downloads and how long it takes. Chosen with `npm run bench` and
 * `npm run bench:search` (docs/features/search.md).
 */
export const PAGES_PER_ANSWER = 10;
/** How many more pages the exact-phrase search may add, when the pages loaded do not hold the phrase. */
export const PHRASE_PAGES = 10;
/** How many pages the search for a corrected name loads. */
export const CORRECTION_PAGES = 10;

/**
 * Answers one query: Pagefind's best pages (for several words, and when none
 * of those holds them as a phrase, the pages that do, first), expanded into
 * paragraphs, quotes and claims
 * and ranked (unless sorted by date, which lists pages); when that
 * finds little, the profiles whose names are a few typing errors away, and
 * the results for the closest one when no other is as close. The search page
 * and the search benchmark both answer queries through here.
 */
export async function answerQuery(
  query: string,
  options: SearchOptions,
  io: { searchDocs: SearchDocs; loadNames: (query: string) => Promise<NameList | undefined> },
  pages = PAGES_PER_ANSWER,
): Promise<QueryAnswer | null> {
  const sorted = Boolean(options.sort);
  const resultsOf = async (text: string, limit: number, searchOptions: SearchOptions) => {
    const loaded = await io.searchDocs(text, searchOptions, limit, new Set());
    if (!loaded) return null;
    let docs = loaded;
    // Pagefind ranks pages by their words, not by the phrase: in a large dossier the page that says the phrase
    // can fall outside the pages loaded. When none of them holds it, Pagefind's exact-phrase search finds the
    // pages that do, which go first.
    const words = unquoted(text).trim().split(/\s+/);
    const phrase = phraseKey(text);
    const holdsPhrase = (doc: PagefindDocument) => phraseKey(doc.content ?? doc.excerpt).includes(phrase);
    if (!sorted && words.length > 1 && unquoted(text) === text.trim() && !loaded.some(holdsPhrase)) {
      const skip = new Set(loaded.map((doc) => pageKey(doc.url)));
      const exact = await io.searchDocs(`"${words.join(' ')}"`, searchOptions, PHRASE_PAGES, skip);
      if (!exact) return null;
      docs = [...exact, ...loaded];
    }
    const hits = docs.flatMap((doc, rank) => hitsOf(doc, rank, text, { expand: !sorted }));
    return sorted ? hits : rankHits(text, hits);
  };
  let hits = await resultsOf(query, pages, options);
  if (!hits) return null;
  let suggestions: Suggestion[] = [];
  let corrected: Suggestion | undefined;
  // A name of several words that no profile found has is looked up as a name with a typo, however many results its
  // right words found ("Delcy Rodriges" finds paragraphs with "Delcy", and is Delcy Rodríguez).
  const key = nameKey(unquoted(query));
  const unnamed = key.includes(' ') && !hits.some((hit) => hit.type === 'page' && hit.names.includes(key));
  if (query && (hits.length < FEW_RESULTS || unnamed)) {
    const names = await io.loadNames(unquoted(query));
    suggestions = names ? suggestNames(unquoted(query), names) : [];
    corrected = correctionOf(suggestions);
    if (corrected) {
      // Among profiles of its kind, the name finds its profile first, however many pages mention it.
      const ofKind = { ...options, filters: { ...options.filters, kind: { any: [corrected.kindLabel] } } };
      const more = (await resultsOf(corrected.name, CORRECTION_PAGES, ofKind)) ?? [];
      // The profile the name meant comes first; the rest of its results follow the query's own.
      const profilePath = `/${corrected.kind}/${corrected.id}/`;
      const isProfile = (hit: SearchHit) => hit.type === 'page' && pageKey(hit.url).endsWith(profilePath);
      const profile = [...hits, ...more].find(isProfile);
      const seen = new Set(hits.map((hit) => pageKey(hit.url)));
      hits = [
        ...(profile ? [profile] : []),
        ...hits.filter((hit) => !isProfile(hit)),
        ...more.filter((hit) => !seen.has(pageKey(hit.url)) && !isProfile(hit)),
      ];
    }
  }
  return { hits, suggestions, corrected };
}
