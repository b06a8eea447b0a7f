import stopwords from 'stopwords-iso';
import { fold } from './fold';

/**
 * The common words of a language, folded (no accents, lower case), from
 * stopwords-iso: the function words and the most frequent words of 50-odd
 * languages ("que", "para", "las"; "the", "said"; "não", "foi"), kept by the
 * stopwords-iso project. A word on this list is never a name by itself.
 */
const lists = new Map<string, ReadonlySet<string>>();

/** The primary subtag of a language tag: "es-CO" → "es". */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? tag;
}

/** The folded common words of `language` (a BCP 47 tag); empty for a language stopwords-iso does not know. */
export function commonWords(language: string): ReadonlySet<string> {
  const code = primaryLanguage(language);
  let list = lists.get(code);
  if (!list) {
    list = new Set((stopwords[code] ?? []).map(fold));
    lists.set(code, list);
  }
  return list;
}

/** True when `word` (any case, any accents) is a common word of `language`. */
export function isCommonWord(word: string, language: string): boolean {
  return commonWords(language).has(fold(word));
}
