import { describe, expect, it } from 'vitest';
import { indicatorStatus } from '../../src/dossier/indicator-status';
import type { ArticleRecord } from '../../src/dossier/records';
import { asOfDay, factTime, lastSupported, type TimedFact } from '../../src/dossier/time-scope';
import { dayRange, parseDossierDate } from '../../src/shared/dates';

const article = (id: string, published: string | undefined) =>
  ({
    id,
    data: { published: published ? { status: 'inferred', value: published, basis: 'b' } : { status: 'not-stated' } },
  }) as ArticleRecord;
const articles = new Map(
  [
    article('recent', '2026-01-08/..'),
    article('newest', '2026-01-09'),
    article('old', '2025-11'),
    article('undated', undefined),
  ].map((a) => [a.id, a]),
);
const find = (id: string) => articles.get(id);
const AS_OF = '2026-01-09';

describe('dayRange', () => {
  it.each([
    ['2026-01-09', '2026-01-09', '2026-01-09'],
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2026', '2026-01-01', '2026-12-31'],
    ['2026-01-08/..', '2026-01-08', null],
    ['../2026-03', null, '2026-03-31'],
  ])('%s is %s to %s', (edtf, first, last) => {
    expect(dayRange(parseDossierDate(edtf))).toEqual({ first, last });
  });
});

describe('lastSupported', () => {
  it('is the citation of the newest dated article, the first cited on a tie', () => {
    expect(lastSupported(['old#p-1', 'newest#p-3', 'recent#p-2'], find)).toEqual({
      cite: 'newest#p-3',
      day: '2026-01-09',
    });
    expect(lastSupported(['recent#p-2', 'recent#p-5'], find)).toEqual({ cite: 'recent#p-2', day: '2026-01-08' });
    expect(lastSupported(['undated#p-1'], find)).toBeUndefined();
  });
});

describe('factTime', () => {
  const cases: Array<[string, TimedFact, string, string | undefined]> = [
    ['recent support, no status: current', { cite: ['recent#p-1'] }, 'current', undefined],
    ['old support, no status: unknown (no end does not make it current)', { cite: ['old#p-1'] }, 'unknown', undefined],
    ['undated support: unknown', { cite: ['undated#p-1'] }, 'unknown', undefined],
    ['valid ended before the as-of date: ended', { cite: ['recent#p-1'], valid: '2020/2025-12' }, 'ended', undefined],
    [
      'valid starting after the as-of date: unknown',
      { cite: ['recent#p-1'], valid: '2026-02/..' },
      'unknown',
      undefined,
    ],
    ['written unknown stands', { cite: ['recent#p-1'], status: 'unknown' }, 'unknown', undefined],
    ['written ended stands', { cite: ['recent#p-1'], status: 'ended' }, 'ended', undefined],
    [
      'superseded',
      { cite: ['recent#p-1'], superseded: { reason: 'Replaced.' }, status: 'current' },
      'superseded',
      undefined,
    ],
    [
      'written current on old support: refused',
      { cite: ['old#p-1'], status: 'current' },
      'current',
      'is "current", but its newest citation (old#p-1) is dated 2025-11-01, 69 days before the as-of date 2026-01-09 (at most 31 allowed). Cite a more recent paragraph that states it, or write status: unknown.',
    ],
    [
      'written current without a dated citation: refused',
      { cite: ['undated#p-1'], status: 'current' },
      'current',
      'is "current", but none of its citations is to an article with a known date, so nothing shows it holds as of 2026-01-09. Cite a dated article, or write status: unknown.',
    ],
  ];
  it.each(cases)('%s', (_name, fact, status, problem) => {
    const time = factTime(fact, AS_OF, find);
    expect(time.status).toBe(status);
    expect(time.problem).toBe(problem);
  });
});

describe('indicatorStatus', () => {
  it.each([
    [{ status: 'seen', checkBy: '2025-01' }, 'seen'],
    [{ status: 'not-seen', checkBy: '2026-01-08' }, 'lapsed'],
    [{ status: 'not-seen', checkBy: '2026-01-09' }, 'not-seen'],
    [{ status: 'not-seen', checkBy: '2026-01' }, 'not-seen'],
    [{ status: 'not-seen', checkBy: '2025-12' }, 'lapsed'],
    [{ status: 'not-seen', checkBy: '2026-03-31' }, 'not-seen'],
  ] as const)('%o as of 2026-01-09 is %s', (indicator, expected) => {
    expect(indicatorStatus(indicator, asOfDay('2026-01-09'))).toBe(expected);
  });
});
