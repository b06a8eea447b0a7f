import { describe, expect, it } from 'vitest';
import { closest } from '../../src/shared/did-you-mean';

describe('closest', () => {
  it.each([
    ['colombiaa', ['colombia', 'venezuela'], 'colombia'],
    ['rol', ['roles', 'aliases', 'name'], 'roles'],
    ['gustavo-petor', ['gustavo-petro', 'donald-trump'], 'gustavo-petro'],
    ['zzzzzz', ['colombia', 'venezuela'], undefined],
  ])('%s → %s', (input, candidates, expected) => {
    expect(closest(input, candidates)).toBe(expected);
  });
});
