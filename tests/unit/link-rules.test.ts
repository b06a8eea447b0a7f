import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonWordNames, loadEntityDictionary } from '../../src/content/render/entity-dictionary';
import { isCommonWordName, MentionMatcher, type MatchContext } from '../../src/content/render/mention-matcher';
import { allNames, namesByLanguage } from '../../src/identity/names';

/** The link rules of docs/authoring/ingest.md, one case each: what links, what does not, and why. */
const matcher = new MentionMatcher([
  {
    id: 'donald-trump',
    kind: 'people',
    name: 'Donald Trump',
    aliases: ['Trump'],
    roleTitles: ['US President'],
  },
  {
    id: 'gustavo-petro',
    kind: 'people',
    name: 'Gustavo Petro',
    aliases: ['Petro'],
    names: { es: ['Gustavo Petro Urrego'] },
  },
  { id: 'nicolas-maduro', kind: 'people', name: 'Nicolás Maduro', aliases: ['Maduro'] },
  { id: 'mexico', kind: 'places', name: 'Mexico', aliases: [] },
  { id: 'colombia', kind: 'places', name: 'Colombia', aliases: [] },
  {
    id: 'united-states',
    kind: 'places',
    name: 'United States',
    aliases: ['US', 'U.S.'],
    names: { es: ['Estados Unidos', 'EE.UU.', 'EE. UU.'], pt: ['Estados Unidos', 'EUA'] },
  },
  { id: 'white-house', kind: 'places', name: 'White House', aliases: [], names: { es: ['Casa Blanca'] } },
  { id: 'republicans', kind: 'organizations', name: 'Republicans', aliases: ['Republican'] },
  {
    id: 'capture-of-maduro',
    kind: 'events',
    name: 'Seizure and capture of Nicolás Maduro',
    aliases: ['capture', 'phone call'],
    citedArticles: ['bbc-interview'],
  },
  { id: 'energy', kind: 'topics', name: 'Energy', aliases: [], citedArticles: ['bbc-interview'] },
  { id: 'delcy-rodriguez', kind: 'people', name: 'Delcy Rodríguez', aliases: ['Rodríguez'] },
  { id: 'jorge-rodriguez', kind: 'people', name: 'Jorge Rodríguez', aliases: ['Rodríguez'] },
  { id: 'para-group', kind: 'organizations', name: 'Para', aliases: [] },
]);

const links = (text: string, context: MatchContext = {}) => matcher.find(text, context).map((m) => [m.text, m.entity]);

describe('names inside longer names', () => {
  it.each([
    ['a first name before a surname', 'A Melania Trump spoke.', []],
    ['a capitalised word after a name', 'They met at Trump Tower.', []],
    ['a place inside a longer place', 'He flew to New Mexico.', []],
    ['a person named in full with one more surname', 'Nicolás Maduro Guerra appeared in court.', []],
    ['a title before the name', 'President Trump spoke.', [['Trump', 'donald-trump']]],
    ['a sentence opener before the name', 'But Trump spoke.', [['Trump', 'donald-trump']]],
    ['an adverb opening the sentence', 'Separately Trump spoke.', [['Trump', 'donald-trump']]],
    [
      'another known name next to it',
      'Republican U.S. Senator Rand Paul',
      [
        ['Republican', 'republicans'],
        ['U.S.', 'united-states'],
      ],
    ],
    ['a weekday before the name', 'On Monday Trump spoke.', [['Trump', 'donald-trump']]],
    [
      'a headline in title case',
      'Petro Says Trump Admitted Planning An Operation',
      [
        ['Petro', 'gustavo-petro'],
        ['Trump', 'donald-trump'],
      ],
    ],
  ])('%s', (_case, text, expected) => {
    expect(links(text, { language: 'en' })).toEqual(expected);
  });
});

describe('common-word names', () => {
  it('tells common words from names by how they are written', () => {
    expect(isCommonWordName('capture')).toBe(true);
    expect(isCommonWordName('phone call')).toBe(true);
    expect(isCommonWordName('Trump')).toBe(false);
    expect(isCommonWordName('@jdquesada')).toBe(false);
    expect(isCommonWordName('Energy', 'topics', true)).toBe(true);
    expect(isCommonWordName('Trump–Petro phone call', 'events', true)).toBe(false);
    expect(isCommonWordName('Colombia', 'places', true)).toBe(false);
  });

  it('links a common-word alias only in the articles its profile cites', () => {
    const text = 'They agreed to help capture major drug traffickers after the phone call.';
    expect(links(text, { article: 'a-new-article' })).toEqual([]);
    expect(links(text, { article: 'bbc-interview' })).toEqual([
      ['capture', 'capture-of-maduro'],
      ['phone call', 'capture-of-maduro'],
    ]);
  });

  it('does the same for a topic named in sentence case', () => {
    expect(links('Energy prices rose.', { article: 'a-new-article' })).toEqual([]);
    expect(links('Energy prices rose.', { article: 'bbc-interview' })).toEqual([['Energy', 'energy']]);
  });

  it('never links a name that is a common word of the text’s language', () => {
    expect(links('Es para Colombia.', { language: 'es' })).toEqual([['Colombia', 'colombia']]);
    expect(links('The Para group.', { language: 'en' })).toEqual([['Para', 'para-group']]);
  });
});

