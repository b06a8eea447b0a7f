import { fold } from '../lib/fold';

/** Separator of the names in a profile's `names` search metadata. */
export const NAMES_SEPARATOR = ' | ';

/** A name compared the way readers type it: no accents, no case, punctuation as spaces. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
