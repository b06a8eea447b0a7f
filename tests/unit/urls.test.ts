import { describe, expect, it } from 'vitest';
import { claimAnchor, paragraphAnchor, quoteAnchor } from '../../src/identity/anchors';
import { createUrls } from '../../src/identity/urls';
import { CITATION_PATTERN, formatCitation, parseCitation } from '../../src/schemas/citation';

/** Every URL the site builds, for one base: page 1 is the folder itself, later pages are numbered below it. */
const table = (base: string) => {
  const urls = createUrls(base);
  return {
    home: urls.home(),
    people: urls.kindIndex('people'),
    'people p1': urls.kindIndex('people', 1),
    'people p3': urls.kindIndex('people', 3),
    'articles p2': urls.kindIndex('articles', 2),
    entity: urls.entity('places', 'casa-de-narino'),
    'list p1': urls.profileList('people', 'gustavo-petro', 'quotes-by', 1),
    'list p4': urls.profileList('people', 'gustavo-petro', 'mentions', 4),
    article: urls.article('petro-warns-real-threat'),
    paragraph: urls.paragraph('petro-warns-real-threat', 7),
    citation: urls.citation('petro-warns-real-threat#p-7'),
    asset: urls.asset('/favicon.svg'),
    briefing: urls.briefing(),
    book: urls.book(),
    'book part': urls.bookPart(3),
    timeline: urls.timeline(),
    'timeline p2': urls.timeline(2),
    quotes: urls.quotes(),
    'quotes by': urls.quotes('donald-trump'),
    claims: urls.claims(),
    'claims p1': urls.claims(1),
    'claims p5': urls.claims(5),
    graph: urls.graph(),
    cluster: urls.graphCluster(2),
    search: urls.search(),
    'search q': urls.search('Nariño & "Petro"'),
    changes: urls.changes(),
    'changes of': urls.changes('2026-01-09-el-pais-report'),
    'changes unrecorded': urls.changes('unrecorded'),
    editions: urls.editions(),
    edition: urls.edition('2026-01-09-el-pais-report'),
  };
};

describe('site URLs', () => {
  it.each([
    ['/', ''],
    ['/dossier/', '/dossier'],
    ['/dossier', '/dossier'],
    ['/a/b/', '/a/b'],
  ])('under base %s every URL starts with the base and pages 2… are numbered', (base, prefix) => {
    expect(table(base)).toEqual({
      home: `${prefix}/`,
      people: `${prefix}/people/`,
      'people p1': `${prefix}/people/`,
      'people p3': `${prefix}/people/page/3/`,
      'articles p2': `${prefix}/articles/page/2/`,
      entity: `${prefix}/places/casa-de-narino/`,
      'list p1': `${prefix}/people/gustavo-petro/quotes-by/1/`,
      'list p4': `${prefix}/people/gustavo-petro/mentions/4/`,
      article: `${prefix}/articles/petro-warns-real-threat/`,
      paragraph: `${prefix}/articles/petro-warns-real-threat/#p-7`,
      citation: `${prefix}/articles/petro-warns-real-threat/#p-7`,
      asset: `${prefix}/favicon.svg`,
      briefing: `${prefix}/briefing/`,
      book: `${prefix}/book/`,
      'book part': `${prefix}/book/3/`,
      timeline: `${prefix}/timeline/`,
      'timeline p2': `${prefix}/timeline/page/2/`,
      quotes: `${prefix}/quotes/`,
      'quotes by': `${prefix}/quotes/by/donald-trump/`,
      claims: `${prefix}/claims/`,
      'claims p1': `${prefix}/claims/`,
      'claims p5': `${prefix}/claims/page/5/`,
      graph: `${prefix}/graph/`,
      cluster: `${prefix}/graph/cluster/2/`,
      search: `${prefix}/search/`,
      'search q': `${prefix}/search/?q=Nari%C3%B1o%20%26%20%22Petro%22`,
      changes: `${prefix}/changes/`,
      'changes of': `${prefix}/changes/#edition-2026-01-09-el-pais-report`,
      'changes unrecorded': `${prefix}/changes/#unrecorded`,
      editions: `${prefix}/editions/`,
      edition: `${prefix}/editions/2026-01-09-el-pais-report/`,
    });
  });
});

describe('citations and anchors', () => {
  it.each([
    ['petro-warns-real-threat', 7],
    ['a', 1],
    ['article-00012', 140],
  ])('formats %s ¶%i as a citation that parses back and names the paragraph anchor', (article, paragraph) => {
    const citation = formatCitation(article, paragraph);
    expect(citation).toMatch(CITATION_PATTERN);
    expect(parseCitation(citation)).toEqual({ article, paragraph });
    expect(citation.split('#')[1]).toBe(paragraphAnchor(paragraph));
  });

  it('refuses what is not a citation, naming it', () => {
    for (const bad of ['petro#7', 'petro#p-0', 'Petro#p-1', '#p-1', 'petro#p-1 '])
      expect(() => parseCitation(bad)).toThrow(`Not a citation: ${bad}`);
  });

  it('names quote and claim cards by their ids', () => {
    expect(quoteAnchor('trump-sick-man')).toBe('quote-trump-sick-man');
    expect(claimAnchor('petro-drug-lord')).toBe('claim-petro-drug-lord');
  });
});
