import { describe, expect, it } from 'vitest';
import { groupDisputes } from '../../src/views/claim-ledger';
import type { ClaimRecord } from '../../src/dossier/records';

const claim = (id: string, contradicts: string[] = []) => ({ id, data: { contradicts } }) as unknown as ClaimRecord;

describe('groupDisputes', () => {
  it('joins claims that contradict each other, directly or through a third, and leaves the rest apart', () => {
    expect(
      groupDisputes([claim('a', ['b']), claim('b'), claim('c'), claim('d', ['b']), claim('e', ['f']), claim('f')]),
    ).toEqual({
      disputes: [
        ['a', 'b', 'd'],
        ['e', 'f'],
      ],
      standalone: ['c'],
    });
  });
});
