import { commonWords, primaryLanguage } from '../../shared/common-words';
import { fold } from '../../shared/fold';
import { splitSentences } from '../../shared/sentences';
import { findQuote } from '../../content/render/quote-match';
import type { DictionaryEntity } from '../../content/render/entity-dictionary';
import { isPronoun, isSpeechNoun, isSpeechVerb } from './lexicon';
import { isOfficeWord } from '../../content/render/name-words';
import { groupNames, type NameFound, type NameKind } from './names';
import { findQuoteSpans, maskQuotes, type QuoteSpan } from './quote-spans';

/**
 * Who said a quotation: a profile, a person or body the dossier has no
 * profile for (by the name the text gives), or nobody the text names.
 */
export type Speaker = { entity: string } | { name: string; kind: NameKind } | null;

/** Which rule of the sieve found the speaker, or why there is none (docs/authoring/ingest.md, "Quotes"). */
export type SpeakerRule =
  | 'after' // “…,” he noted / », dijo Petro / —respondió Petro
  | 'colon' // Gustavo Petro, presidente de Colombia: “…”
  | 'according-to' // according to / según / segundo / para X,
  | 'speech-noun' // Trump's characterizations of him as a “…”
  | 'speech-verb' // the nearest verb of saying before the quote, and its subject
  | 'continuation' // a quotation that opens a sentence, after one whose speaker is known
  | 'unnamed' // the text gives a speaker without a name ("one community leader said")
  | 'scare' // one or two words with no verb of saying: a term, not a quotation
  | 'none'; // no attribution in the text

/** A quotation proposed for the quote registry. */
export interface QuoteCandidate {
  /** 1-based paragraph number. */
  paragraph: number;
  /** The words exactly as in the paragraph, without the marks (and without a trailing comma). */
  text: string;
  start: number;
  end: number;
  speaker: Speaker;
  rule: SpeakerRule;
  /** The words that name the speaker in the text ("the U.S. president", "he", "one community leader"). */
  cue?: string | undefined;
}

/** A thing a sentence can name as a speaker: a name, a pronoun, a role ("the U.S. president"), or a nameless description. */
interface Mention {
  start: number;
  end: number;
  text: string;
  /** Who it is, when known: resolved for names and roles; pronouns are resolved against the topic. */
  speaker: Speaker;
  type: 'name' | 'pronoun' | 'role' | 'unnamed';
  person: boolean;
  /** Written with a possessive ('s): it owns what follows, it does not act. */
  possessive: boolean;
}

/** What one rule of the sieve found: the mention naming the speaker, or the speaker itself (the topic). */
interface Attribution {
  mention?: Mention;
  speaker?: Speaker;
  rule: SpeakerRule;
}

/** What the sieve needs to know of the dossier. */
export interface QuoteContext {
  /** The names found in the article (findNames with the dossier's names). */
  names: readonly NameFound[];
  /** The dossier's profiles, for roles ("the U.S. president" is the person whose role is president of the US). */
  entities: readonly DictionaryEntity[];
}

const words = (...lines: string[]) => new Set(lines.join(' ').split(/\s+/).filter(Boolean));

