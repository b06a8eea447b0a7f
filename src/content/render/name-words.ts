import { fold } from '../../shared/fold';

/**
 * Titles and offices written before or after a name in English, Spanish and
 * Portuguese news ("President Petro", "Secretary of State Marco Rubio", "la
 * vicepresidenta Delcy Rodríguez", "o chanceler Mauro Vieira"), folded. A
 * capitalised title next to a name does not make it part of a longer name.
 */
const TITLES = new Set(
  [
    // English
    'president presidents vice secretary senator sen minister ministers ambassador governor gov mayor chancellor',
    'general gen admiral director chief leader envoy representative rep congressman congresswoman judge prosecutor',
    'attorney mr mrs ms dr sir lord lady king queen prince princess pope commander colonel col captain officer',
    'spokesman spokeswoman spokesperson foreign defence defense interior deputy acting interim former first',
    'premier prime chairman chairwoman chair ceo founder host anchor correspondent editor reporter',
    // Spanish
    'presidente presidenta vicepresidente vicepresidenta canciller ministro ministra senador senadora embajador',
    'embajadora gobernador gobernadora alcalde alcaldesa secretario secretaria don dona sr sra senor senora fiscal',
    'directora jefe jefa lider mandatario mandataria congresista representante juez jueza comandante coronel',
    'exministro expresidente expresidenta portavoz vocero vocera defensor defensora diputado diputada',
    // Portuguese
    'chanceler embaixador embaixadora governador governadora prefeito prefeita secretaria senhor senhora dom',
    'procurador procuradora diretor chefe deputado deputada juiz juiza porta-voz ex-presidente ex-ministro',
  ]
    .join(' ')
    .split(' '),
);

/** Days and months in English, Spanish and Portuguese, folded ("Monday Trump said"; "Em Janeiro Petro"). */
const DATE_WORDS = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday',
    'january february march april may june july august september october november december',
    'lunes martes miercoles jueves viernes sabado domingo',
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
    'segunda-feira terca-feira quarta-feira quinta-feira sexta-feira segunda terca quarta quinta sexta',
    'janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro',
  ]
    .join(' ')
    .split(' '),
);

/**
 * What an office is of, after "of" or before a title ("Secretary of State
 * Marco Rubio", "Defense Secretary", "ministro de Defensa"): part of the
 * title, not of a name, when a title goes with it.
 */
const OFFICE_WORDS = new Set(
  'state treasury justice homeland security commerce energy defense defence interior affairs relations trade finance health education labor labour agriculture estado defensa hacienda interior exteriores relaciones comercio justicia pueblo defesa fazenda justica relacoes exteriores povo'.split(
    ' ',
  ),
);

/** True for a word that names what an office is of ("State", "Defensa"). */
export function isOfficeWord(word: string): boolean {
  return OFFICE_WORDS.has(fold(word));
}

/** True for a title or office ("President", "presidenta", "Sr."), ignoring case and accents, plural "s" aside. */
export function isTitleWord(word: string): boolean {
  const key = fold(word).replace(/\.$/, '');
  return TITLES.has(key) || (key.endsWith('s') && TITLES.has(key.slice(0, -1)));
}

/** True for a word that may stand next to a name without being part of it: a title, a day or a month. */
export function isNeighbourWord(word: string): boolean {
  return isTitleWord(word) || isOfficeWord(word) || DATE_WORDS.has(fold(word));
}
