import { describe, expect, it } from 'vitest';
import { bookAnchor } from '../../src/identity/anchors';
import { bookSection } from '../../src/site/book-html';

const links = new Map([
  ['/people/gustavo-petro/', { id: bookAnchor.title(bookAnchor.profile('gustavo-petro')), part: 1 }],
  ['/articles/a/#p-7', { id: bookAnchor.paragraph('a', 7), part: 1 }],
  ['/articles/b/#p-2', { id: bookAnchor.paragraph('b', 2), part: 3 }],
]);
const section = (html: string, pageRefs = true) =>
  bookSection(html, { section: bookAnchor.article('a'), links, part: 1, shift: 2, pageRefs });

describe('book anchors', () => {
  it('prefix a section’s ids with the section’s, joined by "--", which no content id holds', () => {
    expect(bookAnchor.paragraph('petro-warns-real-threat', 7)).toBe('article--petro-warns-real-threat--p-7');
    expect(bookAnchor.title(bookAnchor.profile('gustavo-petro'))).toBe('profile--gustavo-petro--title');
    expect(bookAnchor.quote('trump-sick-man')).toBe('chapter--quotes--quote-trump-sick-man');
    expect(bookAnchor.claim('petro-drug-lord')).toBe('chapter--claims--claim-petro-drug-lord');
  });
});

describe('a section of the book', () => {
  it.each([
    [
      'its ids, and what names them',
      '<h2 id="x">X</h2><figure aria-labelledby="x"><a href="#x">up</a></figure>',
      '<h4 id="article--a--x">X</h4><figure aria-labelledby="article--a--x"><a href="#article--a--x">up</a></figure>',
    ],
    [
      'a link the book holds, marked for its page number',
      '<a href="/people/gustavo-petro/">Petro</a>',
      '<a href="#profile--gustavo-petro--title" class="book-ref">Petro</a>',
    ],
    [
      'a citation, and a blockquote’s source',
      '<blockquote cite="/articles/a/#p-7"><p><a class="cite" href="/articles/a/#p-7">¶7</a></p></blockquote>',
      '<blockquote cite="#article--a--p-7"><p><a class="cite book-ref" href="#article--a--p-7">¶7</a></p></blockquote>',
    ],
    [
      'a link into another part of the book, to that part’s page, marked with its part',
      '<a class="cite" href="/articles/b/#p-2">¶2</a>',
      '<a class="cite book-part-ref" href="/book/3/#article--b--p-2" data-part="3">¶2</a>',
    ],
    [
      'a link to a page the book does not hold, as its text',
      '<p>See <a href="/people/"><b>People</b></a>.</p>',
      '<p>See <b>People</b>.</p>',
    ],
    [
      'a source the book does not hold, dropped',
      '<blockquote cite="/quotes/"><p>q</p></blockquote>',
      '<blockquote><p>q</p></blockquote>',
    ],
    ['an external link, kept', '<a href="https://example.org/">out</a>', '<a href="https://example.org/">out</a>'],
    [
      'scripts, removed',
      '<p>a</p><script type="module">x()</script><script type="application/ld+json">{}</script>',
      '<p>a</p>',
    ],
    [
      'a page’s regions, as plain parts of the section',
      '<aside aria-labelledby="f"><h2 id="f">Facts</h2></aside><section aria-labelledby="s"><h2 id="s">S</h2></section>',
      '<div><h4 id="article--a--f">Facts</h4></div><section><h4 id="article--a--s">S</h4></section>',
    ],
    ['headings, moved down but not past h6', '<h1>a</h1><h3>b</h3><h5>c</h5>', '<h3>a</h3><h5>b</h5><h6>c</h6>'],
  ])('rewrites %s', (_, html, expected) => {
    expect(section(html)).toBe(expected);
  });

  it('leaves links unmarked where page references are off (an article’s own text)', () => {
    expect(section('<a class="mention" href="/people/gustavo-petro/">Petro</a>', false)).toBe(
      '<a class="mention" href="#profile--gustavo-petro--title">Petro</a>',
    );
  });
});
