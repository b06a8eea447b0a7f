import { describe, expect, it } from 'vitest';
import { checkSummary } from '../../src/lib/summary-citations';

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
    expect(result.uncited).toEqual(['Caracas is a capital.']);
  });

  it('checks every paragraph', () => {
    const result = checkSummary('First.<Cite to="a#p-1" />\n\nSecond, uncited.');
    expect(result.uncited).toEqual(['Second, uncited.']);
  });

  it('gives the first sentence as plain text for previews', () => {
    expect(checkSummary('Petro is *president*.<Cite to="a#p-1" /> More.<Cite to="a#p-2" />').lede).toBe(
      'Petro is president.',
    );
  });

  it('accepts a citation before the full stop', () => {
    expect(checkSummary('Petro is president <Cite to="a#p-1" />.').uncited).toEqual([]);
  });
});
