import { commonWords, primaryLanguage } from '../../shared/common-words';
import { tokenize, type Token } from '../../shared/fold';
import { isNeighbourWord, isTitleWord } from './name-words';

/** What the matcher needs to know about an entity. */
export interface MatchableEntity {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Names matched only in texts of one language, by language tag: `{ es: ['Casa Blanca'] }`. */
  names?: Readonly<Record<string, readonly string[]>> | undefined;
  /** The profile's kind (content folder): a person's one-word names follow the family-name rule. */
  kind?: string | undefined;
  /** Ids of the articles the profile cites: a common-word alias links only in these. */
  citedArticles?: readonly string[] | undefined;
  /** A person's role titles ("US President"): "President Trump" is this Trump when another Trump was named. */
  roleTitles?: readonly string[] | undefined;
}

/** One mention of an entity in a text, by character offsets. */
export interface MentionMatch {
  entity: string;
  /** The words as written in the text, e.g. "Nicolas Maduro". */
  text: string;
  start: number;
  end: number;
}

/** A name the matcher found but did not link, because it could mean more than one entity. */
export interface Ambiguity {
  /** The words as written. */
  text: string;
  start: number;
  end: number;
  /** Who it may be: profile ids, and names of people without a profile ("Melania Trump"). */
  candidates: string[];
}

/** What a text is, for the rules that depend on it. Both are optional: without them every rule that needs them is off. */
export interface MatchContext {
  /** The text's language (BCP 47): names of other languages are not matched, nor its common words. */
  language?: string | undefined;
  /** The article the text belongs to: common-word aliases link only in articles their profile cites. */
  article?: string | undefined;
}

/** One entity a written name belongs to. */
interface Owner {
  entity: string;
  kind: string | undefined;
  /** Written without capitals ("capture", "phone call"): links only in articles the profile cites. */
  generic: boolean;
  /** The language the name belongs to, when it is one of the profile's `names`. */
  language: string | undefined;
  cited: ReadonlySet<string> | undefined;
  roleTitles: readonly string[];
}

interface Pattern {
  /** Folded words of the name or alias. */
  words: string[];
  /** Per word: must the source match it letter-for-letter in capitals? */
  exactCase: Array<string | null>;
  /** Per gap between words: the separators the name is written with ("EE. UU."), accepted besides the usual joiners. */
  separators: Array<Set<string>>;
  /** Punctuation that ends the name itself, like the last dot of "U.S.". */
  suffix: string;
  /** Per word: is it written with a capital? A name of common words ("El País") must be written so. */
  capitals: boolean[];
  /** The entities written this way: more than one when two profiles share a surname. */
  owners: Owner[];
}

/**
 * Separators allowed between the words of one name: a space or two, a hyphen,
 * or the bare dot of "U.S." (a dot followed by a space ends a sentence).
 */
const JOINER = /^(?:[ \t\u00a0]{1,2}|[-\u2010\u2011]|\.)$/u;
/** What joins two words of one longer name: a space or two, or a hyphen. */
const NAME_GAP = /^(?:[ \t\u00a0]{1,2}|[-\u2010\u2011])$/u;

/**
 * A short all-capital word (US, ICE, CIA) is an acronym: it only matches in
 * capitals, so the plain words "us" and "ice" never become links.
 */
export function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 5 && /^\p{Lu}+$/u.test(word);
}

/**
 * A name or alias written without a capital letter (and not a handle or a
 * code): a common word or phrase of the language ("capture", "phone call",
 * "drug cartels") that names the entity only in the articles about it. A
 * topic's or an event's name in sentence case ("Energy", "Minneapolis
 * shooting") is one too: it describes rather than names. Proper names, and
 * descriptions with a capital after the first word ("Trump–Petro phone call"),
 * link wherever they appear.
 */
