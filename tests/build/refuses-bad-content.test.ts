import { describe, expect, it } from 'vitest';
import { buildSite, fixtureContent } from './build-site';

/**
 * Each case lays one broken file over the minimal fixture dossier and runs a
 * real `astro build`, which must fail and say where and why. The wording is
 * pinned: it is the product's interface for authors.
 */
const cases: Array<{ name: string; expected: string[] }> = [
  {
    name: 'missing-entity',
    expected: [
      'The dossier content has 1 problem:',
      'people/ana-perez.mdx:10 relations[0].to: refers to "ruritanai", but there is no entity with that id. Did you mean "ruritania"? Ids are the profile file names under content/.',
    ],
  },
  {
    name: 'missing-paragraph',
    expected: [
      'places/puerto-nuevo.mdx:5 type.cite[0]: cites "sample-article#p-7", but article "sample-article" has 3 paragraphs (p-1 to p-3). Check the paragraph number on the article page.',
    ],
  },
  {
    name: 'duplicate-id',
    expected: [
      'places/ruritania.mdx (file name): duplicate id "ruritania": ',
      'organizations/ruritania.mdx has the same id. Ids must be unique across people, organizations, places, events and topics; rename one of the files.',
    ],
  },
  {
    name: 'duplicate-alias',
    expected: [
      'organizations/perez-foundation.mdx:3 aliases: "PÉREZ" is already a name or alias of "ana-perez" (',
      'people/ana-perez.mdx, as "Perez"). A name must point at one entity: remove it from one of the two profiles.',
    ],
  },
  {
    name: 'malformed-date',
    expected: [
      'events → summit data does not match collection schema.',
      'date.edtf: "2026-13-45" is not a valid date. Write an EDTF date: 2026-01-07 (day), 2026-01 (month), 2026 (year), an interval 2026-01-07/2026-01-09, an open one ../2026-01-07 or 2026-01-08/.., with ? for uncertain and ~ for approximate.',
      'events/summit.mdx',
    ],
  },
  {
    name: 'missing-field',
    expected: [
      'people → ana-perez data does not match collection schema.',
      'name: is required but missing. Add "name:" to the frontmatter; src/schemas/ describes each field of people.',
      'people/ana-perez.mdx',
    ],
  },
  {
    name: 'unknown-key',
    expected: [
      'people → ana-perez data does not match collection schema.',
      'rols: unknown key "rols". Did you mean "roles"? Allowed keys here: name, aliases, relations, roles.',
      'people/ana-perez.mdx',
    ],
  },
  {
    name: 'unknown-relation-type',
    expected: [
      'relations.0.type: unknown relation type "presidnet-of". Did you mean "president-of"? Known types: president-of,',
    ],
  },
  {
    name: 'uncited-sentence',
    expected: [
      'topics/diplomacy.mdx:6 summary: this sentence cites no source: "Diplomacy is the art of negotiation.". End it with <Cite to="<article-id>#p-<n>" /> or remove it.',
    ],
  },
  {
    name: 'mangled-quote',
    expected: [
      'quotes.yaml:1 perez-went-well.text: the quote "the meeting went very well" is not in sample-article#p-2, which reads: "Perez said the meeting went well.". Copy the words exactly (only curly and straight quotes and spacing may differ), or cite the right paragraph.',
    ],
  },
  {
    name: 'dangling-claim-link',
    expected: [
      'claims.yaml:1 meeting-went-well.contradicts[0]: names the claim "meeting-faild", but there is no such claim. Did you mean "meeting-failed"?',
    ],
  },
  {
    name: 'code-in-summary',
    expected: [
      '<script> is not allowed in dossier content (allowed: <Cite />). Escape a literal < as \\<.',
      'topics/diplomacy.mdx:8:1',
    ],
  },
  {
    name: 'code-in-article',
    expected: [
      'articles/sample-article.mdx:19:29 `{…}` expressions are not allowed in dossier content. Escape a literal brace as \\{.',
    ],
  },
];

describe('the build refuses bad content', () => {
  it('builds the minimal fixture dossier (the baseline every case breaks)', () => {
    const result = buildSite({ contentDir: fixtureContent() });
    expect(result.output).toContain('Complete!');
    expect(result.status).toBe(0);
  });

  for (const { name, expected } of cases) {
    it(name, () => {
      const result = buildSite({ contentDir: fixtureContent(name) });
      expect(result.status, result.output).not.toBe(0);
      for (const line of expected) expect(result.output).toContain(line);
    });
  }
});
