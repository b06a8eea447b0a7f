import nlp from 'compromise';
import { commonWords, primaryLanguage } from '../../shared/common-words';
import { countryCodeOf } from '../../shared/country-names';
import { fold, tokenize } from '../../shared/fold';
import { splitSentences, type Sentence } from '../../shared/sentences';
import type { MentionMatch, MentionMatcher } from '../../content/render/mention-matcher';
import { isOfficeWord, isTitleWord } from '../../content/render/name-words';
import {
  cueKind,
  headKind,
  isConnector,
  isDateOrDemonym,
  isFirstName,
  isKnownOrganization,
  isKnownPlace,
  isPlacePreposition,
  isSpeechVerb,
} from './lexicon';

/** The kinds of name the NLP step looks for, and the profile folder each belongs in. */
export const NAME_KINDS = { person: 'people', organization: 'organizations', place: 'places' } as const;
export type NameKind = keyof typeof NAME_KINDS;

/** A role found next to a name, in the source's words: "presidente de Ecopetrol", "Colombia's trade minister". */
export interface FoundRole {
  /** The role as the text writes it, without the name it is held in ("presidente", "trade minister"). */
  title: string;
  /** The name of what the role is held in, when the text gives one ("Ecopetrol", "Colombia"). */
  of?: string | undefined;
  /** The whole role as written, with what it is held in: "presidente de Ecopetrol", "Colombia's trade minister". */
  phrase?: string | undefined;
}

/** One name found in one paragraph. */
export interface NameFound {
  /** The name as written, without a title ("President") or possessive ('s). */
  name: string;
  kind: NameKind;
  /** 1-based paragraph number, as anchored on the article page. */
  paragraph: number;
  /** Character offsets in the paragraph. */
  start: number;
  end: number;
  /** The sentence it stands in. */
  sentence: string;
  /** The profile it is a name of, when it is one (found by the site's matcher). */
  entity?: string | undefined;
  /** A role the text gives it here (an apposition, or a title before it). */
  role?: FoundRole | undefined;
  /** An acronym the text gives it in brackets: "National Liberation Army (ELN)". */
  acronym?: string | undefined;
}

/** A distinct name (by {@link nameKey}) with every place it was found. */
export interface NameCandidate {
  name: string;
  key: string;
  kind: NameKind;
  occurrences: NameFound[];
  /** Other spellings seen for it: a surname alone, an acronym. */
  aliases: string[];
  /** The first role the text gives it. */
  role?: FoundRole | undefined;
}

/** A name that looks like a person, organisation or place and matches no profile. */
export interface NameSuggestion {
  name: string;
  kind: NameKind;
  /** The first paragraph it appears in (1-based). */
  paragraph: number;
  /** The sentence of its first appearance. */
  sentence: string;
  /** How many times it appears. */
  count: number;
  /** Other spellings seen for it in the text (surname alone, acronym). */
  aliases?: string[];
  /** The role the text gives it, in its words, with the name of what it is held in. */
  role?: FoundRole;
}

/** What findNames may know besides the text: the dossier's names, for known names and their kinds. */
export interface KnownNames {
  matcher: MentionMatcher;
  kindOf: ReadonlyMap<string, string>;
  /** The first words of the people the dossier profiles ("Gustavo" of Gustavo Petro): not new people by themselves. */
  firstNames?: ReadonlySet<string> | undefined;
  /** The article's id, for the matcher's rules. */
  article?: string | undefined;
}

/**
 * A comparison key for names: folded words run together, so "U.S." = "US",
 * "Nicolas Maduro" = "Nicolás Maduro", "Garcia-Pena" = "García-Peña".
 */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((token) => token.folded)
    .join('');
}

/** One word of a paragraph, with what the rules need to know about it. */
interface Word {
  text: string;
  start: number;
  end: number;
  folded: string;
  /** Starts with a capital, or is a handle. */
  cap: boolean;
  acronym: boolean;
  handle: boolean;
  /** Ended by 's or ’s (removed from text/end). */
  possessive: boolean;
  /** First word of its sentence. */
  opens: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
}

