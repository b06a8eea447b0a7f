import { fold } from './fold';

/** Separator of the names in a profile's `names` search metadata. */
export const NAMES_SEPARATOR = ' | ';

/** A name compared the way readers type it: no accents, no case, punctuation as spaces. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The names the search page can suggest, as the build writes them: for each
 * profile its kind, id, name and aliases. They are split into shards by the
 * first letter of each word (`/search/names/<letter>.json`, a profile in the
 * shard of every letter one of its words starts with), so a query loads the
 * shards of its own words' first letters, a few kilobytes, not every name.
 */
export interface NameList {
  /** The kinds' URL folders, indexed by the first field of each entry. */
  kinds: string[];
  /** The kinds' names as the kind filter has them ("Person"), in the same order. */
  labels: string[];
  /** `[kind index, id, name, ...aliases]` per profile. */
  entries: Array<[number, string, string, ...string[]]>;
}
