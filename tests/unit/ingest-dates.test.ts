import { describe, expect, it } from 'vitest';
import { dateAnchor, findDates } from '../../src/tools/ingest/dates';

/** Dates resolved against a publication date, as an analyst would: one case per rule. */
const wednesday = dateAnchor({ status: 'stated', value: '2026-02-04' });
const dates = (text: string, language: string, anchor = wednesday) =>
  findDates(text, language, anchor).map((d) => [d.text, d.edtf]);

describe('findDates', () => {
  it.each([
    ['en', 'They met on Tuesday.', [['on Tuesday', '2026-02-03']]],
    ['en', 'He arrived Wednesday evening.', [['Wednesday evening', '2026-02-04']]],
    ['en', 'The talks will resume on Friday.', [['on Friday', '2026-02-06']]],
    ['en', 'It happened last week.', [['last week', '2026-01-26/2026-02-01']]],
    ['en', 'It happened this week.', [['this week', '2026-02-02/2026-02-08']]],
    ['en', 'He will visit later this year.', [['later this year', '2026-02-04/2026-12-31']]],
    ['en', 'Sales fell last month.', [['last month', '2026-01']]],
    ['en', 'On January 7, they spoke.', [['On January 7', '2026-01-07']]],
    ['en', 'Trade grew in 2025.', [['in 2025', '2025']]],
    ['en', 'It fell in October.', [['in October', '2025-10']]],
    ['en', 'It was so for decades, and in recent months too.', []],
    ['es', 'Se reunieron el martes.', [['el martes', '2026-02-03']]],
    ['es', 'Ocurrió el 3 de febrero de 2026.', [['el 3 de febrero de 2026', '2026-02-03']]],
    ['es', 'Ocurrió la semana pasada.', [['la semana pasada', '2026-01-26/2026-02-01']]],
    ['es', 'Las elecciones del 31 de mayo.', [['del 31 de mayo', '2026-05-31']]],
    ['es', 'Rubio tiene previsto viajar en marzo.', [['en marzo', '2026-03']]],
    ['es', 'Ocurrió anteayer.', [['anteayer', '2026-02-02']]],
    ['es', 'Figura en la lista desde 1997.', [['desde 1997', '1997']]],
    ['es', 'Envió cocaína entre 2020 y 2025.', [['entre 2020 y 2025', '2020/2025']]],
    ['pt', 'Reuniram-se na quarta-feira.', [['na quarta-feira', '2026-02-04']]],
    ['pt', 'Em 7 de janeiro, falaram.', [['Em 7 de janeiro', '2026-01-07']]],
    ['pt', 'Aconteceu na semana passada.', [['na semana passada', '2026-01-26/2026-02-01']]],
    ['pt', 'Aconteceu anteontem.', [['anteontem', '2026-02-02']]],
    ['pt', 'O encontro deve acontecer em abril.', [['em abril', '2026-04']]],
  ])('%s: %s', (language, text, expected) => {
    expect(dates(text, language)).toEqual(expected);
  });

  it('reads the tense of the date’s own clause, quotations left out', () => {
    expect(dates('He wrote on Tuesday that Colombia “will not be intimidated”.', 'en')).toEqual([
      ['on Tuesday', '2026-02-03'],
    ]);
    expect(dates('O Brasil vai sediar a reunião, anunciou nesta quarta-feira o Itamaraty.', 'pt')).toEqual([
      ['nesta quarta-feira', '2026-02-04'],
    ]);
  });

  it('makes a date derived from an inferred or open publication date uncertain, and says why', () => {
    const open = dateAnchor({ status: 'inferred', value: '2026-01-09/..' });
    const [date] = findDates('during their Wednesday phone call', 'en', open);
    expect(date?.edtf).toBe('2026-01-07?');
    expect(date?.reasoning).toBe(
      'The text says “Wednesday”; the article was published on or after 9 January 2026 (inferred), so that Wednesday is 7 January 2026, the last one before it. The publication date is itself inferred, so this date is uncertain.',
    );
    expect(dates('later this year', 'en', open)).toEqual([['later this year', '2026-01-09?/2026-12-31?']]);
    expect(dates('January 9, 2026', 'en', open)).toEqual([['January 9, 2026', '2026-01-09']]);
  });

  it('explains a resolved date like the dossier’s inferred notes, and says nothing of a date stated in full', () => {
    const [relative, absolute] = findDates('They met on Tuesday, and again on 6 February 2026.', 'en', wednesday);
    expect(relative?.reasoning).toBe(
      'The text says “on Tuesday”; the article was published on Wednesday 4 February 2026, so that Tuesday is 3 February 2026, the last one before it.',
    );
    expect(absolute?.reasoning).toBeUndefined();
  });

  it('resolves only full dates without a publication date', () => {
    // Called without an anchor (the helper's default would give it one): a weekday alone is not resolved.
    const unanchored = (text: string) => findDates(text, 'en', undefined).map((d) => [d.text, d.edtf]);
    expect(unanchored('It happened on Tuesday, 3 February 2026.')).toEqual([
      ['on Tuesday, 3 February 2026', '2026-02-03'],
    ]);
    expect(unanchored('It happened on Tuesday.')).toEqual([]);
  });
});
