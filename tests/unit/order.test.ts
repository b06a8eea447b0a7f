import { describe, expect, it } from 'vitest';
import { byCodePoint, byName } from '../../src/shared/order';

describe('byName', () => {
  it.each([
    [
      ['Zelensky', 'Álvaro Uribe', 'alvaro', 'Bogotá', 'Bogota'],
      ['alvaro', 'Álvaro Uribe', 'Bogota', 'Bogotá', 'Zelensky'],
    ],
    [
      ['de la Cruz', 'De La Cruz', 'Deane'],
      ['de la Cruz', 'De La Cruz', 'Deane'],
    ],
  ])('sorts %j alphabetically, accents beside their letter', (names, sorted) => {
    expect([...names].sort(byName)).toEqual(sorted);
  });

  it('is the order localeCompare gives in English', () => {
    const names = ['Ñandú', 'Nadal', "O'Brien", 'Obrien', 'Zoë', 'Zoe', 'Émile', 'Emile'];
    expect([...names].sort(byName)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('byCodePoint', () => {
  it('sorts ids as < does, which for ids is alphabetical', () => {
    const ids = ['petro', 'a-b', 'ab', 'a1', 'a', '2026', 'Z'];
    expect([...ids].sort(byCodePoint)).toEqual([...ids].sort());
    expect(['b', 'a-b', 'ab', 'a'].sort(byCodePoint)).toEqual(['a', 'a-b', 'ab', 'b']);
  });
});
