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

/** Splits a paragraph into sentences with the Unicode sentence rules of its language. */
export function splitSentences(text: string, language = 'en'): Sentence[] {
  const sentences: Sentence[] = [];
  for (const part of segmenter(language).segment(text)) {
    const trimmed = part.segment.trimEnd();
    if (trimmed.trim().length === 0) continue;
    sentences.push({ text: trimmed, start: part.index, end: part.index + trimmed.length });
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
