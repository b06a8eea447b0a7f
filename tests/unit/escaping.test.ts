import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/site/scripts/search-results';
import { pagefindPair } from '../../src/views/search-facets';
import { cssString } from '../../src/site/css';

describe('excerptParts', () => {
  it('keeps only the <mark> boundaries as structure', () => {
    expect(excerptParts('ICE agents of <mark>Petro</mark> and <mark>Petro’s</mark> call')).toEqual([
      { text: 'ICE agents of ', marked: false },
      { text: 'Petro', marked: true },
      { text: ' and ', marked: false },
      { text: 'Petro’s', marked: true },
      { text: ' call', marked: false },
    ]);
  });

  it('turns escaped markup into text, never into elements', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;b&gt;</mark> &amp;amp;')).toEqual([
      { text: '<script>alert(1)</script> ', marked: false },
      { text: '<b>', marked: true },
      { text: ' &amp;', marked: false },
    ]);
  });

  it('leaves raw tags other than mark as literal text', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
    ]);
  });
});

describe('pagefindPair', () => {
  it.each([
    ['outlet', 'BBC', 'outlet:BBC'],
    ['outlet', 'Reuters, London', 'outlet:Reuters\\, London'],
    ['title', 'a\\b', 'title:a\\\\b'],
  ])('%s=%s → %s', (key, value, expected) => {
    expect(pagefindPair(key, value)).toBe(expected);
  });
});

describe('cssString', () => {
  it.each([
    ['US–Colombia · as of 9 January 2026', '"US–Colombia · as of 9 January 2026"'],
    ['a "quoted" \\ back', '"a \\"quoted\\" \\\\ back"'],
    ['</style><script>x</script>', '"\\3c /style>\\3c script>x\\3c /script>"'],
  ])('%s', (input, expected) => {
    expect(cssString(input)).toBe(expected);
  });
});
