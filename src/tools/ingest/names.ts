import nlp from 'compromise';
import { fold, tokenize } from '../../shared/fold';
import type { MentionMatcher } from '../../content/render/mention-matcher';
import { sentenceAt } from '../../shared/sentences';

/** The kinds of name the NLP step looks for, and the profile folder each belongs in. */
export const NAME_KINDS = { person: 'people', organization: 'organizations', place: 'places' } as const;
export type NameKind = keyof typeof NAME_KINDS;

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
}

/** A distinct name (by {@link nameKey}) with every place it was found. */
export interface NameCandidate {
  name: string;
  key: string;
  kind: NameKind;
  occurrences: NameFound[];
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
}

/** How compromise reports a term with `json({ terms: { offset: true, tags: true } })`. */
interface NlpTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * Words that open a match but are not part of the name: titles compromise
 * does not tag as such ("Ambassador Daniel García-Peña") and sentence
 * openers it sometimes pulls into a name ("Then Sean Hannity").
 */
const LEADING_NOISE = new Set([
  'ambassador',
  'senator',
  'governor',
  'mayor',
  'judge',
  'chancellor',
  'commissioner',
  'spokesman',
  'spokeswoman',
  'then',
  'and',
  'but',
  'or',
  'as',
  'if',
  'when',
  'while',
  'since',
  'after',
  'before',
]);

/** True for a leading term that is a title or a function word rather than part of the name. */
function isLeadingNoise(term: NlpTerm): boolean {
  const namePart = term.tags.includes('FirstName') || term.tags.includes('LastName');
  if (term.tags.includes('Honorific') || (term.tags.includes('Actor') && !namePart)) return true;
  if (LEADING_NOISE.has(fold(term.text))) return true;
  // A lower-case word opens a name only as part of a place ("southern Colombia").
  return !/^[\p{Lu}\p{N}@#]/u.test(term.text) && !term.tags.includes('Place');
}

/** The possessive ending of a name ("Petro's", "Venezuela’s"). */
const POSSESSIVE = /['’]s$/u;

/**
 * A comparison key for names: folded words run together, so "U.S." = "US",
 * "Nicolas Maduro" = "Nicolás Maduro", "Garcia-Pena" = "García-Peña".
 */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((token) => token.folded)
    .join('');
}

function termsOf(view: { json: (options: object) => unknown }): NlpTerm[][] {
  const matches = view.json({ offset: true, terms: { offset: true, tags: true } });
  if (!Array.isArray(matches)) return [];
  return matches.map((match) => ((match as { terms?: NlpTerm[] }).terms ?? []).filter((t) => t.offset && t.text));
}

/**
 * Finds names of people, organisations and places with compromise (an
 * English NLP library: part-of-speech tagging, a lexicon of first names,
 * countries and organisations, and rules over them), paragraph by paragraph.
 * Titles and possessives are trimmed off; a span claimed by two kinds is kept
 * once, as the first (people, then organisations, then places).
 */
export function findNames(paragraphs: readonly string[], language = 'en'): NameFound[] {
  const found: NameFound[] = [];
  paragraphs.forEach((text, index) => {
    const doc = nlp(text);
    const spans: NameFound[] = [];
    const views: Array<[NameKind, { json: (options: object) => unknown }]> = [
      ['person', doc.people()],
      ['organization', doc.organizations()],
      ['place', doc.places()],
    ];
    for (const [kind, view] of views) {
      for (const terms of termsOf(view)) {
        let first = 0;
        while (first < terms.length - 1 && isLeadingNoise(terms[first]!)) first++;
        const kept = terms.slice(first);
        if (kept.length === 0 || (kept.length === 1 && isLeadingNoise(kept[0]!))) continue;
        const start = kept[0]!.offset.start;
        let end = kept.at(-1)!.offset.start + kept.at(-1)!.offset.length;
        // Offsets that do not point at the words would cite the wrong text: skip rather than guess.
        if (kept.some((t) => text.slice(t.offset.start, t.offset.start + t.offset.length) !== t.text)) continue;
        const possessive = POSSESSIVE.exec(text.slice(start, end));
        if (possessive) end -= possessive[0].length;
        const name = text.slice(start, end);
        if (!/\p{L}/u.test(name)) continue;
        if (spans.some((s) => start < s.end && s.start < end)) continue;
        spans.push({ name, kind, paragraph: index + 1, start, end, sentence: sentenceAt(text, start, language).text });
      }
    }
    found.push(...spans.sort((a, b) => a.start - b.start));
  });
  return found;
}

/** Groups names found by {@link nameKey}: first spelling, most frequent kind (ties: the first found). */
export function groupNames(found: readonly NameFound[]): NameCandidate[] {
  const groups = new Map<string, NameFound[]>();
  for (const name of found) {
    const key = nameKey(name.name);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  return [...groups].map(([key, occurrences]) => {
    const votes = new Map<NameKind, number>();
    for (const o of occurrences) votes.set(o.kind, (votes.get(o.kind) ?? 0) + 1);
    const kind = [...votes].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
    return { name: occurrences[0]!.name, key, kind, occurrences };
  });
}

/**
 * The names found that match no profile: a name is known when the site's
 * matcher links any of its appearances (the spans overlap, so "President
 * Petro" and "State Marco" count as known), or when the matcher recognises
 * the name on its own.
 */
export function suggestNames(
  paragraphs: readonly string[],
  matcher: MentionMatcher,
  language = 'en',
): NameSuggestion[] {
  const linked = paragraphs.map((text) => matcher.find(text));
  const known = (o: NameFound) =>
    linked[o.paragraph - 1]!.some((m) => m.start < o.end && o.start < m.end) ||
    matcher.find(o.name).some((m) => m.start === 0 && m.end >= o.name.length);
  return groupNames(findNames(paragraphs, language))
    .filter((candidate) => !candidate.occurrences.some(known))
    .map((candidate) => ({
      name: candidate.name,
      kind: candidate.kind,
      paragraph: candidate.occurrences[0]!.paragraph,
      sentence: candidate.occurrences[0]!.sentence,
      count: candidate.occurrences.length,
    }));
}
