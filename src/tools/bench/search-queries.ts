/**
 * What readers type, and the result each query must put in its first three:
 * names and aliases with and without accents (generated from the profiles in
 * search.test.ts), phrases from each article (their paragraph), misspelt names
 * (the profile, through the suggestion), registered quotes and claims (their
 * card). Written from the two seed articles; docs/features/search.md reports
 * how these do.
 */
export interface SearchCase {
  query: string;
  /** A site path without the base: the page, with its #fragment when the result is a paragraph or a card. */
  expected: string;
}

const BBC = '/articles/petro-warns-real-threat/';
const EL_PAIS = '/articles/petro-says-call-froze-threat/';

export const PHRASES: SearchCase[] = [
  { query: 'dominating the world', expected: `${BBC}#p-2` },
  { query: 'a crackdown on crime and immigrants', expected: `${BBC}#p-3` },
  { query: 'watch his ass', expected: `${BBC}#p-6` },
  { query: 'a 180-degree shift in rhetoric', expected: `${BBC}#p-7` },
  { query: 'the call lasted just under an hour', expected: `${BBC}#p-9` },
  { query: 'killing more than 110 people', expected: `${BBC}#p-12` },
  { query: 'shot dead a 37-year-old US citizen', expected: `${BBC}#p-16` },
  { query: 'largest producer of cocaine', expected: `${BBC}#p-20` },
  { query: 'roll back restrictions on crude oil', expected: `${BBC}#p-21` },
  { query: 'peace talks with groups termed as bandits', expected: `${BBC}#p-26` },
  { query: 'reliance on geography and people over military might', expected: `${BBC}#p-31` },
  { query: 'thinking about doing bad things in Colombia', expected: `${EL_PAIS}#p-2` },
  { query: 'popular resistance', expected: `${EL_PAIS}#p-4` },
  { query: 'lacks sophisticated anti-aircraft defenses', expected: `${EL_PAIS}#p-4` },
  { query: 'radical Republican circles in Florida', expected: `${EL_PAIS}#p-7` },
  { query: 'focused almost exclusively on drug trafficking', expected: `${EL_PAIS}#p-11` },
  { query: 'renewable energy', expected: `${EL_PAIS}#p-14` },
  { query: 'internal Venezuelan dialogue rather than external imposition', expected: `${EL_PAIS}#p-16` },
  { query: 'commercial and energy competition with China', expected: `${EL_PAIS}#p-17` },
  { query: 'an unlikely intermediary', expected: `${EL_PAIS}#p-18` },
  { query: 'the jaguar of Latin American anti-imperialism', expected: `${EL_PAIS}#p-19` },
  // Quoted: the exact phrase.
  { query: '"sounds good"', expected: `${BBC}#p-2` },
  { query: '"isolated from the world"', expected: `${BBC}#p-2` },
];

/** Words a reader remembers from one paragraph, not as a phrase: Pagefind's ranking decides these. */
export const WORDS: SearchCase[] = [
  { query: 'family exile cartels 20 years', expected: `${BBC}#p-24` },
  { query: 'ICE cities investigations undocumented', expected: `${BBC}#p-15` },
  { query: 'Minneapolis mayor reckless', expected: `${BBC}#p-16` },
  { query: 'coca cultivation homicide rates', expected: `${BBC}#p-27` },
  { query: 'oil gold emeralds', expected: `${BBC}#p-20` },
  { query: 'Hannity land cartels Mexico', expected: `${BBC}#p-13` },
  { query: 'spies CIA government', expected: `${BBC}#p-29` },
  { query: 'Rubio Villavicencio schedule', expected: `${EL_PAIS}#p-13` },
  { query: 'Maduro Caracas extracted', expected: `${EL_PAIS}#p-3` },
  { query: 'Florida misinformation Republican', expected: `${EL_PAIS}#p-7` },
  { query: 'anti-aircraft deterrent mobilizations', expected: `${EL_PAIS}#p-4` },
  { query: 'García-Peña Paul instrumental', expected: `${EL_PAIS}#p-19` },
];

/** One word a reader remembers: the paragraph that holds it, above the profiles that restate it. */
export const WORD: SearchCase[] = [
  { query: 'emeralds', expected: `${BBC}#p-20` },
  { query: 'homicide', expected: `${BBC}#p-27` },
  { query: 'bandits', expected: `${BBC}#p-26` },
  { query: 'exile', expected: `${BBC}#p-24` },
  { query: 'spies', expected: `${BBC}#p-29` },
  { query: 'geopolitics', expected: `${EL_PAIS}#p-11` },
  { query: 'mobilizations', expected: `${EL_PAIS}#p-4` },
  { query: 'pragmatic', expected: `${EL_PAIS}#p-19` },
];

export const MISSPELT: SearchCase[] = [
  { query: 'Trunp', expected: '/people/donald-trump/' },
  { query: 'Rubbio', expected: '/people/marco-rubio/' },
  { query: 'Madurro', expected: '/people/nicolas-maduro/' },
  { query: 'Gustavo Pedro', expected: '/people/gustavo-petro/' },
  { query: 'Delcy Rodrigez', expected: '/people/delcy-rodriguez/' },
  { query: 'Villavicensio', expected: '/people/rosa-yolanda-villavicencio/' },
  { query: 'Hanity', expected: '/people/sean-hannity/' },
  { query: 'Venezeula', expected: '/places/venezuela/' },
];

export const QUOTES: SearchCase[] = [
  { query: 'sick man who likes making cocaine', expected: '/quotes/#quote-trump-sick-man' },
  { query: 'going to start now hitting land', expected: '/quotes/#quote-trump-start-hitting-land' },
  { query: 'most of it occupied by me', expected: '/quotes/#quote-petro-call-most-of-it-occupied-by-me' },
  { query: 'An empire was not built by being isolated', expected: '/quotes/#quote-petro-empire-not-built-isolated' },
  { query: 'unir al pueblo de Venezuela', expected: '/quotes/#quote-petro-delcy-under-pressure' },
];

export const CLAIMS: SearchCase[] = [
  { query: 'under pressure from outside and from inside', expected: '/claims/#claim-petro-delcy-under-pressure' },
  { query: 'fed lies to the Trump administration', expected: '/claims/#claim-petro-right-wing-opposition-fed-lies' },
  {
    query: 'the woman shot dead in Minneapolis',
    expected: '/claims/#claim-federal-officials-woman-tried-to-run-over-agents',
  },
  {
    query: 'Petro is not involved in making or selling cocaine',
    expected: '/claims/#claim-petro-denies-drug-involvement',
  },
];