export function isCommonWordName(written: string, kind?: string, isName = false): boolean {
  if (/[@#\p{N}]/u.test(written)) return false;
  const rest = isName && (kind === 'topics' || kind === 'events') ? written.slice(1) : written;
  return !/\p{Lu}/u.test(rest);
}

/** How many paragraphs after another person of the same surname was named a bare surname stays ambiguous. */
const RIVAL_REACH = 1;

/** The languages whose common words may stand next to a name when the text's language is not known. */
const DEFAULT_LANGUAGES = ['en', 'es', 'pt'];

const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.text);

/**
 * A text set in title case or capitals (a headline, "Petro Says Trump
 * Admitted…"): most of its longer words start with a capital, so a capital
 * next to a name says nothing about it.
 */
function isTitleCase(tokens: readonly Token[]): boolean {
  const long = tokens.slice(1).filter((t) => /^\p{L}{4,}$/u.test(t.text));
  return long.length >= 4 && long.filter(isCapitalised).length / long.length >= 0.7;
}

/**
 * Finds mentions of known entities by name or alias, ignoring case and accents
 * ("Nicolas Maduro" = "Nicolás Maduro"), preferring the longest match
 * ("Delcy Rodríguez" over "Rodríguez"), and never matching inside a word
 * ("Colombian" is not "Colombia"). Built once per dictionary; `find` is linear
 * in the text's length.
 *
 * Links stay true on new text (docs/authoring/ingest.md, "Link rules"):
 * - a name inside a longer capitalised name that is not the entity's is not
 *   linked: "Trump" in "Melania Trump" or "Trump Tower", "Mexico" in "New
 *   Mexico" (titles, common words and other known names around it are fine:
 *   "President Trump", "But Trump", "Republican U.S. Senator");
 * - a common-word name or alias (see {@link isCommonWordName}) links only in
 *   the articles its profile cites;
 * - a name that is a common word of the text's language (stopwords-iso: "para"
 *   in Spanish) is not linked in that language, and a name given for one
 *   language is matched only in that language;
 * - a name two profiles share, or a surname in the paragraph where another
 *   person of that name was named or the next ("Melania Trump … Trump"),
 *   links only when the article already named one of them in full, or a
 *   title of theirs goes before it; otherwise it is reported as an
 *   {@link Ambiguity} and not linked.
 */
export class MentionMatcher {
  readonly #byFirstWord = new Map<string, Pattern[]>();

  constructor(entities: Iterable<MatchableEntity>) {
    const byKey = new Map<string, Pattern>();
    for (const entity of entities) {
      const cited = entity.citedArticles ? new Set(entity.citedArticles) : undefined;
      const forms: Array<{ written: string; language: string | undefined; isName: boolean }> = [
        { written: entity.name, language: undefined, isName: true },
        ...entity.aliases.map((written) => ({ written, language: undefined, isName: false })),
        ...Object.entries(entity.names ?? {}).flatMap(([language, names]) =>
          names.map((written) => ({ written, language: primaryLanguage(language), isName: false })),
        ),
      ];
      for (const { written, language, isName } of forms) {
        const tokens = tokenize(written);
        if (tokens.length === 0) continue;
        const wholeIsAcronym = isAcronym(tokens.map((t) => t.text).join(''));
        const exactCase = tokens.map((t) => (wholeIsAcronym || isAcronym(t.text) ? t.text : null));
        const words = tokens.map((t) => t.folded);
        const key = `${words.join(' ')}|${exactCase.join(',')}`;
        let pattern = byKey.get(key);
        if (!pattern) {
          pattern = {
            words,
            exactCase,
            separators: tokens.slice(1).map(() => new Set<string>()),
            suffix: written.slice(tokens.at(-1)!.end).trim(),
            capitals: tokens.map((t) => /^\p{Lu}/u.test(t.text)),
            owners: [],
          };
          byKey.set(key, pattern);
          const list = this.#byFirstWord.get(words[0]!) ?? [];
          list.push(pattern);
          this.#byFirstWord.set(words[0]!, list);
        }
        // Every way the name is written counts, also one that folds to a form seen before ("EE.UU.", "EE. UU.").
        tokens.slice(1).forEach((t, k) => pattern!.separators[k]!.add(written.slice(tokens[k]!.end, t.start)));
        if (pattern.owners.some((o) => o.entity === entity.id && o.language === language)) continue;
        pattern.owners.push({
          entity: entity.id,
          kind: entity.kind,
          generic: isCommonWordName(written, entity.kind, isName),
          language,
          cited,
          roleTitles: entity.roleTitles ?? [],
        });
      }
    }
    for (const list of this.#byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** All non-overlapping mentions in `text`, in order, longest match first. */
  find(text: string, context: MatchContext = {}): MentionMatch[] {
    return this.reader(context).find(text);
  }

  /**
   * A reader for one article: it remembers who the article has named so far,
   * to tell apart people who share a surname. Call `find` on its paragraphs in order.
   */
  reader(context: MatchContext = {}): MentionReader {
    return new MentionReader(this, context);
  }

  /** The patterns that can start at `tokens[index]`, longest first. */
  patternsAt(text: string, tokens: readonly Token[], index: number): Pattern[] {
    const candidates = this.#byFirstWord.get(tokens[index]!.folded) ?? [];
    return candidates.filter((pattern) => {
      if (index + pattern.words.length > tokens.length) return false;
      for (let k = 0; k < pattern.words.length; k++) {
        const token = tokens[index + k]!;
        if (token.folded !== pattern.words[k]) return false;
        const exact = pattern.exactCase[k];
        if (exact !== null && exact !== undefined && token.text !== exact) return false;
        if (k > 0) {
          const gap = text.slice(tokens[index + k - 1]!.end, token.start);
          if (!JOINER.test(gap) && !pattern.separators[k - 1]!.has(gap)) return false;
        }
      }
      return true;
    });
  }
}

/** Reads one article's paragraphs in order (see {@link MentionMatcher.reader}). */
export class MentionReader {
  /** Names found but not linked because they may mean more than one entity. */
  readonly ambiguities: Ambiguity[] = [];
  readonly #matcher: MentionMatcher;
  readonly #language: string | undefined;
  readonly #article: string | undefined;
  readonly #common: ReadonlySet<string>;
  /** Entities this article has named by a name of their own so far. */
  readonly #named = new Set<string>();
  /**
   * For a person's one-word name: the other people of that name the article
   * has named ("Melania Trump"), with the paragraph they were last named in.
   */
  readonly #rivals = new Map<string, Map<string, number>>();
  /** The paragraph being read (each `find` reads one). */
  #paragraph = 0;

  constructor(matcher: MentionMatcher, context: MatchContext) {
    this.#matcher = matcher;
    this.#language = context.language ? primaryLanguage(context.language) : undefined;
    this.#article = context.article;
    this.#common = this.#language ? commonWords(this.#language) : new Set();
  }

  /** The mentions in one text (a paragraph), in order. */
  find(text: string): MentionMatch[] {
    this.#paragraph++;
    const tokens = tokenize(text);
    const titleCase = isTitleCase(tokens);
    const matches: MentionMatch[] = [];
    let i = 0;
    let lastEnd = -1;
    while (i < tokens.length) {
      const found = this.#longestAt(text, tokens, i);
      if (!found) {
        i++;
        continue;
      }
      const { pattern, owners } = found;
      const first = tokens[i]!;
      const last = tokens[i + pattern.words.length - 1]!;
      const end =
        pattern.suffix && text.startsWith(pattern.suffix, last.end) ? last.end + pattern.suffix.length : last.end;
      const before = i > 0 ? tokens[i - 1] : undefined;
      const after = tokens[i + pattern.words.length];
      const people = owners.filter((o) => o.kind === 'people');
      // A capital word joined to the name makes a longer name that is not this entity's.
      // (Only a name written with a capital: a common word in lower case is no part of a proper name.)
      if (!titleCase && isCapitalised(first)) {
        const precededByName =
          before !== undefined &&
          before.end !== lastEnd &&
          NAME_GAP.test(text.slice(before.end, first.start)) &&
          this.#isForeignNameWord(before, tokens, i - 1, text);
        const followedByName =
          after !== undefined &&
          NAME_GAP.test(text.slice(end, after.start)) &&
          isCapitalised(after) &&
          !this.#isNeighbour(after, tokens, i + pattern.words.length, text) &&
          this.#matcher.patternsAt(text, tokens, i + pattern.words.length).length === 0;
        if (precededByName || followedByName) {
          if (precededByName && pattern.words.length === 1 && people.length > 0) {
            const rivals = this.#rivals.get(pattern.words[0]!) ?? new Map<string, number>();
            rivals.set(text.slice(before.start, end), this.#paragraph);
            this.#rivals.set(pattern.words[0]!, rivals);
          }
          i += pattern.words.length;
          continue;
        }
      }
      const chosen = this.#choose(pattern, owners, text, tokens, i);
      if (typeof chosen === 'string') {
        matches.push({ entity: chosen, text: text.slice(first.start, end), start: first.start, end });
        // A name of one's own (not a shared one-word name) tells later shared names apart.
        if (pattern.words.length > 1 || owners.length === 1) this.#named.add(chosen);
        lastEnd = end;
      } else {
        this.ambiguities.push({ text: text.slice(first.start, end), start: first.start, end, candidates: chosen });
      }
      i += pattern.words.length;
    }
    return matches;
  }

  /** The longest pattern at `index` with an owner that may link in this text, and those owners. */
  #longestAt(text: string, tokens: Token[], index: number): { pattern: Pattern; owners: Owner[] } | undefined {
    for (const pattern of this.#matcher.patternsAt(text, tokens, index)) {
      const owners = pattern.owners.filter((owner) => this.#mayLink(owner, pattern));
      if (owners.length > 0 && this.#writtenAsNamed(pattern, owners, tokens, index)) return { pattern, owners };
    }
    return undefined;
  }

  /**
   * A proper name made only of common words of the text's language ("El
   * País": "the country") is that name only when written with its capitals.
   */
  #writtenAsNamed(pattern: Pattern, owners: readonly Owner[], tokens: readonly Token[], index: number): boolean {
    if (owners.every((o) => o.generic) || !pattern.words.every((w) => this.#common.has(w))) return true;
    return pattern.capitals.every((capital, k) => !capital || /^\p{Lu}/u.test(tokens[index + k]!.text));
  }

  #mayLink(owner: Owner, pattern: Pattern): boolean {
    if (owner.language && this.#language && owner.language !== this.#language) return false;
    if (owner.generic && this.#article !== undefined && !owner.cited?.has(this.#article)) return false;
    // A one-word name that is a common word of the text's language ("para") is never a name there.
    const acronym = pattern.exactCase.every((c) => c !== null);
    return !(pattern.words.length === 1 && !acronym && this.#common.has(pattern.words[0]!));
  }

  /** The entity a matched name stands for, or the candidates when it cannot tell. */
  #choose(pattern: Pattern, owners: Owner[], text: string, tokens: Token[], index: number): string | string[] {
    const ids = [...new Set(owners.map((o) => o.entity))];
    // News style names a relative in full and calls them so again nearby: a rival counts in its paragraph and the next.
    const rivals =
      pattern.words.length === 1
        ? [...(this.#rivals.get(pattern.words[0]!) ?? [])]
            .filter(([, paragraph]) => this.#paragraph - paragraph <= RIVAL_REACH)
            .map(([name]) => name)
        : [];
    if (ids.length === 1 && rivals.length === 0) return ids[0]!;
    // A title of one of them just before the name: "President Trump".
    const previous = index > 0 ? tokens[index - 1] : undefined;
    if (previous && NAME_GAP.test(text.slice(previous.end, tokens[index]!.start)) && isTitleWord(previous.text)) {
      const titled = owners.filter((o) =>
        o.roleTitles.some((title) => tokenize(title).some((t) => t.folded === previous.folded)),
      );
      const titledIds = [...new Set(titled.map((o) => o.entity))];
      if (titledIds.length === 1) return titledIds[0]!;
    }
    if (rivals.length === 0) {
      const named = ids.filter((id) => this.#named.has(id));
      if (named.length === 1) return named[0]!;
    }
    return [...ids, ...rivals];
  }

  /**
   * A word that may stand next to a name without being part of it: a title, a
   * day or a month, or a word that is capitalised only because it opens the
   * sentence ("But Trump", "Según Petro", "Separately, Trump"): a common word
   * of the language or an adverb. Mid-sentence, a capitalised common word is
   * part of a name ("New Mexico").
   */
  #isNeighbour(token: Token, tokens: readonly Token[], index: number, text: string): boolean {
    if (isNeighbourWord(token.text)) return true;
    const opensSentence = index === 0 || /[.!?:;"“”«»]\s*$/u.test(text.slice(tokens[index - 1]!.end, token.start));
    if (!opensSentence) return false;
    const languages = this.#language ? [this.#language] : DEFAULT_LANGUAGES;
    return languages.some((language) => commonWords(language).has(token.folded)) || /(?:ly|mente)$/u.test(token.folded);
  }

  /** True when the capitalised word before a name joins it into another name ("Melania" Trump, "New" Mexico). */
  #isForeignNameWord(token: Token, tokens: readonly Token[], index: number, text: string): boolean {
    return isCapitalised(token) && !this.#isNeighbour(token, tokens, index, text);
  }
}
