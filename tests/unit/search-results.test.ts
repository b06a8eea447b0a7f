import { describe, expect, it } from 'vitest';
import {
  hitsOf,
  holdsAllWords,
  rankHits,
  sentenceExcerpt,
  type PagefindDocument,
} from '../../src/site/scripts/search-results';

const marked = (parts: ReturnType<typeof sentenceExcerpt>) => parts.filter((p) => p.marked).map((p) => p.text);
const text = (parts: ReturnType<typeof sentenceExcerpt>) => parts.map((p) => p.text).join('');

/** An article result as Pagefind returns it: paragraphs anchored p-1…, those it located the words in as sub-results. */
function article(url: string, paragraphs: string[], located: number[]): PagefindDocument {
  return {
    url: `${url}?highlight=x`,
    excerpt: 'the title',
    meta: { kind: 'Article', title: 'An article', label: 'BBC interview', outlet: 'BBC', date: '8 January 2026' },
    anchors: paragraphs.map((p, i) => ({ id: `p-${i + 1}`, element: 'p', text: p })),
    sub_results: located.map((n) => ({
      title: `¶${n}`,
      url: `${url}?highlight=x#p-${n}`,
      excerpt: paragraphs[n - 1]!,
      locations: [1],
      weighted_locations: [{ weight: 1, balanced_score: n, location: 1 }],
      anchor: { id: `p-${n}`, text: paragraphs[n - 1]! },
    })),
  };
}

function profile(url: string, name: string, summary: string, extra: Record<string, string> = {}): PagefindDocument {
  return { url, excerpt: summary, meta: { kind: 'Topic', title: name, names: name, ...extra }, content: summary };
}

describe('sentenceExcerpt', () => {
  it('shows the sentence holding most matched words, marking the words and not their quotation marks', () => {
    const parts = sentenceExcerpt(
      "It comes after Trump said it 'sounds good'. Petro said the US risks 'dominating the world'.",
      new Set(['dominating', 'world']),
      'dominating the world',
    );
    expect(text(parts)).toBe("Petro said the US risks 'dominating the world'.");
    expect(marked(parts)).toEqual(['dominating', 'the', 'world']);
  });

  it('marks what Pagefind matched by stem, and words starting with a query word', () => {
    const parts = sentenceExcerpt('He is dominating the talks.', new Set(['dominating']), 'domin');
    expect(marked(parts)).toEqual(['dominating']);
  });

  it('keeps text as text: markup in a paragraph is never marked up', () => {
    expect(text(sentenceExcerpt('<b>bold</b> claim', new Set(), 'claim'))).toBe('<b>bold</b> claim');
  });
});

describe('hitsOf', () => {
  const paragraphs = [
    'One sounds good.',
    'Two is about oil.',
    'Three sounds good again.',
    'Four oil.',
    'Five oil.',
    'Six oil.',
  ];

  it('turns an article into its located paragraphs, each linking to its anchor, the strongest few with a count of the rest', () => {
    const hits = hitsOf(article('/articles/a/', paragraphs, [2, 4, 5, 6]), 0, 'oil');
    expect(hits.map((h) => [h.type, h.title, h.url])).toEqual([
      ['paragraph', 'BBC interview ¶4', '/articles/a/?highlight=x#p-4'],
      ['paragraph', 'BBC interview ¶5', '/articles/a/?highlight=x#p-5'],
      ['paragraph', 'BBC interview ¶6', '/articles/a/?highlight=x#p-6'],
    ]);
    expect(hits[0]!.details).toBe('Source paragraph · BBC · 8 January 2026');
    expect(hits.at(-1)!.more).toEqual({ count: 1, url: '/articles/a/?highlight=x' });
  });

  it('finds every paragraph that holds a phrase, also those Pagefind did not locate', () => {
    const hits = hitsOf(article('/articles/a/', paragraphs, [1]), 0, 'sounds good');
    expect(hits.map((h) => h.url)).toEqual(['/articles/a/?highlight=x#p-1', '/articles/a/?highlight=x#p-3']);
  });

  it('keeps an article whole when listing by date', () => {
    expect(hitsOf(article('/articles/a/', paragraphs, [2]), 0, 'oil', { expand: false })).toMatchObject([
      { type: 'page', title: 'An article', details: 'Article · BBC · 8 January 2026' },
    ]);
  });

  it('reads a quote and a claim as one result each, with who and where from', () => {
    const quote = {
      url: '/quotes/#quote-q',
      excerpt: '<mark>sick</mark> man',
      meta: { kind: 'Quote', heading: 'Quote by Donald Trump', cite: 'BBC interview ¶22' },
    };
    expect(hitsOf(quote, 0, 'sick')).toMatchObject([
      { type: 'quote', title: 'Quote by Donald Trump', details: 'Quote · BBC interview ¶22', text: 'sick man' },
    ]);
  });
});

describe('rankHits', () => {
  const source = hitsOf(
    article('/articles/a/', ['Intro.', 'Petro warned of dominating the world today.'], [2]),
    2,
    'dominating the world',
  );
  const restatement = hitsOf(
    profile('/topics/empire/', 'US empire', 'Petro spoke of dominating the world.'),
    0,
    'dominating the world',
  );
  const unrelated = hitsOf(profile('/topics/world/', 'World', 'The world.'), 1, 'dominating the world');

  it('puts the source paragraph of a phrase above the profile that restates it, whatever Pagefind ranked first', () => {
    expect(rankHits('dominating the world', [...restatement, ...unrelated, ...source]).map((h) => h.url)).toEqual([
      '/articles/a/?highlight=x#p-2',
      '/topics/empire/',
      '/topics/world/',
    ]);
  });

  it('puts a profile first when the query is its name, alias or role, accents and case aside', () => {
    const petro = hitsOf(
      profile('/people/petro/', 'Gustavo Petro', 'He is president.', {
        names: 'Gustavo Petro | Petro',
        roles: 'President of Colombia',
      }),
      3,
      'x',
    );
    for (const query of ['petro', 'GUSTAVO PETRO', 'President of Colombia']) {
      expect(rankHits(query, [...source, ...petro])[0]!.url).toBe('/people/petro/');
    }
  });

  it('puts what holds every word (not as a phrase) above what holds some', () => {
    const some = hitsOf(profile('/topics/oil/', 'Oil', 'Oil.'), 0, 'oil gold');
    const all = hitsOf(article('/articles/b/', ['Oil, silver and gold.'], [1]), 1, 'oil gold');
    expect(rankHits('oil gold', [...some, ...all])[0]!.url).toBe('/articles/b/?highlight=x#p-1');
  });
});

describe('holdsAllWords', () => {
  it.each([
    ['oil, gold and emeralds', 'gold emeralds', true],
    ['he was dominating', 'dominates', true],
    ['oil only', 'oil gold', false],
    ['anything', 'the of and', false],
  ])('%j holds %j: %s', (text, query, expected) => {
    expect(holdsAllWords(text, query)).toBe(expected);
  });
});
