import { describe, expect, it } from 'vitest';
import { checkSummary } from '../../src/content/render/summary-citations';

describe('checkSummary', () => {
  it('collects citations and finds no uncited sentence when each sentence ends with one', () => {
    const result = checkSummary(
      'Petro is president.<Cite to="a#p-1" /> He spoke to the BBC.<Cite to="a#p-2" /><Cite to="b#p-3" />',
    );
    expect(result.citations.map((c) => c.to)).toEqual(['a#p-1', 'a#p-2', 'b#p-3']);
    expect(result.uncited).toEqual([]);
  });

  it('reports the sentence that carries no citation', () => {
    const result = checkSummary(
      'Petro is president.<Cite to="a#p-1" /> Caracas is a capital. He spoke.<Cite to="a#p-2" />',
    );
    expect(result.uncited).toEqual([{ text: 'Caracas is a capital.', line: 1 }]);
  });

  it('checks every paragraph', () => {
    const result = checkSummary('First.<Cite to="a#p-1" />\n\nSecond, uncited.');
    expect(result.uncited).toEqual([{ text: 'Second, uncited.', line: 3 }]);
  });

  it('gives each uncited sentence the line it starts on, and each citation its line', () => {
    const result = checkSummary('\n\nCited.<Cite to="a#p-1" />\nThen uncited.\n\nUncited too.');
    expect(result.uncited).toEqual([
      { text: 'Then uncited.', line: 4 },
      { text: 'Uncited too.', line: 6 },
    ]);
    expect(result.citations).toEqual([{ to: 'a#p-1', line: 3 }]);
  });

  it.each([
    ['an empty citation', 'Petro is president.<Cite />'],
    ['an empty target', 'Petro is president.<Cite to="" />'],
    ['an expression', 'Petro is president.<Cite to={x} />'],
    ['a spread', 'Petro is president.<Cite {...x} />'],
    ['another attribute', 'Petro is president.<Cite href="a#p-1" />'],
    ['a target that is not a citation', 'Petro is president.<Cite to="somewhere" />'],
  ])('does not count %s as a citation', (_name, body) => {
    const result = checkSummary(body);
    expect(result.citations).toEqual([]);
    expect(result.uncited.map((s) => s.text)).toEqual(['Petro is president.']);
  });

  it('gives the first sentence as plain text for previews', () => {
    expect(checkSummary('Petro is *president*.<Cite to="a#p-1" /> More.<Cite to="a#p-2" />').lede).toBe(
      'Petro is president.',
    );
  });

  it('gives every sentence with the paragraphs it cites, for comparing editions sentence by sentence', () => {
    const body =
      'Petro is *president*.<Cite to="a#p-1" /> He spoke.<Cite to="a#p-2 b#p-3" /><Cite to="a#p-2" />\n\nNo source here. Last.<Cite to="b#p-1" />';
    expect(checkSummary(body).sentences).toEqual([
      { text: 'Petro is president.', cite: ['a#p-1'] },
      { text: 'He spoke.', cite: ['a#p-2', 'b#p-3'] },
      { text: 'No source here.', cite: [] },
      { text: 'Last.', cite: ['b#p-1'] },
    ]);
  });

  it('accepts a citation before the full stop', () => {
    expect(checkSummary('Petro is president <Cite to="a#p-1" />.').uncited).toEqual([]);
  });
});
