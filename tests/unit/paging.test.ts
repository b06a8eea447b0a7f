import { describe, expect, it } from 'vitest';
import { pageCount, pagedTitle, pagesOfGroups, pageSlice } from '../../src/views/paging';

describe('pagination', () => {
  it('counts pages, never fewer than one', () => {
    expect([pageCount(0, 10), pageCount(10, 10), pageCount(11, 10)]).toEqual([1, 1, 2]);
  });

  it('titles a page past the first with its number', () => {
    expect([pagedTitle('Claims', 1), pagedTitle('Claims', 2)]).toEqual(['Claims', 'Claims, page 2']);
  });

  it('slices a page', () => {
    expect(pageSlice([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
  });

  it('keeps groups whole and starts a new page when one would overflow', () => {
    expect(pagesOfGroups([3, 3, 5, 1, 9, 2], (n) => n, 6)).toEqual([[3, 3], [5, 1], [9], [2]]);
    expect(pagesOfGroups([], (n: number) => n, 6)).toEqual([[]]);
  });
});
