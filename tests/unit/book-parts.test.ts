import { describe, expect, it } from 'vitest';
import { packParts } from '../../src/views/book';

const items = (...weights: number[]) => weights.map((weight, i) => ({ name: `item ${i + 1}`, weight }));
const names = (parts: Array<Array<{ name: string }>>) => parts.map((part) => part.map((item) => item.name));

describe('cutting the book into parts', () => {
  it('keeps a book within the size in one part', () => {
    expect(names(packParts(items(100, 200, 300), 600))).toEqual([['item 1', 'item 2', 'item 3']]);
  });

  it('starts a new part before the item that would take a part past the size, keeping the order', () => {
    expect(names(packParts(items(300, 200, 200, 400, 100), 600))).toEqual([
      ['item 1', 'item 2'],
      ['item 3', 'item 4'],
      ['item 5'],
    ]);
  });

  it('gives an item larger than the size a part of its own, never an empty part', () => {
    expect(names(packParts(items(100, 900, 100), 600))).toEqual([['item 1'], ['item 2'], ['item 3']]);
    expect(packParts([], 600)).toEqual([]);
  });
});
