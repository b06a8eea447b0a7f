import { describe, expect, it } from 'vitest';
import {
  correctionOf,
  joinShards,
  nameShards,
  shardsFor,
  suggestNames,
  typoDistance,
  type NameList,
} from '../../src/site/scripts/search-suggest';

const list: NameList = {
  kinds: ['people', 'organizations', 'places'],
  labels: ['Person', 'Organisation', 'Place'],
  entries: [
    [0, 'donald-trump', 'Donald Trump', 'Trump', 'President Trump'],
    [1, 'trump-administration', 'Trump administration'],
    [0, 'marco-rubio', 'Marco Rubio', 'Rubio'],
    [0, 'nicolas-maduro', 'Nicolás Maduro', 'Maduro'],
    [2, 'venezuela', 'Venezuela'],
    [0, 'jane-roe', 'Jane Roe'],
    [0, 'jane-rose', 'Jane Rose'],
  ],
};

describe('typoDistance', () => {
  it.each([
    ['trunp', 'trump', 1],
    ['venezeula', 'venezuela', 1],
    ['rubbio', 'rubio', 1],
    ['donlad', 'donald', 1],
    ['abc', 'xyz', 3],
  ])('%s → %s: %i', (a, b, d) => {
    expect(typoDistance(a, b)).toBe(d);
  });

  it('stops early past the limit', () => {
    expect(typoDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('suggestNames', () => {
  it.each([
    ['Trunp', 'donald-trump'],
    ['Rubbio', 'marco-rubio'],
    ['Madurro', 'nicolas-maduro'],
    ['Nicolas Madura', 'nicolas-maduro'],
    ['VENEZEULA', 'venezuela'],
  ])('%s means %s, and that one is searched', (query, id) => {
    const suggestions = suggestNames(query, list);
    expect(suggestions[0]?.id).toBe(id);
    expect(correctionOf(suggestions)?.id).toBe(id);
  });

  it('prefers a whole name or alias to a word of a longer name', () => {
    expect(suggestNames('Trunp', list).map((s) => [s.id, s.distance])).toEqual([
      ['donald-trump', 1],
      ['trump-administration', 1.5],
    ]);
  });

  it('suggests names equally close without searching either', () => {
    const suggestions = suggestNames('Jane Ros', list);
    expect(suggestions.map((s) => s.id).sort()).toEqual(['jane-roe', 'jane-rose']);
    expect(correctionOf(suggestions)).toBeUndefined();
  });

  it('suggests nothing for a name written right, a short word, or nothing close', () => {
    expect(suggestNames('Rubio', list)).toEqual([]);
    expect(suggestNames('Tru', list)).toEqual([]);
    expect(suggestNames('cocaine', list)).toEqual([]);
  });
});

describe('name shards', () => {
  it('put a profile in the shard of every first letter of its words, and a query reads only its own', () => {
    const shards = nameShards(list);
    expect(shards.get('t')!.entries.map(([, id]) => id)).toEqual(['donald-trump', 'trump-administration']);
    expect(shards.get('m')!.entries.map(([, id]) => id)).toEqual(['marco-rubio', 'nicolas-maduro']);
    expect(shardsFor('Nicolás Madurro')).toEqual(['m', 'n']);
    expect(shardsFor('¿Rubio?')).toEqual(['r']);
    const joined = joinShards(shardsFor('Madurro').map((key) => shards.get(key)!))!;
    expect(suggestNames('Madurro', joined)[0]?.id).toBe('nicolas-maduro');
  });
});
