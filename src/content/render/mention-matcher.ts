import { tokenize, type Token } from '../../shared/fold';

/** What the matcher needs to know about an entity. */
export interface MatchableEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** One mention of an entity in a text, by character offsets. */
export interface MentionMatch {
  entity: string;
  /** The words as written in the text, e.g. "Nicolas Maduro". */
  text: string;
  start: number;
  end: number;
}

interface Pattern {
  entity: string;
  /** Folded words of the name or alias. */
  words: string[];
  /** Per word: must the source match it letter-for-letter in capitals? */
  exactCase: Array<string | null>;
  /** Punctuation that ends the name itself, like the last dot of "U.S.". */
  suffix: string;
}

/**
 * Separators allowed between the words of one name: a space or two, a hyphen,
 * or the bare dot of "U.S." (a dot followed by a space ends a sentence).
 */
const JOINER = /^(?:[ \t\u00a0]{1,2}|[-\u2010\u2011]|\.)$/u;

/**
 * A short all-capital word (US, ICE, CIA) is an acronym: it only matches in
 * capitals, so the plain words "us" and "ice" never become links.
 */
export function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 5 && /^\p{Lu}+$/u.test(word);
}

/**
 * Finds mentions of known entities by name or alias, ignoring case and accents
 * ("Nicolas Maduro" = "Nicolás Maduro"), preferring the longest match
 * ("Delcy Rodríguez" over "Rodríguez"), and never matching inside a word
 * ("Colombian" is not "Colombia"). Built once per dictionary; `find` is linear
 * in the text's length.
 */
export class MentionMatcher {
  readonly #byFirstWord = new Map<string, Pattern[]>();

  constructor(entities: Iterable<MatchableEntity>) {
    for (const entity of entities) {
      for (const name of new Set([entity.name, ...entity.aliases])) {
        const tokens = tokenize(name);
        if (tokens.length === 0) continue;
        const wholeIsAcronym = isAcronym(tokens.map((t) => t.text).join(''));
        const pattern: Pattern = {
          entity: entity.id,
          words: tokens.map((t) => t.folded),
          exactCase: tokens.map((t) => (wholeIsAcronym || isAcronym(t.text) ? t.text : null)),
          suffix: name.slice(tokens.at(-1)!.end).trim(),
        };
        const list = this.#byFirstWord.get(pattern.words[0]!) ?? [];
        list.push(pattern);
        this.#byFirstWord.set(pattern.words[0]!, list);
      }
    }
    for (const list of this.#byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** All non-overlapping mentions in `text`, in order, longest match first. */
  find(text: string): MentionMatch[] {
    const tokens = tokenize(text);
    const matches: MentionMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.#longestAt(text, tokens, i);
      if (!found) {
        i++;
        continue;
      }
      const first = tokens[i]!;
      const last = tokens[i + found.words.length - 1]!;
      const end = found.suffix && text.startsWith(found.suffix, last.end) ? last.end + found.suffix.length : last.end;
      matches.push({ entity: found.entity, text: text.slice(first.start, end), start: first.start, end });
      i += found.words.length;
    }
    return matches;
  }

  #longestAt(text: string, tokens: Token[], index: number): Pattern | undefined {
    const candidates = this.#byFirstWord.get(tokens[index]!.folded);
    if (!candidates) return undefined;
    return candidates.find((pattern) => {
      if (index + pattern.words.length > tokens.length) return false;
      for (let k = 0; k < pattern.words.length; k++) {
        const token = tokens[index + k]!;
        if (token.folded !== pattern.words[k]) return false;
        const exact = pattern.exactCase[k];
        if (exact !== null && exact !== undefined && token.text !== exact) return false;
        if (k > 0 && !JOINER.test(text.slice(tokens[index + k - 1]!.end, token.start))) return false;
      }
      return true;
    });
  }
}
