import { fold } from '../lib/fold';

/** How many of Pagefind's top results are loaded and re-ranked. */
export const RANK_WINDOW = 50;

/** Separator of the names in a profile's `names` search metadata. */
export const NAMES_SEPARATOR = ' | ';

/** A name compared the way readers type it: no accents, no case, punctuation as spaces. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Puts the profiles whose name or alias is exactly the query first (in
 * Pagefind's order), then everything else in Pagefind's order. Pagefind ranks
 * by term frequency, so for "Colombia" a long article mentioning it twenty
 * times would otherwise outrank the Colombia profile.
 */
export function rankResults<Doc extends { meta: Record<string, string | undefined> }>(
  query: string,
  docs: readonly Doc[],
): Doc[] {
  const key = nameKey(query);
  const named = (doc: Doc) => doc.meta.names?.split(NAMES_SEPARATOR).some((name) => nameKey(name) === key) ?? false;
  return [...docs.filter(named), ...docs.filter((doc) => !named(doc))];
}
