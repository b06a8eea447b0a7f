import { createHash } from 'node:crypto';
import type { DictionaryEntity } from '../../content/render/entity-dictionary';
import { sentenceAt } from '../../shared/sentences';
import type { DateAnchor } from './dates';
import { findDates } from './dates';
import type { NameFound, NameKind, NameSuggestion } from './names';
import { NAME_KINDS } from './names';
import type { QuoteCandidate, Speaker, SpeakerRule } from './quotes';
import { countryCodeOf } from '../../shared/country-names';

/** What a draft proposes: a quote for the registry, an event profile, or a profile for a new name. */
export type DraftKind = 'quote' | 'event' | 'profile';

/** Where a draft stands in review. Rejected drafts are kept so that ingesting the article again does not propose them. */
export type DraftStatus = 'proposed' | 'accepted' | 'rejected';

interface DraftBase {
  /** Stable across ingests of the same text: the kind, the paragraph and the words. */
  id: string;
  kind: DraftKind;
  /** 1-based paragraph number of the source. */
  paragraph: number;
  status: DraftStatus;
}

/** A quotation with its speaker, for content/quotes.yaml. */
export interface QuoteDraft extends DraftBase {
  kind: 'quote';
  /** The words exactly as in the paragraph. */
  text: string;
  speaker: Speaker;
  /** The rule of the sieve that found the speaker, or why there is none. */
  rule: SpeakerRule;
  /** The words that name the speaker in the text. */
  cue?: string | undefined;
}

/** A dated statement, for an event profile. */
export interface EventDraft extends DraftBase {
  kind: 'event';
  /** The date as written ("el 3 de febrero de 2026"). */
  text: string;
  /** The date in EDTF. */
  date: string;
  /** How the date was resolved, for the event's `inferred` note; absent when stated in full. */
  reasoning?: string | undefined;
  /** The sentence it stands in. */
  sentence: string;
  /** A name for the event, from the sentence: the analyst renames it on accepting. */
  name: string;
  /** Profiles named in the sentence: people and organisations as participants, a place after "in" as the location. */
  participants: string[];
  location?: string | undefined;
}

/** A new person, organisation or place, for a profile. */
export interface ProfileDraft extends DraftBase {
  kind: 'profile';
  name: string;
  /** The content folder: people, organizations or places. */
  folder: (typeof NAME_KINDS)[NameKind];
  /** Other spellings the text uses (a surname, an acronym). */
  aliases: string[];
  /** A person's role in the text's words, with the profile or name it is held in. */
  role?: { title: string; of?: string | undefined; phrase?: string | undefined } | undefined;
  /** An organisation's or place's type, when the text gives one; a country's ISO code. */
  type?: string | undefined;
  countryCode?: string | undefined;
  /** The first sentence that names it. */
  sentence: string;
  /** How many times the text names it. */
  count: number;
}

export type Draft = QuoteDraft | EventDraft | ProfileDraft;

/** A stable id for a draft: its kind and a digest of where it is and what it says. */
export function draftId(kind: DraftKind, paragraph: number, words: string): string {
  return `${kind}-${createHash('sha256').update(`${kind}\u0000${paragraph}\u0000${words}`).digest('hex').slice(0, 10)}`;
}

/** The quote drafts of an article, from the sieve's candidates. */
export function quoteDrafts(candidates: readonly QuoteCandidate[]): QuoteDraft[] {
  return candidates.map((c) => ({
    id: draftId('quote', c.paragraph, c.text),
    kind: 'quote',
    paragraph: c.paragraph,
    status: 'proposed',
    text: c.text,
    speaker: c.speaker,
    rule: c.rule,
    ...(c.cue ? { cue: c.cue } : {}),
  }));
}

/** A short name for an event from the sentence that dates it, without the date: "Trump and Petro met at the White House". */
function eventName(sentence: string, dateText: string): string {
  const withoutDate = sentence
    .replace(dateText, ' ')
    .replace(/[“”«»"]/gu, '')
    .replace(/\s+([,.;:])/gu, '$1')
    .replace(/\s{2,}/gu, ' ')
    .replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/gu, '')
    .replace(/\.$/u, '');
  const words = withoutDate.split(' ');
  const short = words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : withoutDate;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/**
 * The event drafts of an article: one per date the text gives, with the
 * sentence it stands in, the profiles named there (people and organisations
 * as participants, a place after "in"/"en"/"em" as the location), and the
 * date's reasoning for its `inferred` note.
 */
export function eventDrafts(
  paragraphs: readonly string[],
  language: string,
  anchor: DateAnchor | undefined,
  names: readonly NameFound[],
  entities: readonly DictionaryEntity[],
): EventDraft[] {
  const kindOf = new Map(entities.map((e) => [e.id, e.kind]));
  return paragraphs.flatMap((text, index) =>
    findDates(text, language, anchor).map((date): EventDraft => {
      const paragraph = index + 1;
      const sentence = sentenceAt(text, date.start, language);
      const inSentence = names.filter(
        (n) => n.paragraph === paragraph && n.entity && n.start >= sentence.start && n.end <= sentence.end,
      );
      const participants = [
        ...new Set(
          inSentence
            .filter((n) => ['people', 'organizations'].includes(kindOf.get(n.entity!) ?? ''))
            .map((n) => n.entity!),
        ),
      ];
      const location = inSentence.find(
        (n) =>
          kindOf.get(n.entity!) === 'places' &&
          /\b(?:in|at|en|em|no|na)\s+(?:the\s+|la\s+|el\s+|a\s+|o\s+)?$/iu.test(text.slice(sentence.start, n.start)),
      )?.entity;
      return {
        id: draftId('event', paragraph, date.text),
        kind: 'event',
        paragraph,
        status: 'proposed',
        text: date.text,
        date: date.edtf,
        ...(date.reasoning ? { reasoning: date.reasoning } : {}),
        sentence: sentence.text,
        name: eventName(sentence.text, date.text),
        participants,
        ...(location ? { location } : {}),
      };
    }),
  );
}

/**
 * The profile drafts of an article: one per suggested name, with its kind,
 * the spellings seen, a role from an apposition ("Ricardo Roa, presidente de
 * Ecopetrol": the role's `of` is the profile when the dossier has one), a
 * country's ISO code, and the first sentence that names it.
 */
export function profileDrafts(
  suggestions: readonly NameSuggestion[],
  entities: readonly DictionaryEntity[],
): ProfileDraft[] {
  const byName = (name: string) =>
    entities.find((e) => [e.name, ...e.aliases, ...Object.values(e.names).flat()].includes(name));
  return suggestions.map((s): ProfileDraft => {
    const of = s.role?.of ? (byName(s.role.of)?.id ?? s.role.of) : undefined;
    const countryCode = s.kind === 'place' ? countryCodeOf(s.name) : undefined;
    return {
      id: draftId('profile', s.paragraph, s.name),
      kind: 'profile',
      paragraph: s.paragraph,
      status: 'proposed',
      name: s.name,
      folder: NAME_KINDS[s.kind],
      aliases: s.aliases ?? [],
      ...(s.role
        ? { role: { title: s.role.title, ...(of ? { of } : {}), ...(s.role.phrase ? { phrase: s.role.phrase } : {}) } }
        : {}),
      ...(countryCode ? { type: 'country', countryCode } : {}),
      sentence: s.sentence,
      count: s.count,
    };
  });
}
