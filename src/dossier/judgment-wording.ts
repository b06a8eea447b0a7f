import {
  BARE_HEDGES,
  CONFIDENCE_WORDS,
  LIKELIHOOD_IDS,
  LIKELIHOODS,
  OTHER_ROW,
  type Likelihood,
} from '../schemas/likelihood';
import { splitSentences } from '../shared/sentences';

/** One word or phrase of a judgment's text that speaks of likelihood or confidence, where it stands. */
export interface FoundTerm {
  /** The words as written. */
  text: string;
  /** Which kind: a yardstick term (its likelihood), a second-row word, a bare hedge, a confidence word. */
  kind: 'likelihood' | 'other-row' | 'hedge' | 'confidence';
  /** For a yardstick term, its likelihood; for a second-row word, the yardstick term to write instead. */
  likelihood?: Likelihood;
  instead?: string;
  /** Offset in the text. */
  index: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Every phrase to look for, longest first, so "very likely" is found before "likely" and "highly probable" before "probable". */
const PHRASES: Array<Omit<FoundTerm, 'text' | 'index'> & { phrase: string }> = [
  ...LIKELIHOOD_IDS.flatMap((likelihood) =>
    LIKELIHOODS[likelihood].forms.map((phrase) => ({ phrase, kind: 'likelihood' as const, likelihood })),
  ),
  ...OTHER_ROW.flatMap(({ words, instead }) =>
    words.map((phrase) => ({ phrase, kind: 'other-row' as const, instead })),
  ),
  ...BARE_HEDGES.map((phrase) => ({ phrase, kind: 'hedge' as const })),
  ...CONFIDENCE_WORDS.map((phrase) => ({ phrase, kind: 'confidence' as const })),
].sort((a, b) => b.phrase.length - a.phrase.length);

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${PHRASES.map((p) => escape(p.phrase)).join('|')})(?![\\p{L}\\p{N}-])`,
  'giu',
);

/** "May" followed or preceded by a day or a year is the month, not a hedge. */
function isMonth(text: string, index: number, length: number): boolean {
  return (
    /^\s+\d/.test(text.slice(index + length)) ||
    /\d\s+$/.test(text.slice(0, index)) ||
    text.slice(index, index + 1) === 'M'
  );
}

/** The likelihood, second-row, hedge and confidence words of a text, in order. */
export function findTerms(text: string): FoundTerm[] {
  const found: FoundTerm[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const words = match[0].toLowerCase().replace(/\s+/g, ' ');
    const phrase = PHRASES.find((p) => p.phrase === words)!;
    if (phrase.kind === 'hedge' && words === 'may' && isMonth(text, match.index, match[0].length)) continue;
    const { phrase: _phrase, ...rest } = phrase;
    found.push({ ...rest, text: match[0], index: match.index });
  }
  return found;
}

/** A yardstick term as a judgment's text should hold it, in quotes. */
const quoted = (likelihood: Likelihood) => `"${LIKELIHOODS[likelihood].term}"`;

/**
 * What is wrong with a judgment's wording, as sentences to an author (empty when nothing is): the text must carry the
 * term of its own likelihood and no other; no word of ICD 203's second row; no bare hedge (may, might, could,
 * possibly …), which states no likelihood; and no confidence word in the sentence that gives the likelihood.
 */
export function wordingProblems(text: string, likelihood: Likelihood): string[] {
  const problems: string[] = [];
  const terms = findTerms(text);
  const own = terms.filter((t) => t.kind === 'likelihood' && t.likelihood === likelihood);
  const others = [
    ...new Set(terms.filter((t) => t.kind === 'likelihood' && t.likelihood !== likelihood).map((t) => t.likelihood!)),
  ];
  const range = LIKELIHOODS[likelihood].range;
  if (own.length === 0) {
    problems.push(
      others.length > 0
        ? `says ${others.map(quoted).join(' and ')}, but its likelihood is ${likelihood} (${range[0]}–${range[1]} %). Write ${quoted(likelihood)} in the text, or change likelihood to match it.`
        : `does not say how likely it is. Put its likelihood term, ${quoted(likelihood)} (${range[0]}–${range[1]} %), in the text.`,
    );
  } else if (others.length > 0) {
    problems.push(
      `says both ${quoted(likelihood)} and ${others.map(quoted).join(' and ')}: a judgment has one likelihood. Split it into two judgments.`,
    );
  }
  for (const term of terms.filter((t) => t.kind === 'other-row')) {
    problems.push(
      `uses "${term.text}", a term of ICD 203's second row; this dossier uses the first row only, so the two never mix. Write "${term.instead}" (or the term that fits).`,
    );
  }
  for (const term of terms.filter((t) => t.kind === 'hedge')) {
    problems.push(
      `hedges with "${term.text}", which says something is possible without saying how likely. State it with the likelihood term ${quoted(likelihood)} instead, or drop the hedge.`,
    );
  }
  const confidence = terms.filter((t) => t.kind === 'confidence');
  if (confidence.length > 0) {
    const likelihoodAt = new Set(own.map((t) => t.index));
    for (const sentence of splitSentences(text)) {
      const inside = (t: FoundTerm) => t.index >= sentence.start && t.index < sentence.end;
      const word = confidence.find(inside);
      if (word && [...likelihoodAt].some((i) => i >= sentence.start && i < sentence.end)) {
        problems.push(
          `says "${word.text}" in the sentence that gives its likelihood. Confidence is about the evidence and is stated apart: move it to confidence and confidenceBasis.`,
        );
      }
    }
  }
  return problems;
}

/** What is wrong with a confidence basis: it speaks of the evidence, so it carries no likelihood term or hedge. */
export function confidenceBasisProblems(text: string): string[] {
  return findTerms(text)
    .filter((t) => t.kind === 'likelihood' || t.kind === 'other-row')
    .map(
      (t) =>
        `says "${t.text}", a likelihood word. The confidence basis says why the evidence is strong or weak, never how likely the judgment is: that is the text's.`,
    );
}
