import { describe, expect, it } from 'vitest';
import {
  briefingAssessment,
  sourceSummaryText,
  splitAtTerm,
  type AssessmentModel,
  type SourceSummary,
} from '../../src/views/assessment';

const summary = (counts: Partial<SourceSummary>): SourceSummary => ({
  articles: 2,
  namedOutlets: 1,
  unnamedOutlets: 1,
  lines: 2,
  firstHand: 1,
  secondHand: 1,
  judgments: 4,
  singleLine: 0,
  gradedClaims: 7,
  ...counts,
});

describe('sourceSummaryText', () => {
  it.each([
    [
      {},
      '2 articles (1 named outlet, 1 article whose outlet is not named); 2 independent lines of reporting (1 first-hand, 1 second-hand); 4 key judgments, 0 resting on a single line of reporting; 7 claims graded.',
    ],
    [
      {
        articles: 1,
        namedOutlets: 1,
        unnamedOutlets: 0,
        lines: 1,
        secondHand: 0,
        judgments: 1,
        singleLine: 1,
        gradedClaims: 1,
      },
      '1 article (1 named outlet); 1 independent line of reporting (1 first-hand); 1 key judgment, 1 resting on a single line of reporting; 1 claim graded.',
    ],
    [
      { namedOutlets: 0, unnamedOutlets: 2, firstHand: 0, secondHand: 0, judgments: 0, gradedClaims: 0 },
      '2 articles (2 articles whose outlets are not named); 2 independent lines of reporting; 0 claims graded.',
    ],
  ])('%o', (counts, text) => expect(sourceSummaryText(summary(counts))).toBe(text));
});

describe('briefingAssessment', () => {
  const judgment = (id: string) => ({
    id,
    text: `${id} is likely.`,
    likelihood: 'likely' as const,
    confidence: 'low' as const,
    confidenceBasis: 'b',
    cite: [],
    assumptions: [],
    singleLine: true,
  });
  const indicator = (id: string, status: 'not-seen' | 'seen' | 'lapsed') => ({
    id,
    observable: id,
    checkBy: '2026-03',
    status,
    cite: [],
    moves: [],
  });
  const model = {
    judgments: ['a', 'b', 'c', 'd', 'e', 'f'].map(judgment),
    indicators: [
      indicator('lapsed-1', 'lapsed'),
      indicator('seen-1', 'seen'),
      ...['w1', 'w2', 'w3', 'w4', 'w5'].map((id) => indicator(id, 'not-seen')),
    ],
    unknowns: ['u1', 'u2', 'u3', 'u4'].map((id) => ({ id, question: `${id}?`, whyItMatters: 'w', judgments: [] })),
    sources: summary({}),
    grades: { sources: [], claims: [] },
  } satisfies AssessmentModel;

  it('keeps at most 5 judgments, 5 indicators (those still to watch first) and 3 unknowns, and counts the rest', () => {
    const shown = briefingAssessment(model);
    expect(shown.judgments.map((j) => j.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(shown.indicators.map((i) => i.id)).toEqual(['w1', 'w2', 'w3', 'w4', 'w5']);
    expect(shown.unknowns.map((u) => u.id)).toEqual(['u1', 'u2', 'u3']);
    expect(shown.left).toEqual({ judgments: 1, indicators: 2, unknowns: 1 });
  });
});

describe('splitAtTerm', () => {
  it('splits a judgment around its own term, for it to be set in bold', () => {
    expect(splitAtTerm('A strike before April is unlikely while talks go on.', 'unlikely')).toEqual([
      'A strike before April is ',
      'unlikely',
      ' while talks go on.',
    ]);
    expect(splitAtTerm('It will very likely happen.', 'very-likely')).toEqual(['It will ', 'very likely', ' happen.']);
  });
});