const WORD = /@[\p{L}\p{N}_]+|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
const URL = /\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+/giu;
const INITIALISM = /^(?:\p{Lu}{1,2}\.)+\p{Lu}{1,2}$/u;
const SPACE = /^[ \u00a0]$/u;
const OPENING_QUOTES = /[“«"‘']/u;

/** The ranges of a paragraph inside quotation marks (“…”, «…», "…", ‘…’ and '…' between non-letters). */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const pairs: Record<string, string> = { '“': '”', '«': '»', '"': '"', '‘': '’', "'": "'" };
  let i = 0;
  while (i < text.length) {
    const open = text[i]!;
    const close = pairs[open];
    const boundary = i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]!);
    if (close && boundary && OPENING_QUOTES.test(open)) {
      let j = i + 1;
      while (j < text.length) {
        if (text[j] === close && (close !== "'" && close !== '’' ? true : !/[\p{L}]/u.test(text[j + 1] ?? ''))) break;
        j++;
      }
      if (j < text.length && j > i + 1) {
        ranges.push([i + 1, j]);
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return ranges;
}

function wordsOf(text: string, sentences: readonly Sentence[]): Word[] {
  const masked = text.replace(URL, (url) => ' '.repeat(url.length));
  const quoted = quotedRanges(text);
  const words: Word[] = [];
  for (const match of masked.matchAll(WORD)) {
    let value = match[0];
    let end = match.index + value.length;
    if (INITIALISM.test(value) && text[end] === '.') {
      value += '.';
      end++;
    }
    let possessive = false;
    const apostrophe = /['’]s$/u.exec(value);
    if (apostrophe && value.length > 2) {
      value = value.slice(0, -2);
      end -= 2;
      possessive = true;
    }
    const start = match.index;
    const handle = value.startsWith('@');
    const letters = value.replace(/[^\p{L}]/gu, '');
    words.push({
      text: value,
      start,
      end,
      folded: fold(value),
      cap: handle || /^\p{Lu}/u.test(value),
      acronym: letters.length >= 2 && letters.length <= 6 && /^\p{Lu}+$/u.test(letters),
      handle,
      possessive,
      opens:
        sentences.some((s) => start >= s.start && /^[\s"“«‘'¿¡(—–-]*$/u.test(text.slice(s.start, start))) ||
        // A line of dialogue after a full stop: "… una periodista. —Hablamos de todo".
        /[.!?…]\s*[—–]\s*[¿¡]?$/u.test(text.slice(0, start)),
      quoted: quoted.some(([a, b]) => start >= a && end <= b),
    });
  }
  return words;
}

/** True when the paragraph is set in title case or capitals (a headline): its capitals say nothing. */
function isHeadline(words: readonly Word[]): boolean {
  const long = words.slice(1).filter((w) => /^\p{L}{4,}$/u.test(w.text));
  return long.length >= 4 && long.filter((w) => w.cap).length / long.length >= 0.7;
}

/** The kind a profile folder stands for, among the kinds names are suggested as. */
function kindOfFolder(folder: string | undefined): NameKind | undefined {
  return folder === 'people'
    ? 'person'
    : folder === 'organizations'
      ? 'organization'
      : folder === 'places'
        ? 'place'
        : undefined;
}

/** The initials of a name's capitalised words ("Immigration and Customs Enforcement" → ICE). */
function initials(words: readonly Word[]): string {
  return words
    .filter((w) => w.cap)
    .map((w) => w.text[0]!.toUpperCase())
    .join('');
}

/** A country's acronym: US, U.S., UK, EUA, EE.UU. */
function isCountryAcronym(word: Word): boolean {
  const letters = word.text.replace(/\./g, '');
  return word.acronym && (/^(?:USA|UK|EUA|EEUU|UAE)$/.test(letters) || countryCodeOf(letters) !== undefined);
}

/** A run of words of one sentence that may be one name. */
interface Span {
  words: Word[];
  /** Title words and demonyms trimmed off its front ("Defence Minister"). */
  prefix: Word[];
}

/**
 * Splits a sentence's capitalised words into runs that may be names: words
 * joined by one space, with lower-case connectors between them ("Casa de
 * Nariño", "Bank of America"), a conjunction only inside a name its bracketed
 * acronym spells ("Immigration and Customs Enforcement (ICE)"). A possessive
 * ends a run; a title word splits it ("US President Donald Trump").
 */
function spansOf(words: readonly Word[], text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.cap) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const current = words[j]!;
      const next = words[j + 1];
      if (current.possessive || !next || !SPACE.test(text.slice(current.end, next.start))) break;
      if (next.cap) {
        j++;
        continue;
      }
      // Up to two connectors between capitalised words: "de la", "of the".
      let k = j + 1;
      while (k < words.length && k <= j + 2 && isConnector(words[k]!.text, true) && !words[k]!.cap) {
        if (!SPACE.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
        k++;
      }
      const after = words[k];
      if (k === j + 1 || !after || !after.cap || !SPACE.test(text.slice(words[k - 1]!.end, after.start))) break;
      const joinsConjunction = words.slice(j + 1, k).some((w) => !isConnector(w.text));
      if (joinsConjunction && !acronymFollows(words, i, k, text)) break;
      // "Camila Herrera of the Universidad del Rosario": a person's name does not run on into a body's.
      const rest = [];
      for (let r = k; r < words.length && words[r]!.cap; r++) rest.push(words[r]!);
      if (isFirstName(words[i]!.text) && rest.some((w) => headKind(w.text) !== undefined)) break;
      j = k;
    }
    spans.push(...splitAtTitles(words.slice(i, j + 1)));
    i = j + 1;
  }
  return spans;
}

/** True when the run words[i..] continued to words[k] and beyond is followed by a bracketed acronym of its initials. */
function acronymFollows(words: readonly Word[], i: number, k: number, text: string): boolean {
  let end = k;
  while (
    end + 1 < words.length &&
    words[end + 1]!.cap &&
    SPACE.test(text.slice(words[end]!.end, words[end + 1]!.start))
  )
    end++;
  const after = /^\s*\(([\p{Lu}.]{2,8})\)/u.exec(text.slice(words[end]!.end));
  if (!after) return false;
  const acronym = after[1]!.replace(/\./g, '');
  // "US Immigration and Customs Enforcement (ICE)": the acronym may leave out a leading acronym or title.
  for (let from = i; from < Math.min(k, i + 3); from++)
    if (initials(words.slice(from, end + 1)) === acronym) return true;
  return false;
}

/**
 * Splits a run at title words ("US President Donald Trump" → "US", "Donald
 * Trump") and trims titles, connectors and demonyms off its front, keeping
 * them as the prefix (a role: "Defence Minister"). A title before a word that
 * makes a name an organisation or place stays ("State Department").
 */
function splitAtTitles(run: Word[]): Span[] {
  const spans: Span[] = [];
  let current: Word[] = [];
  let prefix: Word[] = [];
  const flush = () => {
    while (current.length > 0 && isConnector(current.at(-1)!.text, true) && !current.at(-1)!.cap) current.pop();
    if (current.length > 0) spans.push({ words: current, prefix });
    current = [];
  };
  // A title word inside an organisation's name is part of it ("Office of Foreign Assets Control"), unless a person follows.
  const organization = run.some((w) => headKind(w.text) === 'organization');
  run.forEach((word, index) => {
    const next = run[index + 1];
    if (
      organization &&
      current.length > 0 &&
      isTitleWord(word.text) &&
      !run.slice(index + 1).some((w) => isFirstName(w.text))
    ) {
      current.push(word);
      return;
    }
    // An office word right after "<title> of" belongs to the title: "Secretary of State".
    const office =
      isOfficeWord(word.text) && current.length === 0 && prefix.length >= 2 && isTitleWord(prefix.at(-2)!.text);
    const title =
      (office || isTitleWord(word.text) || (isDateOrDemonym(word.text) && !word.acronym)) &&
      !(next && headKind(next.text) === 'organization') &&
      !(current.length > 0 && headKind(word.text) !== undefined);
    // A demonym ends an adjective phrase ("Latin American leaders"): the words before it go with it.
    if (title && isDateOrDemonym(word.text) && !isTitleWord(word.text)) current = [];
    // A country's acronym stands alone: "Republican U.S. Senator" is no name of three words.
    if (!title && isCountryAcronym(word) && (current.length > 0 || next)) {
      flush();
      current.push(word);
      flush();
      prefix = [];
      return;
    }
    if (title) {
      flush();
      prefix = prefix.length > 0 && spans.length === 0 ? [...prefix, word] : [word];
      return;
    }
    if (current.length === 0 && isConnector(word.text, true) && !word.cap) {
      prefix = [...prefix, word];
      return;
    }
    current.push(word);
  });
  flush();
  return spans;
}

/** A role found, and where its words stand in the paragraph (names inside it, "Defensa", are no names of their own). */
interface RoleAt {
  role: FoundRole;
  start: number;
  end: number;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'o', 'os', 'as', 'um', 'uma']);
const ROLE_OF = new Set(['of', 'de', 'del', 'da', 'do', 'das', 'dos', 'at', 'en', 'em', 'in', 'for', 'para']);

/** Lower-case words that may describe a role ("trade", "opposition", "acting"): not stop-words, not verbs of saying. */
function isRoleWord(word: Word, language: string): boolean {
  return !word.cap && !commonWords(language).has(word.folded) && !isSpeechVerb(word.text, language);
}

/** Title words that only qualify a role ("former", "acting", "interim"): no role by themselves. */
const ROLE_MODIFIERS = new Set(['former', 'acting', 'interim', 'first', 'vice', 'deputy', 'foreign', 'then', 'ex']);

/** A role's title is one when it has a title word or a noun for a person ("analyst", "promotora"). */
function hasRoleHead(words: readonly Word[]): boolean {
  return words.some((w) => (isTitleWord(w.text) && !ROLE_MODIFIERS.has(w.folded)) || cueKind(w.text) === 'person');
}

/**
 * The role an apposition after a name gives it: ", the president of the state
 * oil company Ecopetrol," → president of Ecopetrol; ", presidente de
 * Ecopetrol" → presidente of Ecopetrol; ", a political analyst at the
 * Universidad San Francisco de Quito" → political analyst of that university.
 */
function roleAfter(words: readonly Word[], last: number, text: string, language: string): RoleAt | undefined {
  const start = last + 1;
  if (!words[start] || !/^,\s+$/u.test(text.slice(words[last]!.end, words[start]!.start))) return undefined;
  let i = start;
  if (DETERMINERS.has(words[i]!.folded) && !words[i]!.cap) i++;
  const title: Word[] = [];
  while (i < words.length && title.length < 5 && (isRoleWord(words[i]!, language) || isTitleWord(words[i]!.text))) {
    if (ROLE_OF.has(words[i]!.folded)) break;
    title.push(words[i]!);
    i++;
  }
  if (title.length === 0 || !hasRoleHead(title)) return undefined;
  // ", o chanceler Mauro Vieira": a title before the next name, not a role of this one.
  if (words[i]?.cap && SPACE.test(text.slice(title.at(-1)!.end, words[i]!.start))) return undefined;
  let of: string | undefined;
  if (words[i] && ROLE_OF.has(words[i]!.folded)) {
    i++;
    // Skip what describes it ("the state oil company") up to its name.
    while (
      i < words.length &&
      !words[i]!.cap &&
      i - start < 12 &&
      !/[,.;:]/u.test(text.slice(words[i - 1]!.end, words[i]!.start))
    )
      i++;
    const name: Word[] = [];
    while (
      i < words.length &&
      (words[i]!.cap || (name.length > 0 && isConnector(words[i]!.text) && words[i + 1]?.cap))
    ) {
      if (name.length > 0 && !SPACE.test(text.slice(words[i - 1]!.end, words[i]!.start))) break;
      name.push(words[i]!);
      if (words[i]!.possessive) break;
      i++;
    }
    if (name.length > 0) of = text.slice(name[0]!.start, name.at(-1)!.end);
  }
  return {
    role: {
      title: text.slice(title[0]!.start, title.at(-1)!.end),
      ...(of ? { of, phrase: text.slice(title[0]!.start, text.indexOf(of, title.at(-1)!.end) + of.length) } : {}),
    },
    start: title[0]!.start,
    end: title.at(-1)!.end,
  };
}

/**
 * The role written before a name: its trimmed title ("Defence Minister Pedro
 * Sánchez"), lower-case role words before it ("la senadora Paloma Valencia",
 * "the opposition senator"), and whose it is ("Colombia's trade minister,
 * Diana Morales"; "Ecuador, whose president, Daniel Noboa").
 */
function roleBefore(
  words: readonly Word[],
  first: number,
  prefix: readonly Word[],
  text: string,
  language: string,
): RoleAt | undefined {
  const title: Word[] = [...prefix];
  let i = first - prefix.length - 1;
  let gapEnd = (prefix[0] ?? words[first]!).start;
  // One comma may stand between the role and the name: "El ministro de Defensa, Pedro Sánchez".
  if (i >= 0 && /^,\s+$/u.test(text.slice(words[i]!.end, gapEnd)) && prefix.length === 0) gapEnd = words[i]!.end;
  while (i >= 0 && title.length < 6) {
    const word = words[i]!;
    if (!/^[ \u00a0]*$/u.test(text.slice(word.end, gapEnd))) break;
    const isOf = ROLE_OF.has(word.folded) && title.length > 0 && title[0]!.cap;
    if (!(
      isRoleWord(word, language) ||
      isTitleWord(word.text) ||
      isOf ||
      (word.cap && ROLE_OF.has(words[i - 1]?.folded ?? ''))
    ))
      break;
    title.unshift(word);
    gapEnd = word.start;
    i--;
  }
  if (title.length === 0 || !hasRoleHead(title)) return undefined;
  let of: string | undefined;
  const owner = words[i];
  if (owner?.possessive && owner.cap && /^\s+$/u.test(text.slice(owner.end + 2, gapEnd))) of = owner.text;
  // "Ecuador, whose president, Daniel Noboa"
  const whose = /(\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*)*),\s+(?:whose|cuyo|cuya|cujo|cuja)\s+$/u.exec(
    text.slice(0, gapEnd),
  );
  if (whose) of = whose[1];
  const range = { start: title[0]!.start, end: title.at(-1)!.end };
  const de = title.findIndex((w, k) => k > 0 && ROLE_OF.has(w.folded));
  // "ministro de Defensa" is one office; "presidente da Ecopetrol" is a role in Ecopetrol, whose name stays a name.
  if (de > 0 && title[de + 1]?.cap && !title.slice(de + 1).every((w) => isOfficeWord(w.text))) {
    return {
      role: {
        title: text.slice(title[0]!.start, title[de - 1]!.end),
        of: text.slice(title[de + 1]!.start, title.at(-1)!.end),
        phrase: text.slice(title[0]!.start, title.at(-1)!.end),
      },
      start: title[0]!.start,
      end: title[de - 1]!.end,
    };
  }
  const owned = of && owner?.possessive ? text.slice(owner.start, range.end) : undefined;
  const phrase = owned ? { phrase: owned.replace(/(['’]s)\s+/u, '$1 ') } : {};
  return { role: { title: text.slice(range.start, range.end), ...(of ? { of } : {}), ...phrase }, ...range };
}

/** A kind, and whether something said so (a word, a cue, a lexicon) or it is only the default. */
interface KindGuess {
  kind: NameKind;
  sure: boolean;
}

const POSSESSIVE_DETERMINERS = new Set([
  'his',
  'her',
  'their',
  'its',
  'our',
  'su',
  'sus',
  'seu',
  'sua',
  'seus',
  'suas',
]);

/** The kind of a name by its own words, the words around it and what compromise's lexicon knows. */
function kindOf(
  span: Word[],
  words: readonly Word[],
  first: number,
  text: string,
  role: FoundRole | undefined,
  english: English | undefined,
): KindGuess {
  const sure = (kind: NameKind): KindGuess => ({ kind, sure: true });
  const name = text.slice(span[0]!.start, span.at(-1)!.end);
  if (span[0]!.handle) return { kind: 'person', sure: false };
  if (role) return sure('person');
  if (countryCodeOf(name)) return sure('place');
  if (span.length === 1 && span[0]!.acronym) return sure('organization');
  let before = words[first - 1];
  // "his Truth Social platform": what belongs to someone is not a person.
  const owned = before !== undefined && !before.cap && POSSESSIVE_DETERMINERS.has(before.folded);
  // What one is aboard is a place, whatever its name says ("aboard Air Force One", "a bordo del …").
  if (before && /^(?:aboard|bordo)$/u.test(before.folded)) return sure('place');
  // A head word first decides ("Universidad San Francisco de Quito", "Casa Blanca"), else the last ("Blair House").
  const heads = span.map((w) => headKind(w.text));
  const head = heads[0] ?? heads.findLast((h) => h !== undefined);
  if (head) return sure(head);
  const viewed = english?.kinds.get(span[0]!.start);
  if (viewed && !(owned && viewed === 'person')) return sure(viewed);
  const tags = english ? span.flatMap((w) => english.tags.get(w.start) ?? []) : [];
  if (!owned && (tags.includes('Person') || (span.length > 1 && isFirstName(span[0]!.text)))) return sure('person');
  if (tags.includes('Place') || tags.includes('Country') || tags.includes('City')) return sure('place');
  if (tags.includes('Organization')) return sure('organization');
  if (span.length === 1 && isKnownPlace(name)) return sure('place');
  if (span.length === 1 && isKnownOrganization(name)) return sure('organization');
  // What stands just before it: "in Quito", "la encuestadora Datanálisis", "aboard Air Force One".
  const cueWord = before && isConnector(before.text) && !before.cap ? words[first - 2] : before;
  const cue = cueWord && (!cueWord.cap || cueWord.opens) ? cueKind(cueWord.text) : undefined;
  if (cue) return sure(cue);
  if (before && DETERMINERS.has(before.folded) && !before.cap) before = words[first - 2];
  if (before && isPlacePreposition(before.text) && !before.cap)
    return sure(span.length <= 2 ? 'place' : 'organization');
  // Nothing says: a name of capitalised words that does not start with a first name ("Lista Clinton") is a body's.
  return { kind: 'organization', sure: false };
}

/**
 * Settles the kinds no word decided, from the names around them: a name
 * joined by "and" to another takes its kind ("the Caribbean and the
 * Pacific"), and a name or handle that contains an organisation's name is
 * that organisation's ("EL PAÍS América Colombia", "@ElPaisAmericaCo").
 */
function settleKinds(found: Array<NameFound & { sure: boolean }>, paragraphs: readonly string[]): void {
  const organizations = found.filter((n) => n.sure && n.kind === 'organization').map((n) => nameKey(n.name));
  for (const [i, name] of found.entries()) {
    if (name.entity) continue;
    const key = nameKey(name.name);
    if (organizations.some((org) => org.length >= 4 && key !== org && key.startsWith(org))) {
      name.kind = 'organization';
      continue;
    }
    if (name.sure) continue;
    const previous = found[i - 1];
    if (previous && previous.paragraph === name.paragraph) {
      const between = paragraphs[name.paragraph - 1]!.slice(previous.end, name.start);
      if (/^,?\s+(?:and|y|e|&)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?$/iu.test(between)) name.kind = previous.kind;
    }
  }
}

/** What compromise says about an English paragraph: each word's tags, and the kind its views give it. */
interface English {
  tags: Map<number, string[]>;
  kinds: Map<number, NameKind>;
}

/** The kinds compromise's English views give the words of a paragraph (people, organisations, places), by start offset. */
function englishKindsOf(text: string): Map<number, NameKind> {
  const kinds = new Map<number, NameKind>();
  const doc = nlp(text);
  const views: Array<[NameKind, { json: (options: object) => unknown }]> = [
    ['place', doc.places()],
    ['organization', doc.organizations()],
    ['person', doc.people()],
  ];
  for (const [kind, view] of views) {
    const matches = view.json({ offset: true, terms: { offset: true } }) as Array<{
      terms?: Array<{ offset?: { start: number } }>;
    }>;
    for (const match of matches)
      for (const term of match.terms ?? []) if (term.offset) kinds.set(term.offset.start, kind);
  }
  return kinds;
}

/** compromise's tags of an English paragraph, by each word's start offset. */
function englishTagsOf(text: string): Map<number, string[]> {
  const tags = new Map<number, string[]>();
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{
    terms?: Array<{ tags?: string[]; offset?: { start: number } }>;
  }>;
  for (const sentence of json) {
    for (const term of sentence.terms ?? []) if (term.offset) tags.set(term.offset.start, term.tags ?? []);
  }
  return tags;
}

/**
 * Finds the names of people, organisations and places in an article,
 * paragraph by paragraph, in English, Spanish or Portuguese: runs of
 * capitalised words (with the connectors of names: "Casa de Nariño"), split at
 * titles and at the names the dossier knows, without stop-words, sentence
 * openers, days, months and demonyms; acronyms are organisations (a country's
 * are places); the kind comes from the words in the name ("Ministerio",
 * "Casa"), a role next to it, the words before it ("in", "la encuestadora"),
 * and compromise's lexicon (first names, places, organisations) and, for
 * English, its tagger. Known names come back with their profile and kind.
 */
export function findNames(paragraphs: readonly string[], language = 'en', known?: KnownNames): NameFound[] {
  const lang = primaryLanguage(language);
  const common = commonWords(lang);
  const reader = known?.matcher.reader({ language: lang, article: known.article });
  const perParagraph = paragraphs.map((text) => {
    const sentences = splitSentences(text, lang);
    return { text, sentences, words: wordsOf(text, sentences), links: reader?.find(text) ?? [] };
  });
  // Words written with a capital in mid-sentence somewhere: names, not sentence openers.
  const midSentence = new Set(
    perParagraph.flatMap(({ words }) => words.filter((w) => w.cap && !w.opens && !w.quoted).map((w) => w.folded)),
  );
  const found: Array<NameFound & { sure: boolean }> = [];
  perParagraph.forEach(({ text, sentences, words, links }, index) => {
    const paragraph = index + 1;
    const headline = isHeadline(words);
    const english: English | undefined =
      lang === 'en' ? { tags: englishTagsOf(text), kinds: englishKindsOf(text) } : undefined;
    const sentenceOf = (offset: number) =>
      (sentences.find((s) => offset >= s.start && offset < s.end) ?? sentences.at(-1) ?? { text }).text;
    const results: Array<NameFound & { sure: boolean }> = [];
    const roleRanges: RoleAt[] = [];
    for (const link of links) {
      const kind = kindOfFolder(known?.kindOf.get(link.entity));
      if (!kind) continue;
      results.push({
        name: link.text,
        kind,
        sure: true,
        paragraph,
        start: link.start,
        end: link.end,
        sentence: sentenceOf(link.start),
        entity: link.entity,
      });
    }
    for (const span of spansOf(words, text).flatMap((s) => outsideLinks(s, links))) {
      const first = words.indexOf(span.words[0]!);
      const last = words.indexOf(span.words.at(-1)!);
      const kept = trimOpeners(span.words, common, midSentence);
      if (kept.length === 0) continue;
      const name = text.slice(kept[0]!.start, kept.at(-1)!.end);
      if (!/\p{L}/u.test(name) || !acceptable(kept, name, common, midSentence, headline, known)) continue;
      // An English adjective with a capital ("Spanish outlet", "Republican U.S. Senator") is no name.
      const tags = english?.tags.get(kept[0]!.start) ?? [];
      if (kept.length === 1 && tags.includes('Adjective') && !tags.includes('ProperNoun')) continue;
      // "Andean neighbours", "Caribbean nations": a capitalised adjective of place before a noun.
      const nextTags = english?.tags.get(words[words.indexOf(kept[0]!) + 1]?.start ?? -1) ?? [];
      const following = words[words.indexOf(kept[0]!) + 1];
      if (
        kept.length === 1 &&
        english &&
        /(?:an|ian|ean|ese|ish|ic)$/u.test(kept[0]!.folded) &&
        following &&
        !following.cap &&
        SPACE.test(text.slice(kept[0]!.end, following.start)) &&
        (nextTags.includes('Plural') || nextTags.includes('Noun')) &&
        !nextTags.includes('Verb')
      )
        continue;
      const found =
        kept[0] === span.words[0]
          ? (roleAfter(words, last, text, lang) ?? roleBefore(words, first, span.prefix, text, lang))
          : undefined;
      const role = found?.role;
      if (found) roleRanges.push(found);
      const acronym = /^\s*\(([\p{Lu}.]{2,8})\)/u.exec(text.slice(kept.at(-1)!.end))?.[1];
      const guess = kindOf(kept, words, words.indexOf(kept[0]!), text, role, english);
      results.push({
        name,
        kind: guess.kind,
        sure: guess.sure,
        paragraph,
        start: kept[0]!.start,
        end: kept.at(-1)!.end,
        sentence: sentenceOf(kept[0]!.start),
        ...(role ? { role } : {}),
        ...(acronym && kept.length > 1 ? { acronym } : {}),
      });
    }
    // A capitalised word of a role ("ministro de Defensa", "defensora del Pueblo") is no name of its own.
    const kept = results.filter(
      (r) => r.entity || !roleRanges.some((range) => r.start >= range.start && r.end <= range.end),
    );
    found.push(...kept.sort((a, b) => a.start - b.start));
  });
  settleKinds(found, paragraphs);
  return found.map(({ sure: _sure, ...name }) => name);
}

/** The parts of a span that no known name covers ("US President Donald Trump" minus the known names). */
function outsideLinks(span: Span, links: readonly MentionMatch[]): Span[] {
  if (links.length === 0) return [span];
  const parts: Span[] = [];
  let current: Word[] = [];
  for (const word of span.words) {
    const covered = links.some((l) => word.start < l.end && l.start < word.end);
    if (covered) {
      if (current.length > 0) parts.push({ words: current, prefix: parts.length === 0 ? span.prefix : [] });
      current = [];
    } else current.push(word);
  }
  if (current.length > 0)
    parts.push({ words: current, prefix: parts.length === 0 && current[0] === span.words[0] ? span.prefix : [] });
  return parts.filter((p) => p.words.some((w) => w.cap));
}

/**
 * Drops a sentence opener that is no part of the name from its front: a
 * common word ("But", "El", "Según"), an adverb, or a word joined to the name
 * by a connector that is neither a name's head nor a first name nor written
 * with a capital elsewhere ("Residents of Tibú", "Habló de Venezuela").
 */
function trimOpeners(span: Word[], common: ReadonlySet<string>, midSentence: ReadonlySet<string>): Word[] {
  let start = 0;
  while (
    start < span.length &&
    span[start]!.opens &&
    (common.has(span[start]!.folded) || /(?:ly|mente)$/u.test(span[start]!.folded))
  )
    start++;
  const opener = span[start];
  if (
    opener?.opens &&
    span[start + 1] &&
    isConnector(span[start + 1]!.text, true) &&
    !span[start + 1]!.cap &&
    !headKind(opener.text) &&
    !isFirstName(opener.text) &&
    !midSentence.has(opener.folded)
  )
    start++;
  let kept = span.slice(start);
  while (kept.length > 0 && !kept[0]!.cap) kept = kept.slice(1);
  while (kept.length > 0 && !kept.at(-1)!.cap) kept = kept.slice(0, -1);
  return kept;
}

/** Whether a trimmed run is a name worth reporting. */
function acceptable(
  kept: readonly Word[],
  name: string,
  common: ReadonlySet<string>,
  midSentence: ReadonlySet<string>,
  headline: boolean,
  known: KnownNames | undefined,
): boolean {
  if (kept.every((w) => (common.has(w.folded) && !w.acronym) || isTitleWord(w.text) || isConnector(w.text, true)))
    return false;
  const only = kept.length === 1 ? kept[0]! : undefined;
  if (only) {
    if (only.handle || (only.acronym && only.text.replace(/\W/g, '').length <= 6))
      return !only.quoted || midSentence.has(only.folded);
    if (isDateOrDemonym(only.text) || common.has(only.folded)) return false;
    const place = Boolean(countryCodeOf(name)) || isKnownPlace(name) || isKnownOrganization(name);
    // A word in capitals longer than an acronym is shouting ("EXCLUSIVA"), not a name.
    if (/^\p{Lu}{7,}$/u.test(only.text)) return false;
    if (known?.firstNames?.has(only.folded)) return false;
    const seenMid = midSentence.has(only.folded);
    // A sentence opener with a possessive is something's name ("Ecopetrol's chief executive"), not a common word.
    if (only.opens && !seenMid && !place && !only.possessive) return false;
    if ((only.quoted || headline) && !seenMid && !place) return false;
    return true;
  }
  // Inside a quotation, title case is often emphasis ('Great Honour'): only names seen outside it, or a person's.
  // (A name with a head word is a name in quotes too: "las redes del Clan del Golfo".)
  if (
    kept.every((w) => w.quoted) &&
    !isFirstName(kept[0]!.text) &&
    !kept.some((w) => midSentence.has(w.folded) || headKind(w.text) !== undefined)
  )
    return false;
  if (headline && !kept.some((w) => midSentence.has(w.folded))) return false;
  return true;
}

/** Groups names found by {@link nameKey}: first spelling, most frequent kind (ties: the first found). */
export function groupNames(found: readonly NameFound[]): NameCandidate[] {
  const groups = new Map<string, NameFound[]>();
  for (const name of found) {
    const key = nameKey(name.name);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  const candidates = [...groups].map(([key, occurrences]): NameCandidate => {
    const votes = new Map<NameKind, number>();
    for (const o of occurrences) votes.set(o.kind, (votes.get(o.kind) ?? 0) + (o.role ? 3 : 1));
    const kind = [...votes].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
    const role = occurrences.find((o) => o.role)?.role;
    return { name: occurrences[0]!.name, key, kind, occurrences, aliases: [], ...(role ? { role } : {}) };
  });
  return mergeShortForms(candidates);
}

/**
 * Folds the short forms of a name into it: a surname alone ("Roa" into
 * "Ricardo Roa"), the end of a longer name ("Maduro Guerra" into "Nicolás
 * Maduro Guerra"), and a bracketed acronym ("ELN" into "National Liberation
 * Army"). A short form that could belong to two names stays apart.
 */
function mergeShortForms(candidates: NameCandidate[]): NameCandidate[] {
  const acronymOwner = new Map<string, NameCandidate>();
  for (const c of candidates) {
    const acronym = c.occurrences.find((o) => o.acronym)?.acronym;
    if (acronym) acronymOwner.set(nameKey(acronym), c);
  }
  const merged = new Set<NameCandidate>();
  for (const short of candidates) {
    // A name the dossier knows stays its profile's ("Trump" is not folded into "Melania Trump").
    if (short.occurrences.some((o) => o.entity)) continue;
    let owner = acronymOwner.get(short.key);
    if (!owner) {
      const words = tokenize(short.name).map((t) => t.folded);
      if (
        short.kind !== 'person' &&
        (countryCodeOf(short.name) || isKnownPlace(short.name) || short.occurrences.some((o) => o.entity))
      )
        continue;
      const longer = candidates.filter((c) => {
        if (c === short || c.kind !== 'person' || c.occurrences.some((o) => o.entity)) return false;
        const theirs = tokenize(c.name).map((t) => t.folded);
        return theirs.length > words.length && words.every((w, k) => theirs[theirs.length - words.length + k] === w);
      });
      if (longer.length === 1) owner = longer[0];
    }
    if (!owner || owner === short || merged.has(owner)) continue;
    owner.aliases.push(short.name);
    owner.occurrences.push(...short.occurrences);
    owner.role ??= short.role;
    if (short.kind === 'person' && owner.kind !== 'person' && !acronymOwner.has(short.key)) owner.kind = 'person';
    merged.add(short);
  }
  return candidates.filter((c) => !merged.has(c));
}

/**
 * The names found that match no profile, each once with its other spellings,
 * the role the text gives it and where it first appears. A name is known when
 * the site's matcher links it (with the article's own rules: a surname inside
 * "Melania Trump" is not Donald Trump), when the matcher recognises the whole
 * name, or when it is the first name of a person the dossier profiles
 * ("Gustavo").
 */
export function suggestNames(
  paragraphs: readonly string[],
  matcher: MentionMatcher,
  language = 'en',
  context: Omit<KnownNames, 'matcher'> = { kindOf: new Map() },
): NameSuggestion[] {
  const known: KnownNames = { ...context, matcher };
  return groupNames(findNames(paragraphs, language, known))
    .filter((candidate) => !candidate.occurrences.some((o) => o.entity !== undefined))
    .filter((candidate) => {
      const whole = matcher.find(candidate.name);
      return !whole.some((m) => m.start === 0 && m.end >= candidate.name.length);
    })
    .map((candidate) => ({
      name: candidate.name,
      kind: candidate.kind,
      paragraph: candidate.occurrences[0]!.paragraph,
      sentence: candidate.occurrences[0]!.sentence,
      count: candidate.occurrences.length,
      ...(candidate.aliases.length > 0 ? { aliases: [...new Set(candidate.aliases)] } : {}),
      ...(candidate.role ? { role: candidate.role } : {}),
    }));
}
