import { fold } from '../../shared/fold';
import { ID_PATTERN } from '../../shared/id-pattern';

/** Letters that folding leaves alone but that have a usual ASCII spelling. */
const LATIN: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };

/** An article or entity id: lower-case ASCII words joined by hyphens (the schemas' id rule). */
export const SLUG = ID_PATTERN;

/**
 * A file name from a title: accents folded, lower case, ASCII words joined by
 * hyphens, at most `maxLength` characters cut at a word boundary
 * ("Petro's ‘real threat’: Colombia" → "petros-real-threat-colombia").
 * Empty when the title has no Latin letters or digits.
 */
export function slugify(text: string, maxLength = 60): string {
  const words = fold(text)
    .replace(/[ßæœøđðłþı]/gu, (letter) => LATIN[letter] ?? letter)
    .replace(/['’]/gu, '')
    .split(/[^a-z0-9]+/u)
    .filter((word) => word.length > 0);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) return slug || word.slice(0, maxLength);
    slug = next;
  }
  return slug;
}
