import { describe, expect, it } from 'vitest';
import { MentionMatcher } from '../../src/content/render/mention-matcher';

const matcher = new MentionMatcher([
  { id: 'nicolas-maduro', name: 'Nicolás Maduro', aliases: ['Maduro'] },
  { id: 'gustavo-petro', name: 'Gustavo Petro', aliases: ['Petro', 'President Petro'] },
  { id: 'delcy-rodriguez', name: 'Delcy Rodríguez', aliases: [] },
  { id: 'bogota', name: 'Bogotá', aliases: [] },
  { id: 'casa-de-narino', name: 'Casa de Nariño', aliases: [] },
  { id: 'colombia', name: 'Colombia', aliases: [] },
  { id: 'united-states', name: 'United States', aliases: ['US', 'U.S.'] },
  { id: 'us-army', name: 'US army', aliases: [] },
  {
    id: 'ice',
    name: 'US Immigration and Customs Enforcement',
    aliases: ['ICE', 'Immigration and Customs Enforcement'],
  },
  { id: 'cia', name: 'CIA', aliases: [] },
  { id: 'daniel-garcia-pena', name: 'Daniel García-Peña', aliases: ['García-Peña'] },
  { id: 'trump-administration', name: 'Trump administration', aliases: [] },
  { id: 'donald-trump', name: 'Donald Trump', aliases: ['Trump'] },
]);

const found = (text: string) => matcher.find(text).map((m) => [m.entity, m.text]);

describe('MentionMatcher', () => {
  it.each([
    ['accented name', 'the seizure of Nicolás Maduro', [['nicolas-maduro', 'Nicolás Maduro']]],
    ['name without accents', 'the capture of Nicolas Maduro', [['nicolas-maduro', 'Nicolas Maduro']]],
    ['upper case', 'NICOLÁS MADURO spoke', [['nicolas-maduro', 'NICOLÁS MADURO']]],
    [
      'Bogota and Bogotá',
      'invited to Bogota, then Bogotá',
      [
        ['bogota', 'Bogota'],
        ['bogota', 'Bogotá'],
      ],
    ],
    ['multi-word place with accent', 'from the Casa de Narino', [['casa-de-narino', 'Casa de Narino']]],
    ['possessive', "Petro's tone", [['gustavo-petro', 'Petro']]],
    ['curly possessive', 'Trump’s previous characterizations', [['donald-trump', 'Trump']]],
    ['longest match first', 'Gustavo Petro said', [['gustavo-petro', 'Gustavo Petro']]],
    [
      'longest alias over name part',
      'fed to the Trump administration by',
      [['trump-administration', 'Trump administration']],
    ],
    ['alias', 'President Petro is set to visit', [['gustavo-petro', 'President Petro']]],
    ['hyphenated name', 'Ambassador Daniel García-Peña confirmed', [['daniel-garcia-pena', 'Daniel García-Peña']]],
    ['hyphenated name without accents', 'Garcia-Pena confirmed', [['daniel-garcia-pena', 'Garcia-Pena']]],
    [
      'acronym in capitals',
      'ICE agents and the CIA',
      [
        ['ice', 'ICE'],
        ['cia', 'CIA'],
      ],
    ],
    ['acronym as a plain word stays plain', 'told us about the ice', []],
    ['US in capitals', 'the US has pledged', [['united-states', 'US']]],
    ['"us" in lower case stays plain', 'let us talk', []],
    ['U.S. with dots', 'the U.S. president', [['united-states', 'U.S.']]],
    ['acronym inside a longer name', 'the US army', [['us-army', 'US army']]],
    ['no match inside a word', 'Colombian President', []],
    [
      'two mentions in one text',
      'Colombia and the US',
      [
        ['colombia', 'Colombia'],
        ['united-states', 'US'],
      ],
    ],
    ['name split by a sentence end is not one name', 'said Gustavo. Petro added', [['gustavo-petro', 'Petro']]],
  ])('%s', (_case, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports character offsets into the original text', () => {
    const text = 'Then Nicolás Maduro was captured.';
    const [match] = matcher.find(text);
    expect(text.slice(match!.start, match!.end)).toBe('Nicolás Maduro');
  });
});
