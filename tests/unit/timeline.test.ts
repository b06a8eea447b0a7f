import { describe, expect, it } from 'vitest';
import type { ArticleRecord, EntityRecord } from '../../src/dossier/records';
import { buildTimeline, splitLongGroups } from '../../src/views/timeline';

const event = (id: string, edtf?: string) =>
  ({ kind: 'events', id, data: { date: edtf ? { edtf, cite: ['a#p-1'] } : undefined } }) as unknown as EntityRecord;
const article = (id: string, value?: string) =>
  ({
    id,
    data: { published: value ? { status: 'inferred', value, basis: 'b' } : { status: 'not-stated' } },
  }) as unknown as ArticleRecord;

describe('buildTimeline', () => {
  const groups = buildTimeline(
    [
      event('visit', '2026-01-09/2026-12-31'),
      event('call', '2026-01-07?'),
      event('strikes', '../2026-01-07?'),
      event('shooting', '2026-01?'),
      event('undated'),
      event('december', '2025-12-15'),
      event('year-only', '2025'),
    ],
    [article('bbc', '2026-01-08/..'), article('undated-article')],
  );

  it('orders by the earliest moment a date can mean and groups by month', () => {
    expect(groups.map((g) => [g.label, g.entries.map((e) => e.id)])).toEqual([
      ['2025 (month not known)', ['year-only']],
      ['December 2025', ['december']],
      ['January 2026', ['shooting', 'call', 'strikes', 'bbc', 'visit']],
      ['Date not stated', ['undated', 'undated-article']],
    ]);
  });

  it('marks article publications apart from events', () => {
    const january = groups.find((g) => g.label === 'January 2026')!;
    expect(january.entries.find((e) => e.id === 'bbc')?.kind).toBe('publication');
  });
});

describe('splitLongGroups', () => {
  it('splits only a month longer than a page, keeping every entry once and in order', () => {
    const month = buildTimeline(
      Array.from({ length: 7 }, (_, i) => event(`e${i}`, `2026-01-0${i + 1}`)),
      [],
    );
    const parts = splitLongGroups(month, 3);
    expect(parts.map((g) => [g.label, g.entries.length])).toEqual([
      ['January 2026', 3],
      ['January 2026 (continued)', 3],
      ['January 2026 (continued)', 1],
    ]);
    expect(new Set(parts.map((g) => g.key)).size).toBe(3);
    expect(parts.flatMap((g) => g.entries.map((e) => e.id))).toEqual(month[0]!.entries.map((e) => e.id));
    expect(splitLongGroups(month, 7)).toEqual(month);
  });
});
