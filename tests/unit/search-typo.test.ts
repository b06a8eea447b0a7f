import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/site/scripts/search-query';
import type { PagefindDocument } from '../../src/site/scripts/search-results';
import type { NameList } from '../../src/shared/name-key';

/** Pagefind's answers faked: an article whose paragraphs say "Delcy", and the profile of Delcy Rodríguez. */
const article = (n: number): PagefindDocument => ({
  url: `/articles/a${n}/`,
  excerpt: 'Petro met <mark>Delcy</mark> in Bogotá.',
  meta: { kind: 'Article', title: `Article ${n}`, label: `A${n}` },
  anchors: [{ id: 'p-1', text: 'Petro met Delcy in Bogotá.' }],
  sub_results: [
    {
      title: '¶1',
      url: `/articles/a${n}/#p-1`,
      excerpt: 'Petro met <mark>Delcy</mark>.',
      locations: [2],
      anchor: { id: 'p-1' },
    },
  ],
});
const profile: PagefindDocument = {
  url: '/people/delcy-rodriguez/',
  excerpt: 'Delcy Rodríguez is Venezuela’s acting president.',
  meta: { kind: 'Person', title: 'Delcy Rodríguez', names: 'Delcy Rodríguez | Rodríguez' },
};
const names: NameList = {
  kinds: ['people'],
  labels: ['Person'],
  entries: [[0, 'delcy-rodriguez', 'Delcy Rodríguez', 'Rodríguez']],
};

async function answer(query: string) {
  return answerQuery(
    query,
    {},
    {
      searchDocs: async (text) =>
        text === 'Delcy Rodríguez' ? [profile, article(1)] : [article(1), article(2), article(3)],
      loadNames: async () => names,
    },
  );
}

describe('a name with one misspelt word', () => {
  it('puts the profile it means first, even when its right word found results', async () => {
    const result = await answer('Delcy Rodriges');
    expect(result?.corrected?.id).toBe('delcy-rodriguez');
    expect(result?.hits[0]?.url).toBe('/people/delcy-rodriguez/');
    expect(result?.hits.length).toBeGreaterThan(3);
  });

  it('leaves a query that names no profile as it was', async () => {
    const result = await answer('Bogotá talks');
    expect(result?.corrected).toBeUndefined();
    expect(result?.hits.map((h) => h.url)).not.toContain('/people/delcy-rodriguez/');
  });
});
