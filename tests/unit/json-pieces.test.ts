import { describe, expect, it } from 'vitest';
import { arrayMemberItems, jsonPieces, piecesToBytes } from '../../src/shared/json-pieces';

const samples: Array<[string, unknown]> = [
  [
    'an export-shaped object',
    {
      $schema: 'x',
      version: 1,
      asOf: { value: '2026-01-09' },
      articles: [
        { id: 'a', paragraphs: ['One,\n    two.', 'Three "quoted"'], nested: [[1, 2], { deep: [] }] },
        { id: 'b', paragraphs: [] },
      ],
      entities: [],
      empty: {},
      skipped: undefined,
      fn: () => 1,
      mixed: [1, 'two', null, undefined, { three: 3 }, [4]],
      text: 'line\nbreak',
    },
  ],
  ['an empty object', {}],
  ['an array', [1, { a: [2] }]],
  ['a string', 'text'],
  ['null', null],
];

describe('JSON in pieces', () => {
  it.each(samples)('writes %s exactly as JSON.stringify(value, null, 2)', (_name, value) => {
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value, null, 2));
    expect(Buffer.from(piecesToBytes(jsonPieces(value))).toString('utf8')).toBe(JSON.stringify(value, null, 2));
  });

  it('writes no piece longer than one member or one array item', () => {
    const big = { items: Array.from({ length: 1000 }, (_, i) => ({ i, text: 'x'.repeat(100) })) };
    expect(Math.max(...[...jsonPieces(big)].map((p) => p.length))).toBeLessThan(200);
  });

  it('reads back the items of an array member, one at a time, from the bytes', () => {
    const [, value] = samples[0]!;
    const bytes = piecesToBytes(jsonPieces(value));
    const parsed = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    expect([...arrayMemberItems(bytes, 'articles')]).toEqual(parsed.articles);
    expect([...arrayMemberItems(bytes, 'mixed')]).toEqual(parsed.mixed);
    expect([...arrayMemberItems(bytes, 'entities')]).toEqual([]);
    expect([...arrayMemberItems(bytes, 'absent')]).toEqual([]);
  });
});
