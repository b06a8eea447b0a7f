import nlp from 'compromise/one';

/** A sentence of a paragraph with its character range. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, found);
  }
  return found;
}

/** Abbreviations that end with a full stop but not a sentence (compromise's list: "sen", "gov", "mr" …). */
const world = nlp.world() as { model: { one: { abbreviations: Record<string, unknown> } } };
const ABBREVIATIONS = new Set(Object.keys(world.model.one.abbreviations));

/** Initialisms ("U.S.", "J.") and listed abbreviations ("Sen.") at the end of a segment. */
function endsWithAbbreviation(segment: string): boolean {
  const last = /(\S+)\.\s*$/u.exec(segment)?.[1];
  if (!last) return false;
  return /^(?:\p{L}\.)*\p{L}$/u.test(last) || ABBREVIATIONS.has(last.toLowerCase());
}

/**
 * Splits a paragraph into sentences: Unicode sentence rules (Intl.Segmenter),
 * except that a break after an abbreviation or initialism ("U.S. Secretary
 * of State", "Sen. Paul") is not a sentence end.
 */
export function splitSentences(text: string, language = 'en'): Sentence[] {
  const sentences: Sentence[] = [];
  let pending: { start: number; text: string } | undefined;
  for (const part of segmenter(language).segment(text)) {
    const current = pending
      ? { start: pending.start, text: pending.text + part.segment }
      : { start: part.index, text: part.segment };
    if (endsWithAbbreviation(current.text) && part.index + part.segment.length < text.length) {
      pending = current;
      continue;
    }
    pending = undefined;
    const trimmed = current.text.trimEnd();
    if (trimmed.trim().length > 0)
      sentences.push({ text: trimmed, start: current.start, end: current.start + trimmed.length });
  }
  return sentences;
}

/** The sentence that contains character `offset` of `text`. */
export function sentenceAt(text: string, offset: number, language = 'en'): Sentence {
  const sentences = splitSentences(text, language);
  return (
    sentences.find((s) => offset >= s.start && offset < s.end) ??
    sentences.at(-1) ?? { text, start: 0, end: text.length }
  );
}
