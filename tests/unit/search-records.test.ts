import { describe, expect, it } from 'vitest';
import type { DossierJson } from '../../src/exports/dossier-json';
import { searchRecords } from '../../src/exports/search-records';

const dossier = {
  entities: [{ id: 'donald-trump', name: 'Donald Trump' }],
  articles: [{ id: 'a1', label: 'BBC interview' }],
  quotes: [
    {
      id: 'sick-man',
      url: 'https://example.org/dossier/quotes/by/donald-trump/#quote-sick-man',
      speaker: 'donald-trump',
      text: 'sick man',
      translation: 'un hombre enfermo',
      citation: { article: 'a1', paragraph: 22 },
    },
  ],
  claims: [
    {
      id: 'c1',
      url: 'https://example.org/dossier/claims/page/2/#claim-c1',
      statement: 'The meeting failed.',
      claimantNote: 'Unnamed critics',
      status: 'disputed',
      citations: [
        { article: 'a1', paragraph: 2 },
        { article: 'a1', paragraph: 3 },
      ],
    },
  ],
} as unknown as DossierJson;

describe('searchRecords', () => {
  it('makes each quote and claim a record of its own, in the site language, linking to its card without the base', () => {
    expect(searchRecords(dossier, 'en', '/dossier/')).toEqual([
      {
        url: '/quotes/by/donald-trump/#quote-sick-man',
        content: 'sick man un hombre enfermo',
        language: 'en',
        meta: { heading: 'Quote by Donald Trump', kind: 'Quote', cite: 'BBC interview ¶22' },
        filters: { kind: ['Quote'] },
      },
      {
        url: '/claims/page/2/#claim-c1',
        content: 'The meeting failed.',
        language: 'en',
        meta: {
          heading: 'Claim by Unnamed critics',
          kind: 'Claim',
          status: 'disputed',
          cite: 'BBC interview ¶2, BBC interview ¶3',
        },
        filters: { kind: ['Claim'] },
      },
    ]);
  });
});