/** Words skipped between a subject and its verb: auxiliaries and adverbs ("has also repeatedly told"). */
const AUXILIARIES = words(
  'has have had is was were be been also then later again now already still just reportedly publicly strongly',
  'repeatedly previously recently finally once would will could did does do not never',
  'ha han habia habian ya tambien luego despues nuevamente publicamente no nunca se le les lo la',
  'tem tinha ja tambem depois novamente publicamente nao nunca se lhe',
);
/** Prepositions: a name after one is no subject ("in Washington", "con Petro", "à reportagem"). */
const PREPOSITIONS = words(
  'in on at to from with by for of about into onto under over against between during through',
  'towards toward near without aboard via per',
  'en a al de del con por para sobre contra entre tras desde hacia hasta sin durante ante bajo',
  'em no na nos nas ao aos a as à às de do da dos das com por pelo pela para sobre contra entre apos desde sem durante',
);
const DEFINITE = words('the el la los las o a os as');
/** Nouns for a country's government: "o governo dos Estados Unidos" speaks for that country. */
const GOVERNMENT = words('government gobierno governo administration administracion administracao');
const INDEFINITE = words(
  'a an one some several two three many un una unos unas uno um uma uns umas alguns algumas varios varias vários várias',
);
const RELATIVES = words('who which that quien quienes que quem qual');
/** "according to", "según", "segundo", and "Para" opening a sentence ("Para o analista X, …"): what X says follows. */
const ACCORDING = /\b(?:according to|según|segun|segundo|de acuerdo con|de acordo com)\b|^[\s"“«]*para\b/giu;
const GERUND = /(?:ing|ando|endo|iendo)$/u;
/**
 * Verbs of saying that also mean acting (defend, urge, agree, promise): when
 * one stands inside what a plain verb of saying reports ("Vieira disse que
 * Brasília defende “…”"), the speaker is the one who said it.
 */
const WEAK_VERBS = words(
  'defend defends defended defending urge urges urged demand demands demanded promise promises promised pledge',
  'pledges pledged vow vows vowed threaten threatens threatened agree agrees agreed respond responds responded',
  'criticise criticised criticize criticized condemn condemned denounce denounced accuse accuses accused dismiss',
  'dismissed label labelled labeled brand branded characterize characterized characterise characterised report',
  'reported suggest suggested acknowledge acknowledged recall recalled predict predicted repeat repeated',
  'reiterate reiterated maintain maintained concede conceded caution cautioned lament lamented complain complained',
  'defiende defendio pide pidio exige exigio promete prometio amenaza amenazo critica critico denuncia denuncio',
  'acusa acuso califica califico responde respondio reconoce reconocio reitera reitero',
  'defende defendeu pede pediu exige exigiu promete prometeu ameaca ameacou critica criticou denuncia denunciou',
  'acusa acusou classifica classificou responde respondeu reconhece reconheceu reitera reiterou',
);
/** Words that make a verb a possibility, not something said: "Bogotá would respond". */
const MODALS = words('would will could should might may can must deberia podria tendria vai iria poderia deveria');

/** English verbs of saying written before their subject: "…,” said Martín Pallares. */
const INVERTIBLE = words(
  'said says added asked wrote noted told explained replied continued argued warned recalled insisted',
);
/** Words before which a word of saying is a noun ("the call", "his remarks", "la denuncia"), not a verb. */
const NOUN_MARKERS = words(
  'the a an his her their its this that these those our my your',
  'el la los las un una unos unas su sus este esta ese esa',
  'o a os as um uma uns umas seu sua seus suas este esta esse essa',
);

/** Role words that name the same office across the three languages, folded: "president" = "presidente" = "mandatario". */
const ROLE_EQUIVALENTS: string[][] = [
  ['president', 'presidente', 'presidenta', 'mandatario', 'mandataria'],
  ['minister', 'ministro', 'ministra', 'canciller', 'chanceler'],
  ['secretary', 'secretario', 'secretaria'],
  ['senator', 'senador', 'senadora'],
  ['ambassador', 'embajador', 'embajadora', 'embaixador', 'embaixadora'],
  ['leader', 'lider', 'dirigente'],
  ['host', 'presentador', 'presentadora', 'apresentador', 'apresentadora'],
  ['journalist', 'periodista', 'jornalista'],
];

/** The office a role word stands for, as the first word of its equivalents. */
function office(word: string): string | undefined {
  const key = fold(word);
  return ROLE_EQUIVALENTS.find((group) => group.includes(key))?.[0];
}

/** True when what stands between a role and a name keeps them one phrase: "o ministro do Interior colombiano, Armando Benedetti". */
function describes(gap: string): boolean {
  if (!/,?\s+$/u.test(gap)) return false;
  const words = gap.split(/[\s,]+/u).filter(Boolean);
  return words.length <= 4 && words.every((w) => /^\p{Ll}/u.test(w) || isOfficeWord(w)) && !/,.*\S.*,/u.test(gap);
}

/** The country a demonym points to, among the places the dossier profiles ("colombiano" → colombia). */
function demonymPlace(word: string, entities: readonly DictionaryEntity[]): string | undefined {
  const key = fold(word);
  if (
    /^(?:american|norteamericano|norteamericana|estadounidense|estadunidense|norte-americano|norte-americana|americano|americana)$/u.test(
      key,
    )
  )
    return entities.some((e) => e.id === 'united-states') ? 'united-states' : undefined;
  if (key.length < 6) return undefined;
  const stem = key.slice(0, 5);
  const places = entities.filter(
    (e) => e.kind === 'places' && fold(e.name).startsWith(stem) && !fold(e.name).includes(' '),
  );
  return places.length === 1 ? places[0]!.id : undefined;
}

interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*\.?/gu;

function wordsIn(masked: string): Word[] {
  return [...masked.matchAll(WORD)].map((m) => {
    let text = m[0];
    if (text.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(text)) text = text.slice(0, -1);
    return { text, folded: fold(text), start: m.index, end: m.index + text.length };
  });
}

/**
 * Proposes every direct quotation of an article with its speaker, by a sieve
 * of rules tried in order (after Muzny et al., "A two-stage sieve approach for
 * quote attribution", EACL 2017; no library does this): an attribution right
 * after the quote; a name before a colon; "according to"; a possessive noun
 * of saying; the nearest verb of saying before the quote and its subject
 * (for a participle or "and said", the sentence's subject; a Spanish or
 * Portuguese verb without subject, the topic); a quotation that continues the
 * last speaker. Pronouns and "the president" resolve to the first person of
 * the sentence before. One or two words with no verb of saying are a scare
 * quote: no speaker. A description without a name gives no speaker. Every
 * candidate's text is checked word for word against its paragraph.
 */
export function findQuotes(paragraphs: readonly string[], language: string, context: QuoteContext): QuoteCandidate[] {
  const lang = primaryLanguage(language);
  // A short form takes its full name's name and kind: "Vance" is JD Vance, a person.
  const canonical = new Map<NameFound, { name: string; kind: NameKind }>();
  for (const group of groupNames(context.names)) for (const o of group.occurrences) canonical.set(o, group);
  const foundRoles = groupNames(context.names).filter((g) => g.role && g.kind === 'person');
  const candidates: QuoteCandidate[] = [];
  let topic: { person: Speaker; any: Speaker } = { person: null, any: null };
  let lastSpeaker: { speaker: Speaker; paragraph: number } | undefined;

  paragraphs.forEach((text, index) => {
    const paragraph = index + 1;
    const spans = findQuoteSpans(text);
    const masked = maskQuotes(text, spans);
    const sentences = splitSentences(masked, lang);
    const words = wordsIn(masked);
    const names = context.names.filter((n) => n.paragraph === paragraph);
    const inQuote = (offset: number) => spans.some((s) => offset >= s.start && offset < s.end);

    /** The names, pronouns and roles of the paragraph outside quotations, in order. */
    const mentions: Mention[] = [];
    for (const n of names) {
      if (inQuote(n.start)) continue;
      const group = canonical.get(n) ?? n;
      const speaker: Speaker = n.entity ? { entity: n.entity } : { name: group.name, kind: group.kind };
      const possessive = /^['’]s\b/u.test(text.slice(n.end, n.end + 3));
      mentions.push({
        start: n.start,
        end: n.end,
        text: n.name,
        speaker,
        type: 'name',
        person: group.kind === 'person',
        possessive,
      });
    }
    words.forEach((word, k) => {
      if (inQuote(word.start) || mentions.some((m) => word.start >= m.start && word.start < m.end)) return;
      if (isPronoun(word.text)) {
        const person = !/^(?:it|they|ellos|ellas|eles|elas)$/u.test(word.folded);
        mentions.push({
          start: word.start,
          end: word.end,
          text: word.text,
          speaker: null,
          type: 'pronoun',
          person,
          possessive: false,
        });
        return;
      }
      // A capitalised title goes with a name ("President Petro"); a lower-case one may be a role: "the U.S. president".
      if (office(word.text) && !/^\p{Lu}/u.test(word.text)) {
        const phrase = rolePhrase(words, k, masked, names, context.entities, foundRoles);
        // A role written next to a name describes it ("El presidente Gustavo Petro", "Ricardo Roa, the president
        // of …", "El ministro de Defensa, Pedro Sánchez,"): the name is the mention.
        const described =
          phrase &&
          names.some(
            (n) =>
              (n.start >= phrase.end && describes(masked.slice(phrase.end, n.start))) ||
              (n.end <= phrase.start && /^,\s+$/u.test(masked.slice(n.end, phrase.start))),
          );
        if (phrase && !described) mentions.push(phrase);
      }
    });
    mentions.sort((a, b) => a.start - b.start);

    const resolve = (m: Mention | undefined): Speaker => {
      if (!m) return null;
      if (m.type === 'pronoun') return m.person ? topic.person : topic.any;
      if (m.type === 'role' && m.speaker === null) return topic.person;
      return m.speaker;
    };

    for (const sentence of sentences) {
      const inside = spans.filter((s) => s.start >= sentence.start && s.start < sentence.end);
      const sentenceMentions = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      const sentenceWords = words.filter(
        (w) => w.start >= sentence.start && w.end <= sentence.end && !inQuote(w.start),
      );
      for (const span of inside) {
        const quote = text.slice(span.start, span.end);
        const attribution = attribute(span, quote);
        const speaker = attribution.speaker;
        candidates.push({ paragraph, text: quote, start: span.start, end: span.end, ...attribution });
        if (speaker) lastSpeaker = { speaker, paragraph };
      }
      // The topic for the next sentence: its first person named (a pronoun standing for the topic keeps it).
      // (A role that names nobody in particular, "the president", counts only when no name follows it.)
      const people = sentenceMentions.filter((m) => m.person && m.type !== 'unnamed');
      const firstPerson = people.find((m) => m.type !== 'role' || m.speaker !== null) ?? people[0];
      const firstAny = sentenceMentions.find((m) => m.type !== 'unnamed');
      const person = resolve(firstPerson);
      const any = resolve(firstAny);
      topic = { person: person ?? topic.person, any: any ?? person ?? topic.any };

      /** Attribution of one quotation of this sentence. */
      function attribute(span: QuoteSpan, quote: string): Omit<QuoteCandidate, 'paragraph' | 'text' | 'start' | 'end'> {
        const wordCount = quote.split(/\s+/).filter(Boolean).length;
        const found: Attribution | undefined = after(span) ?? colon(span) ?? before(span);
        if (found) {
          const speaker = found.mention ? resolve(found.mention) : found.speaker;
          if (found.mention?.type === 'unnamed') return { speaker: null, rule: 'unnamed', cue: found.mention.text };
          return { speaker: speaker ?? null, rule: speaker ? found.rule : 'none', cue: found.mention?.text };
        }
        const opensSentence = /^[\s"“«‘'¿¡—–-]*$/u.test(masked.slice(sentence.start, span.open));
        if (
          wordCount >= 3 &&
          opensSentence &&
          /^[\p{Lu}¿¡]/u.test(quote) &&
          lastSpeaker &&
          paragraph - lastSpeaker.paragraph <= 1
        ) {
          return { speaker: lastSpeaker.speaker, rule: 'continuation' };
        }
        return { speaker: null, rule: wordCount <= 2 ? 'scare' : 'none' };
      }

      /** An attribution right after the quote: “…,” he noted / », dijo Petro / —respondió Petro / ”, declarou. */
      function after(span: QuoteSpan): Attribution | undefined {
        const next = spans.find((s) => s.start > span.end);
        const limit = Math.min(sentence.end, next ? next.open : Infinity);
        const tail = sentenceWords.filter((w) => w.start >= span.close && w.start < limit).slice(0, 7);
        if (!/^[\s,.;:!?—–-]*$/u.test(masked.slice(span.close, tail[0]?.start ?? span.close))) return undefined;
        const v = tail.findIndex((w, k) => !/^\p{Lu}/u.test(w.text) && isVerbOfSaying(w, tail[k - 1]));
        if (v < 0) return undefined;
        const verb = tail[v]!;
        // What stands between the quote and the verb must be its subject and adverbs only: not a clause of its own.
        const between = tail.slice(0, v).filter((w) => !AUXILIARIES.has(w.folded) && !/ly$/u.test(w.folded));
        if (between.length > 0) {
          const subject = sentenceMentions.find((m) => m.start <= between[0]!.start && m.end >= between.at(-1)!.end);
          if (subject) return { mention: subject, rule: 'after' };
          const unnamed = unnamedBefore(verb, span.close);
          if (unnamed && unnamed.start <= between[0]!.start) return { mention: unnamed, rule: 'after' };
          return undefined;
        }
        const subject = subjectAfter(verb);
        if (subject) return { mention: subject, rule: 'after' };
        if (lang !== 'en') return { speaker: topic.person, rule: 'after' };
        return undefined;
      }

      /** A verb of saying, not the noun of the same form after an article ("the call", "la denuncia"). */
      function isVerbOfSaying(w: Word, previous: Word | undefined): boolean {
        return (
          isSpeechVerb(w.text, lang) &&
          !(previous && NOUN_MARKERS.has(previous.folded) && !/^\p{Lu}/u.test(previous.text))
        );
      }

      /** Gustavo Petro, presidente de Colombia: “…” — a name before a colon with no verb of saying. */
      function colon(span: QuoteSpan): Attribution | undefined {
        if (!/:\s*$/u.test(masked.slice(sentence.start, span.open))) return undefined;
        const clause = sentenceWords.filter((w) => w.end <= span.open);
        if (clause.some((w, k) => isVerbOfSaying(w, clause[k - 1]))) return undefined;
        // The clause's subject: its first person not after a preposition ("Bernie Moreno, que acompañó a Vance, fue
        // más duro:"), else the last name before the colon.
        const before = sentenceMentions.filter((m) => m.end <= span.open && m.type !== 'unnamed');
        const person = before.find((m) => m.person && !m.possessive && !afterPreposition(m)) ?? before.at(-1);
        return person ? { mention: person, rule: 'colon' } : undefined;
      }

      /** The closest cue before the quote: "according to X", "X's remarks", or a verb of saying and its subject. */
      function before(span: QuoteSpan): Attribution | undefined {
        const ahead = sentenceWords.filter((w) => w.end <= span.open);
        // Stop at an earlier quote's end only if another verb of saying follows it.
        let verbIndex = -1;
        for (let k = ahead.length - 1; k >= 0; k--) {
          const w = ahead[k]!;
          // A capital is no verb ("United States"), unless the verb opens the sentence ("Añadió que …").
          if (/^\p{Lu}/u.test(w.text) && k > 0) continue;
          if (isSpeechNoun(w.text) && ownerBefore(w)) {
            verbIndex = k;
            break;
          }
          if (!isVerbOfSaying(w, ahead[k - 1]) || (ahead[k - 1] && MODALS.has(ahead[k - 1]!.folded))) continue;
          verbIndex = k;
          // A weaker verb inside what a plain verb of saying reports: the plain verb's subject said it.
          if (WEAK_VERBS.has(w.folded)) {
            const plain = ahead.slice(0, k).findLastIndex(
              (x, j) =>
                (!/^\p{Lu}/u.test(x.text) || j === 0) &&
                isVerbOfSaying(x, ahead[j - 1]) &&
                !WEAK_VERBS.has(x.folded) &&
                // In what it reports: after "that"/"que", or with no comma between ("said the two leaders had agreed").
                (ahead.slice(j + 1, k).some((y) => /^(?:that|que)$/u.test(y.folded)) ||
                  !/[,;:]/u.test(masked.slice(x.end, w.start))),
            );
            if (plain >= 0) verbIndex = plain;
          }
          break;
        }
        const according = accordingTo(span);
        const verb = ahead[verbIndex];
        if (according && (!verb || according.start > verb.start))
          return { mention: according.mention, rule: 'according-to' };
        if (!verb) return undefined;
        if (isSpeechNoun(verb.text)) return { mention: ownerBefore(verb)!, rule: 'speech-noun' };
        const previous = ahead[verbIndex - 1];
        const coordinated = previous && /^(?:and|y|e)$/u.test(previous.folded);
        if (GERUND.test(verb.folded) || coordinated) {
          const subject = sentenceSubject();
          if (subject) return { mention: subject, rule: 'speech-verb' };
        }
        const subject = subjectBefore(verb) ?? (lang !== 'en' ? subjectAfter(verb) : undefined);
        if (subject) return { mention: subject, rule: 'speech-verb' };
        if (lang !== 'en') return { speaker: topic.person, rule: 'speech-verb' };
        return undefined;
      }

      /** "according to X" / "según X" / "segundo X" / "Para X," before the quote: X. */
      function accordingTo(span: QuoteSpan): { start: number; mention: Mention } | undefined {
        const text = masked.slice(sentence.start, span.open);
        const heads = [...text.matchAll(ACCORDING)];
        const head = heads.at(-1);
        if (!head) return undefined;
        const from = sentence.start + head.index + head[0].length;
        // The first name after it, past a description ("el analista", "o ministro do Interior colombiano,").
        const mention = sentenceMentions.find((m) => m.start >= from && m.end <= span.open && m.type !== 'pronoun');
        if (!mention) return undefined;
        const gap = masked
          .slice(from, mention.start)
          .split(/[\s,]+/u)
          .filter(Boolean);
        if (gap.length > 6 || !gap.every((w) => /^\p{Ll}/u.test(w) || isOfficeWord(w))) return undefined;
        if (masked.slice(mention.end, span.open).split(',').length > 3) return undefined;
        return { start: sentence.start + head.index, mention };
      }

      /** The possessor right before a noun of saying: "Trump’s previous characterizations". */
      function ownerBefore(noun: Word): Mention | undefined {
        return sentenceMentions.find((m) => m.possessive && m.end <= noun.start && noun.start - m.end <= 20);
      }

      /** The subject of the sentence: its first name, pronoun or role not after a preposition nor possessive. */
      function sentenceSubject(): Mention | undefined {
        return sentenceMentions.find((m) => !m.possessive && m.type !== 'unnamed' && !afterPreposition(m));
      }

      /** True for a name after a preposition, over an article ("in the Oval Office", "à agência Reuters"). */
      function afterPreposition(m: Mention): boolean {
        const ahead = sentenceWords.filter((w) => w.end <= m.start);
        let previous = ahead.at(-1);
        if (previous && DEFINITE.has(previous.folded) && !/^\p{Lu}/u.test(previous.text)) previous = ahead.at(-2);
        // A preposition has a capital only when it opens the sentence ("Desde Caracas, …").
        const opens = previous !== undefined && previous === sentenceWords[0];
        return (
          previous !== undefined && PREPOSITIONS.has(previous.folded) && (!/^\p{Lu}/u.test(previous.text) || opens)
        );
      }

      /**
       * The subject written before a verb: skip auxiliaries and adverbs; skip a
       * clause between commas unless it is the name ("Colombia's trade minister,
       * Diana Morales, called"); through "who"/"quien" to the name it stands for.
       */
      function subjectBefore(verb: Word): Mention | undefined {
        let k = sentenceWords.indexOf(verb) - 1;
        let boundary = verb.start;
        for (let hops = 0; hops < 30 && k >= 0; hops++) {
          const w = sentenceWords[k]!;
          const gap = masked.slice(w.end, boundary);
          if (/[,;()]/u.test(gap)) {
            const m = mentionAt(w);
            if (m && m.type === 'name' && !m.possessive && commaBefore(m)) return m;
            // A parenthetical or relative clause: go back to the comma that opens it, and read on before it.
            const open = sentenceWords
              .slice(0, k)
              .findLastIndex((x, j) => /[,;(]/u.test(masked.slice(x.end, sentenceWords[j + 1]!.start)));
            if (open < 0) break;
            k = open;
            boundary = sentenceWords[open]!.end;
            continue;
          }
          if (AUXILIARIES.has(w.folded) || /ly$/u.test(w.folded)) {
            k--;
            boundary = w.start;
            continue;
          }
          if (RELATIVES.has(w.folded)) {
            const antecedent = sentenceMentions.filter((m) => m.end <= w.start && !m.possessive && m.person).at(-1);
            return antecedent;
          }
          const m = mentionAt(w);
          if (m) {
            if (m.possessive) return unnamedBefore(verb, m.start) ?? undefined;
            if (afterPreposition(m) && m.type === 'name') {
              const preposition = sentenceWords.filter((x) => x.end <= m.start).at(-1)!;
              k = sentenceWords.indexOf(preposition) - 1;
              // "the government of the United States", "o governo dos Estados Unidos": that country.
              if (sentenceWords[k] && GOVERNMENT.has(sentenceWords[k]!.folded)) return m;
              boundary = m.start;
              continue;
            }
            return m;
          }
          if (!/^\p{Lu}/u.test(w.text) && !PREPOSITIONS.has(w.folded)) return unnamedBefore(verb, sentence.start);
          return undefined;
        }
        return undefined;
      }

      /** The subject written after a verb ("dijo Petro", "disse ela", "respondió el mandatario"), past a prepositional phrase. */
      function subjectAfter(verb: Word): Mention | undefined {
        // English puts the subject after only a few verbs ("said Martín Pallares"); Spanish and Portuguese after any.
        if (lang === 'en' && !INVERTIBLE.has(verb.folded)) return undefined;
        const rest = sentenceWords.filter((w) => w.start > verb.start);
        let k = 0;
        // Past prepositional phrases: "a esta redacción", "à reportagem", "en una rueda de prensa", "to reporters".
        while (rest[k] && PREPOSITIONS.has(rest[k]!.folded) && !/^\p{Lu}/u.test(rest[k]!.text)) {
          k++;
          if (
            rest[k] &&
            (DEFINITE.has(rest[k]!.folded) || INDEFINITE.has(rest[k]!.folded) || NOUN_MARKERS.has(rest[k]!.folded))
          )
            k++;
          while (
            rest[k] &&
            !/^\p{Lu}/u.test(rest[k]!.text) &&
            !INDEFINITE.has(rest[k]!.folded) &&
            !DEFINITE.has(rest[k]!.folded) &&
            !PREPOSITIONS.has(rest[k]!.folded)
          )
            k++;
          // A name right after the preposition's noun is its object: "à emissora Telesur", "to the newspaper El Tiempo".
          const object = rest[k] && /^\p{Lu}/u.test(rest[k]!.text) ? mentionAt(rest[k]!) : undefined;
          if (object && !/[,;:]/u.test(masked.slice(rest[k - 1]!.end, rest[k]!.start))) {
            while (rest[k] && rest[k]!.start < object.end) k++;
          }
        }
        // "said economist Camila Herrera", "disse o presidente Luiz Inácio Lula da Silva": a descriptor before a name.
        for (let d = k; d < Math.min(rest.length, k + 4); d++) {
          if (!/^\p{Lu}/u.test(rest[d]!.text)) continue;
          const named = mentionAt(rest[d]!);
          const descriptor = rest.slice(k, d);
          const describing = descriptor.every(
            (x, j) =>
              (j === 0 && DEFINITE.has(x.folded)) || (!commonWords(lang).has(x.folded) && !INDEFINITE.has(x.folded)),
          );
          if (d > k && d - k <= 3 && named?.type === 'name' && describing) k = d;
          break;
        }
        const w = rest[k];
        if (!w) return undefined;
        const m = mentionAt(w);
        // "remarks Petro strongly condemned": a subject followed by a verb of its own is that verb's.
        const then = rest.filter((x) => m && x.start >= m.end).slice(0, 2);
        if (m && then.some((x, j) => isVerbOfSaying(x, then[j - 1]))) return undefined;
        if (m) return m;
        if (INDEFINITE.has(w.folded)) {
          // The description runs over lower-case words up to a punctuation mark: "un líder comunitario de Tibú".
          const phrase = [w];
          for (const x of rest.slice(k + 1, k + 5)) {
            if (/^\p{Lu}/u.test(x.text) || /[^\s]/u.test(masked.slice(phrase.at(-1)!.end, x.start))) break;
            phrase.push(x);
          }
          return {
            start: w.start,
            end: phrase.at(-1)!.end,
            text: text.slice(w.start, phrase.at(-1)!.end),
            speaker: null,
            type: 'unnamed',
            person: true,
            possessive: false,
          };
        }
        return undefined;
      }

      /** A nameless subject right before a verb: "one community leader said", "a Colombian official said", "some in Washington called". */
      function unnamedBefore(verb: Word, from: number): Mention | undefined {
        const ahead = sentenceWords.filter((w) => w.end <= verb.start && w.start >= from);
        const start = ahead.findLastIndex((w) => INDEFINITE.has(w.folded));
        if (start < 0) return undefined;
        const phrase = ahead.slice(start);
        // No name of its own in it, except after a preposition ("some in Washington").
        const named = phrase.some((w) => {
          const m = mentionAt(w);
          return m !== undefined && m.type === 'name' && !afterPreposition(m);
        });
        if (phrase.length > 7 || named) return undefined;
        const end = phrase.at(-1)!.end;
        return {
          start: phrase[0]!.start,
          end,
          text: text.slice(phrase[0]!.start, end),
          speaker: null,
          type: 'unnamed',
          person: true,
          possessive: false,
        };
      }

      function commaBefore(m: Mention): boolean {
        return /,\s*$/u.test(masked.slice(sentence.start, m.start));
      }

      function mentionAt(w: Word): Mention | undefined {
        return sentenceMentions.find((m) => w.start >= m.start && w.start < m.end);
      }
    }
  });
  return candidates.filter((c) => findQuote(c.text, paragraphs[c.paragraph - 1]!) !== undefined);
}

/**
 * A role named with the definite article ("the U.S. president", "el presidente
 * colombiano", "o presidente dos EUA", "el mandatario"): the person whose role
 * is that office, in the country named, among the dossier's profiles and the
 * roles this article gives new names. Unresolved (speaker null) when it could
 * be more than one: the topic is then tried.
 */
function rolePhrase(
  words: readonly Word[],
  k: number,
  masked: string,
  names: readonly NameFound[],
  entities: readonly DictionaryEntity[],
  foundRoles: ReturnType<typeof groupNames>,
): Mention | undefined {
  const word = words[k]!;
  const role = office(word.text)!;
  // Walk left over a country ("U.S.", "US") or an adjective to the article.
  let start = k;
  let place: string | undefined;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = words[j]!;
    const name = names.find((n) => w.start >= n.start && w.start < n.end);
    if (name?.entity && name.kind === 'place') {
      place = name.entity;
      start = j;
      continue;
    }
    if (DEFINITE.has(w.folded)) {
      start = j;
      break;
    }
    if (!/^\p{Lu}/u.test(w.text) && !INDEFINITE.has(w.folded) && j === k - 1 && !PREPOSITIONS.has(w.folded)) {
      start = j;
      continue;
    }
    return undefined;
  }
  if (!DEFINITE.has(words[start]!.folded)) return undefined;
  let end = word.end;
  let holder: NameFound | undefined;
  // After: a demonym ("colombiano") or "of/de/dos" and a place.
  const next = words[k + 1];
  if (next) {
    const demonym = demonymPlace(next.text, entities);
    if (demonym && !place) {
      place = demonym;
      end = next.end;
    } else if (/^(?:of|de|del|da|do|dos|das)$/u.test(next.folded)) {
      const after = names.find((n) => n.start >= next.end && n.start - next.end <= 5);
      if (after?.kind === 'place' && after.entity) place = after.entity;
      else if (after) holder = after;
      if (after) end = after.end;
    }
  }
  // "o presidente da Ecopetrol": whoever the text or the dossier gives that role in that body.
  if (holder) {
    const holderKey = fold(holder.name);
    const inText = foundRoles.filter((g) => g.role!.of !== undefined && fold(g.role!.of) === holderKey);
    const inDossier = holder.entity
      ? entities.filter((e) => e.kind === 'people' && e.roles.some((r) => r.of === holder!.entity))
      : [];
    const speaker: Speaker =
      inText.length === 1 && inDossier.length === 0
        ? { name: inText[0]!.name, kind: 'person' }
        : inDossier.length === 1 && inText.length === 0
          ? { entity: inDossier[0]!.id }
          : null;
    return {
      start: words[start]!.start,
      end,
      text: masked.slice(words[start]!.start, end),
      speaker,
      type: 'role',
      person: true,
      possessive: false,
    };
  }
  const matching = entities.filter(
    (e) =>
      e.kind === 'people' &&
      e.roles.some((r) => r.title.split(/\s+/).some((t) => office(t) === role) && (!place || r.of === place)),
  );
  const fromText = foundRoles.filter((g) => g.role!.title.split(/\s+/).some((t) => office(t) === role));
  let speaker: Speaker = null;
  if (matching.length === 1 && (place || fromText.length === 0)) speaker = { entity: matching[0]!.id };
  else if (matching.length === 0 && fromText.length === 1 && !place) {
    speaker = { name: fromText[0]!.name, kind: 'person' };
  }
  return {
    start: words[start]!.start,
    end,
    text: masked.slice(words[start]!.start, end),
    speaker,
    type: 'role',
    person: true,
    possessive: false,
  };
}
