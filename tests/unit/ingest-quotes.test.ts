import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitParagraphs } from '../../src/content/render/article-text';
import { loadEntityDictionary, type DictionaryEntity } from '../../src/content/render/entity-dictionary';
import { MentionMatcher } from '../../src/content/render/mention-matcher';
import { normaliseForQuote, quoteAppearsIn } from '../../src/content/render/quote-match';
import { knownNames } from '../../src/tools/ingest/known-names';
import { findNames } from '../../src/tools/ingest/names';
import { findQuotes } from '../../src/tools/ingest/quotes';
import { findQuoteSpans } from '../../src/tools/ingest/quote-spans';

const ROOT = join(import.meta.dirname, '..', '..');

describe('findQuoteSpans', () => {
  const spans = (text: string) => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));

  it.each([
    ['curly double', 'He called it “a return to normality.”', ['a return to normality.']],
    ['guillemets', '«Vinimos a escuchar», declaró.', ['Vinimos a escuchar']],
    ['straight double', 'She said "not now" and left.', ['not now']],
    ['curly single, a trailing comma left out', '‘We tried,’ he said.', ['We tried']],
    [
      'straight single with apostrophes inside and out',
      "Colombia's leader said 'I'm not involved in that' and Trump's aide 'agreed'.",
      ["I'm not involved in that", 'agreed'],
    ],
    ['a quotation inside another is part of it', '“He told me ‘no’ twice,” she said.', ['He told me ‘no’ twice']],
    [
      'dash dialogue, turn by turn',
      '—¿Habló con Trump? —le preguntó una periodista. —Hablamos de todo —respondió Petro.',
      ['¿Habló con Trump?', 'Hablamos de todo'],
    ],
    ['a social post signature is no dialogue', '— EL PAÍS América Colombia (@ElPaisAmericaCo) January 9, 2026', []],
  ])('%s', (_case, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

/** A small dossier: who can speak, with roles for "the U.S. president". */
const entities: DictionaryEntity[] = [
  ['donald-trump', 'people', 'Donald Trump', ['Trump'], [{ title: 'US President', of: 'united-states' }]],
  ['gustavo-petro', 'people', 'Gustavo Petro', ['Petro'], [{ title: 'President of Colombia', of: 'colombia' }]],
  ['united-states', 'places', 'United States', ['US', 'U.S.'], []],
  ['colombia', 'places', 'Colombia', [], []],
  ['bbc', 'organizations', 'BBC', [], []],
].map(([id, kind, name, aliases, roles]) => ({
  id: id as string,
  kind: kind as DictionaryEntity['kind'],
  name: name as string,
  aliases: aliases as string[],
  names: {},
  citedArticles: [],
  roles: roles as DictionaryEntity['roles'],
  roleTitles: (roles as DictionaryEntity['roles']).map((r) => r.title),
}));
const dictionary = {
  entities,
  kindOf: new Map(entities.map((e) => [e.id, e.kind])),
  matcher: new MentionMatcher(entities),
};

/** The speaker of each quotation of a text, as a profile id, a new name, or null. */
function speakers(paragraphs: string[], language = 'en') {
  const names = findNames(paragraphs, language, knownNames(dictionary, 'test'));
  return findQuotes(paragraphs, language, { names, entities }).map((q) => {
    const speaker = q.speaker === null ? null : 'entity' in q.speaker ? q.speaker.entity : q.speaker.name;
    return [q.text, speaker, q.rule];
  });
}

describe('the speaker sieve', () => {
  it.each([
    [
      'after the quote, a pronoun for the first person of the sentence before',
      ['Petro spoke to the BBC. “We are not afraid,” he noted.'],
      [['We are not afraid', 'gustavo-petro', 'after']],
    ],
    [
      'after the quote, a name after the verb',
      ['“It will take months,” said economist Camila Herrera.'],
      [['It will take months', 'Camila Herrera', 'after']],
    ],
    [
      'a name and a colon',
      ['Gustavo Petro, presidente de Colombia: “Hay que dialogar.”'],
      [['Hay que dialogar.', 'gustavo-petro', 'colon']],
    ],
    [
      'according to',
      ['According to Petro, the call “froze” the threat.'],
      [['froze', 'gustavo-petro', 'according-to']],
    ],
    [
      'a possessive noun of saying',
      ['He argued that Trump’s remarks about a “sick man” were wrong.'],
      [['sick man', 'donald-trump', 'speech-noun']],
    ],
    [
      'the nearest verb of saying and its subject',
      ['Petro stated that the U.S. president told him he was “thinking about it”.'],
      [['thinking about it', 'donald-trump', 'speech-verb']],
    ],
    [
      'a participle takes the sentence’s subject',
      ['Trump spoke to the BBC, adding that “the cartels run it.”'],
      [['the cartels run it.', 'donald-trump', 'speech-verb']],
    ],
    [
      'a description without a name gives no speaker',
      ['A Colombian official said the shift came “from both sides.”'],
      [['from both sides.', null, 'unnamed']],
    ],
    [
      'a scare quote of one or two words gives none',
      ['Petro has pursued a “total peace” strategy.'],
      [['total peace', null, 'scare']],
    ],
    [
      'a quotation that opens the next sentence continues its speaker',
      ['Trump told the BBC: “We will see.” “It depends on Colombia, and on nobody else.”'],
      [
        ['We will see.', 'donald-trump', 'speech-verb'],
        ['It depends on Colombia, and on nobody else.', 'donald-trump', 'continuation'],
      ],
    ],
  ])('%s', (_case, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });

  it.each([
    [
      'es: según',
      'es',
      ['Según Petro, la llamada “congeló” la amenaza.'],
      [['congeló', 'gustavo-petro', 'according-to']],
    ],
    [
      'es: a verb without subject takes the topic',
      'es',
      ['Petro habló con la BBC.', 'Añadió que Colombia «no cederá».'],
      [['no cederá', 'gustavo-petro', 'speech-verb']],
    ],
    [
      'es: dialogue answered after a dash',
      'es',
      ['—¿Habló con Trump? —preguntó una periodista. —Hablamos de todo —respondió Petro.'],
      [
        ['¿Habló con Trump?', null, 'unnamed'],
        ['Hablamos de todo', 'gustavo-petro', 'after'],
      ],
    ],
    [
      'pt: segundo, past a description (a name this dossier has no profile for)',
      'pt',
      ['Segundo o governo dos Estados Unidos, “nada mudou”.'],
      [['nada mudou', 'Estados Unidos', 'according-to']],
    ],
    [
      'pt: a pronoun for the person before',
      'pt',
      ['Petro falou à BBC. “Não temos medo”, disse ele.'],
      [['Não temos medo', 'gustavo-petro', 'after']],
    ],
  ])('%s', (_case, language, paragraphs, expected) => {
    expect(speakers(paragraphs, language)).toEqual(expected);
  });

  it('proposes only words that are in their paragraph, word for word', () => {
    const paragraphs = ['He said “a”, then “b c d” and ‘e’.', '“Open quote never closed.'];
    const names = findNames(paragraphs, 'en', knownNames(dictionary, 'test'));
    for (const q of findQuotes(paragraphs, 'en', { names, entities })) {
      expect(quoteAppearsIn(q.text, paragraphs[q.paragraph - 1]!)).toBe(true);
    }
  });
});

describe('on the two seeds', () => {
  const content = join(ROOT, 'content');
  const real = loadEntityDictionary(content);
  const registry = parseYaml(readFileSync(join(content, 'quotes.yaml'), 'utf8')) as Record<
    string,
    { speaker: string; text: string; cite: string }
  >;
  const seeds = {
    'petro-warns-real-threat': '000_ed13a5765eb58403.txt',
    'petro-says-call-froze-threat': '002_39be1f96713fcf52.txt',
  };

  it('reproduces every speaker of the quote registry (37 quotes)', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [article, seed] of Object.entries(seeds)) {
      const paragraphs = splitParagraphs(readFileSync(join(content, 'seeds', seed), 'utf8'));
      const names = findNames(paragraphs, 'en', knownNames(real, article));
      const candidates = findQuotes(paragraphs, 'en', { names, entities: real.entities });
      for (const [id, quote] of Object.entries(registry)) {
        if (!quote.cite.startsWith(`${article}#`)) continue;
        checked++;
        const paragraph = Number(quote.cite.split('#p-')[1]);
        const words = normaliseForQuote(quote.text).replace(/[.,]$/u, '');
        const found = candidates.find((c) => c.paragraph === paragraph && normaliseForQuote(c.text).includes(words));
        const speaker = found?.speaker && 'entity' in found.speaker ? found.speaker.entity : undefined;
        if (speaker !== quote.speaker) wrong.push(`${id}: ${speaker ?? 'none'} instead of ${quote.speaker}`);
      }
    }
    expect(checked).toBe(37);
    expect(wrong).toEqual([]);
  });
});
