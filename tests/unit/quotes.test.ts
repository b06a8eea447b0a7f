import { describe, expect, it } from 'vitest';
import { findQuote, quoteAppearsIn } from '../../src/content/render/quote-match';

const paragraph =
  "Trump described Petro as a 'sick man who likes making cocaine and selling it to the United States,' adding: 'He's not going to be doing it for very long.'";

describe('quoteAppearsIn', () => {
  it.each([
    ['the exact words', 'sick man who likes making cocaine', true],
    ['curly quotes for straight ones', '‘He’s not going to be doing it for very long.’', true],
    ['extra white space', 'sick  man who\nlikes', true],
    ['a changed word', 'sick man who loves making cocaine', false],
    ['a dropped accent is a change', 'Petró', false],
    ['words out of order', 'man sick', false],
  ])('%s → %s', (_name, quote, expected) => {
    expect(quoteAppearsIn(quote, paragraph)).toBe(expected);
  });
});

describe('findQuote', () => {
  it('returns the range of the original text, across curly quotes and white space', () => {
    const text = 'He said: ‘we are  going to start now’ and left.';
    const range = findQuote("we are going to start now'", text)!;
    expect(text.slice(range.start, range.end)).toBe('we are  going to start now’');
  });

  it('is undefined for a quote that is not there', () => {
    expect(findQuote('not there', 'Something else.')).toBeUndefined();
  });
});
