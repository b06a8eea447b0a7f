import { describe, expect, it } from 'vitest';
import { dateSortKey, describePrecision, formatDossierDate, parseDossierDate } from '../../src/shared/dates';

describe('EDTF dates', () => {
  it.each([
    ['2026-01-07', '7 January 2026', 'exact day'],
    ['2026-01-07?', '7 January 2026 (uncertain)', 'exact day'],
    ['2026-01', 'January 2026', 'month only'],
    ['2026-01~', 'about January 2026', 'month only'],
    ['2026', '2026', 'year only'],
    ['2026-01-07/2026-01-09', 'between 7 January 2026 and 9 January 2026', 'range'],
    ['../2026-01-07', 'on or before 7 January 2026', 'open range'],
    ['2026-01-08/..', 'on or after 8 January 2026', 'open range'],
  ])('%s reads as "%s" (%s)', (edtf, text, precision) => {
    const date = parseDossierDate(edtf);
    expect(formatDossierDate(date)).toBe(text);
    expect(describePrecision(date)).toBe(precision);
  });

  it.each(['2026-13-01', '7 January 2026', '2026-01-32', 'yesterday', ''])(
    'rejects %j with the accepted forms',
    (edtf) => {
      expect(() => parseDossierDate(edtf)).toThrow(/is not a valid date\. Write an EDTF date: 2026-01-07 \(day\)/);
    },
  );

  it('sorts by the earliest moment, an open start by its end', () => {
    const keys = ['2026-01-08/..', '2026', '../2026-01-07', '2026-01-07?'].map((d) => dateSortKey(parseDossierDate(d)));
    expect(keys).toEqual(['2026-01-08', '2026', '2026-01-07', '2026-01-07']);
  });
});
