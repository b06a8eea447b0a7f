import { describe, expect, it } from 'vitest';
import { confidenceBasisProblems, findTerms, wordingProblems } from '../../src/dossier/judgment-wording';
import type { Likelihood } from '../../src/schemas/likelihood';

describe('findTerms', () => {
  it.each([
    ['It is very likely that talks resume.', [['very likely', 'likelihood', 'very-likely']]],
    ['An attack is unlikely.', [['unlikely', 'likelihood', 'unlikely']]],
    ['It is Likely.', [['Likely', 'likelihood', 'likely']]],
    ['He will almost certainly go.', [['almost certainly', 'likelihood', 'almost-certain']]],
    ['There is a roughly even chance of it.', [['roughly even chance', 'likelihood', 'roughly-even-chance']]],
    ['A strike is highly probable.', [['highly probable', 'other-row', undefined]]],
    ['It will probably happen.', [['probably', 'other-row', undefined]]],
    [
      'Talks may resume; they could fail.',
      [
        ['may', 'hedge', undefined],
        ['could', 'hedge', undefined],
      ],
    ],
    ['The visit is set for May 2026.', []],
    ['On 5 May the talks begin.', []],
    ['The unlikelyhood of it.', []],
    [
      'We are confident it is likely.',
      [
        ['confident', 'confidence', undefined],
        ['likely', 'likelihood', 'likely'],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    expect(findTerms(text).map((t) => [t.text, t.kind, t.likelihood])).toEqual(expected);
  });
});

describe('wordingProblems', () => {
  const cases: Array<[string, Likelihood, string[]]> = [
    ['A US strike on Colombia before April is unlikely.', 'unlikely', []],
    ['Petro is very likely to keep criticising ICE in public.', 'very-likely', []],
    [
      'A US strike on Colombia before April is unlikely.',
      'likely',
      [
        'says "unlikely", but its likelihood is likely (55–80 %). Write "likely" in the text, or change likelihood to match it.',
      ],
    ],
    [
      'Petro will visit the White House.',
      'likely',
      ['does not say how likely it is. Put its likelihood term, "likely" (55–80 %), in the text.'],
    ],
    [
      'The visit is probably going ahead and is likely.',
      'likely',
      [
        'uses "probably", a term of ICD 203\'s second row; this dossier uses the first row only, so the two never mix. Write "likely" (or the term that fits).',
      ],
    ],
    [
      'It is likely that talks could resume.',
      'likely',
      [
        'hedges with "could", which says something is possible without saying how likely. State it with the likelihood term "likely" instead, or drop the hedge.',
      ],
    ],
    [
      'We judge with moderate confidence that the visit is likely.',
      'likely',
      [
        'says "confidence" in the sentence that gives its likelihood. Confidence is about the evidence and is stated apart: move it to confidence and confidenceBasis.',
      ],
    ],
    ['The visit is likely. Our confidence rests on two sources.', 'likely', []],
    [
      'A visit is likely and a strike unlikely.',
      'likely',
      ['says both "likely" and "unlikely": a judgment has one likelihood. Split it into two judgments.'],
    ],
  ];
  it.each(cases)('%s (%s)', (text, likelihood, expected) => {
    expect(wordingProblems(text, likelihood)).toEqual(expected);
  });
});

describe('confidenceBasisProblems', () => {
  it('refuses a likelihood word in the confidence basis', () => {
    expect(confidenceBasisProblems('Rests on one interview; a strike is unlikely.')).toEqual([
      'says "unlikely", a likelihood word. The confidence basis says why the evidence is strong or weak, never how likely the judgment is: that is the text\'s.',
    ]);
    expect(confidenceBasisProblems('Rests on Petro’s own account of a private call.')).toEqual([]);
  });
});
