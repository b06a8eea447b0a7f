import type { ArticleRecord, DossierInput, EntityRecord } from '../../src/dossier/records';

/** A two-article, four-entity dossier in memory, for validator and graph tests. */
export function smallDossier(): DossierInput {
  const articles: ArticleRecord[] = [
    {
      id: 'a1',
      filePath: 'content/articles/a1.mdx',
      data: {} as ArticleRecord['data'],
      paragraphs: ['Petro spoke with Trump.', 'Petro is in Colombia.'],
      mentions: [
        { entity: 'petro', paragraph: 1, text: 'Petro', sentence: 'Petro spoke with Trump.' },
        { entity: 'trump', paragraph: 1, text: 'Trump', sentence: 'Petro spoke with Trump.' },
        { entity: 'petro', paragraph: 2, text: 'Petro', sentence: 'Petro is in Colombia.' },
        { entity: 'colombia', paragraph: 2, text: 'Colombia', sentence: 'Petro is in Colombia.' },
      ],
    },
    {
      id: 'a2',
      filePath: 'content/articles/a2.mdx',
      data: {} as ArticleRecord['data'],
      paragraphs: ['Gustavo Petro and Petro again.'],
      mentions: [
        { entity: 'petro', paragraph: 1, text: 'Gustavo Petro', sentence: 'Gustavo Petro and Petro again.' },
        { entity: 'petro', paragraph: 1, text: 'Petro', sentence: 'Gustavo Petro and Petro again.' },
      ],
    },
  ];
  const summary = {
    citations: [{ to: 'a1#p-1' }],
    uncited: [],
    lede: 'A summary.',
    sentences: [{ text: 'A summary.', cite: ['a1#p-1'] }],
  };
  const entities: EntityRecord[] = [
    {
      kind: 'people',
      id: 'petro',
      filePath: 'content/people/petro.mdx',
      summary,
      data: {
        name: 'Gustavo Petro',
        aliases: ['Petro'],
        roles: [{ title: 'President of Colombia', of: 'colombia', cite: ['a1#p-2'] }],
        relations: [
          { type: 'president-of', to: 'colombia', cite: ['a1#p-2'] },
          { type: 'spoke-with', to: 'trump', cite: ['a1#p-1'] },
        ],
      },
    },
    {
      kind: 'people',
      id: 'trump',
      filePath: 'content/people/trump.mdx',
      summary,
      data: { name: 'Donald Trump', aliases: ['Trump'], roles: [], relations: [] },
    },
    {
      kind: 'places',
      id: 'colombia',
      filePath: 'content/places/colombia.mdx',
      summary,
      data: { name: 'Colombia', aliases: [], relations: [], type: { value: 'country', cite: ['a1#p-2'] } },
    },
    {
      kind: 'events',
      id: 'call',
      filePath: 'content/events/call.mdx',
      summary,
      data: {
        name: 'The call',
        aliases: [],
        relations: [],
        participants: [
          { ref: 'petro', cite: ['a1#p-1'] },
          { ref: 'trump', cite: ['a1#p-1'] },
        ],
        date: { edtf: '2026-01-07?', cite: ['a1#p-1'], inferred: 'Wednesday of that week.' },
      },
    },
  ];
  return {
    dossier: {
      id: 'index',
      filePath: 'content/dossier/index.mdx',
      summary,
      data: {
        title: 'T',
        scope: 'S',
        asOf: { edtf: '2026-01-09', basis: 'b' },
        keyActors: [{ ref: 'petro', position: 'p', cite: ['a1#p-1'] }],
        bottomLine: [{ text: 't', cite: ['a1#p-1'] }],
        keyEvents: [{ ref: 'call' }],
        keyQuotes: ['petro-spoke'],
      },
    },
    articles,
    entities,
    quotes: [
      {
        id: 'petro-spoke',
        filePath: 'content/quotes.yaml',
        data: {
          speaker: 'petro',
          text: 'spoke with Trump',
          cite: 'a1#p-1',
          language: 'en',
          context: { event: 'call' },
          about: ['trump'],
        },
      },
    ],
    claims: [
      {
        id: 'call-happened',
        filePath: 'content/claims.yaml',
        data: {
          statement: 'They spoke.',
          claimant: 'petro',
          about: ['trump'],
          cite: ['a1#p-1'],
          status: 'reported',
          supports: [],
          contradicts: ['no-call'],
        },
      },
      {
        id: 'no-call',
        filePath: 'content/claims.yaml',
        data: {
          statement: 'They did not speak.',
          claimantNote: 'Someone',
          about: ['petro'],
          cite: ['a1#p-1'],
          status: 'disputed',
          supports: [],
          contradicts: [],
        },
      },
    ],
    judgments: [],
    indicators: [],
    gaps: [],
  };
}
