import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../src/shared/sentences';

describe('splitSentences', () => {
  it.each([
    ['two sentences', 'Petro spoke. Trump replied.', ['Petro spoke.', 'Trump replied.']],
    [
      'an initialism before a capital is not a sentence end',
      'Villavicencio and U.S. Secretary of State Marco Rubio coordinate. Next.',
      ['Villavicencio and U.S. Secretary of State Marco Rubio coordinate.', 'Next.'],
    ],
    ['a listed abbreviation', 'He met Sen. Paul today. Then left.', ['He met Sen. Paul today.', 'Then left.']],
    ['quotes close a sentence', "He said 'no.' Then he left.", ["He said 'no.'", 'Then he left.']],
    ['Spanish punctuation', '¿Qué pasa? ¡Nada! Bien.', ['¿Qué pasa?', '¡Nada!', 'Bien.']],
    ['an initialism at the very end', 'He flew to the U.S.', ['He flew to the U.S.']],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('gives ranges into the original text', () => {
    const text = 'First one. Second one.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('finds the sentence around an offset', () => {
    const text = 'Preparations are under way with U.S. Secretary of State Marco Rubio. Petro agreed.';
    expect(sentenceAt(text, text.indexOf('Rubio')).text).toBe(
      'Preparations are under way with U.S. Secretary of State Marco Rubio.',
    );
    expect(sentenceAt(text, text.indexOf('agreed')).text).toBe('Petro agreed.');
  });
});