describe('names by language', () => {
  it.each([
    [
      'es',
      'La Casa Blanca y EE.UU. hablaron.',
      [
        ['Casa Blanca', 'white-house'],
        ['EE.UU.', 'united-states'],
      ],
    ],
    [
      'es',
      'Según EE. UU., Estados Unidos',
      [
        ['EE. UU.', 'united-states'],
        ['Estados Unidos', 'united-states'],
      ],
    ],
    [
      'pt',
      'Os EUA e os Estados Unidos',
      [
        ['EUA', 'united-states'],
        ['Estados Unidos', 'united-states'],
      ],
    ],
    ['es', 'Gustavo Petro Urrego habló.', [['Gustavo Petro Urrego', 'gustavo-petro']]],
  ])('%s: %s', (language, text, expected) => {
    expect(links(text, { language })).toEqual(expected);
  });

  it('matches a name only in its language, and an abbreviation only as written', () => {
    expect(links('the Casa Blanca restaurant', { language: 'en' })).toEqual([]);
    expect(links('os eua', { language: 'pt' })).toEqual([]);
  });
});

describe('ambiguous names', () => {
  it('leaves a shared surname unlinked and reports it, until the article names one of them in full', () => {
    const reader = matcher.reader({ language: 'en' });
    expect(reader.find('Rodríguez spoke first.').map((m) => m.entity)).toEqual([]);
    expect(reader.ambiguities.map((a) => [a.text, a.candidates])).toEqual([
      ['Rodríguez', ['delcy-rodriguez', 'jorge-rodriguez']],
    ]);
    expect(reader.find('Delcy Rodríguez spoke. Later Rodríguez left.').map((m) => [m.text, m.entity])).toEqual([
      ['Delcy Rodríguez', 'delcy-rodriguez'],
      ['Rodríguez', 'delcy-rodriguez'],
    ]);
  });

  it('does not link a bare surname once another person of that name appeared, unless a title tells', () => {
    const reader = matcher.reader({ language: 'en' });
    reader.find('Donald Trump arrived with Melania Trump.');
    expect(reader.find('Trump smiled. President Trump spoke.').map((m) => [m.text, m.entity])).toEqual([
      ['Trump', 'donald-trump'],
    ]);
    expect(reader.ambiguities.map((a) => [a.text, a.candidates])).toEqual([
      ['Trump', ['donald-trump', 'Melania Trump']],
    ]);
    // Two paragraphs on, news style has moved back to the president.
    expect(reader.find('Trump left.').map((m) => m.entity)).toEqual(['donald-trump']);
  });
});

describe('names by language of a profile', () => {
  it('adds a country’s Spanish and Portuguese names from its ISO code, without repeating its own', () => {
    expect(
      namesByLanguage({ name: 'United States', aliases: ['US'], countryCode: 'US', names: { pt: ['EUA'] } }),
    ).toEqual({ es: ['Estados Unidos'], pt: ['EUA', 'Estados Unidos', 'Estados Unidos da América'] });
    expect(namesByLanguage({ name: 'Colombia', aliases: [], countryCode: 'CO' })).toEqual({});
    expect(allNames({ name: 'White House', aliases: [], names: { es: ['Casa Blanca'], pt: ['Casa Branca'] } })).toEqual(
      ['White House', 'Casa Blanca', 'Casa Branca'],
    );
  });
});

describe('the entity dictionary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dictionary-'));
  mkdirSync(join(dir, 'places'));
  mkdirSync(join(dir, 'events'));
  writeFileSync(
    join(dir, 'places', 'united-states.mdx'),
    '---\nname: United States\naliases: [US]\ncountryCode: US\ntype:\n  value: country\n  cite: a#p-1\n---\n\nThe US.<Cite to="b#p-2" />\n',
  );
  writeFileSync(
    join(dir, 'events', 'call.mdx'),
    '---\nname: Phone call\naliases: [phone call, \'para\']\nnames:\n  es: [llamada]\n---\n\nA call.<Cite to="a#p-3" />\n',
  );
  const dictionary = loadEntityDictionary(dir);

  it('reads names by language, a country’s names and the articles a profile cites', () => {
    expect(dictionary.entities.map((e) => [e.id, e.names, e.citedArticles])).toEqual([
      ['united-states', { es: ['Estados Unidos'], pt: ['Estados Unidos', 'Estados Unidos da América'] }, ['a', 'b']],
      ['call', { es: ['llamada'] }, ['a']],
    ]);
  });

  it('finds the names that are common words of the articles’ languages, for the build’s warning', () => {
    expect(commonWordNames(dictionary.entities, ['en', 'es'])).toEqual([
      { entity: 'call', kind: 'events', written: 'para', language: 'es' },
    ]);
  });
});
