/**
 * The words a key judgment may use for how likely it is: the first row of the US ICD 203 yardstick (Intelligence
 * Community Directive 203, Analytic Standards, 2015, standard 2), each with its range in per cent. A dossier uses this
 * row only; the directive's second row (remote … nearly certain) is refused in a judgment, so the two never mix.
 */
export const LIKELIHOODS = {
  'almost-no-chance': { term: 'almost no chance', forms: ['almost no chance'], range: [1, 5] },
  'very-unlikely': { term: 'very unlikely', forms: ['very unlikely'], range: [5, 20] },
  unlikely: { term: 'unlikely', forms: ['unlikely'], range: [20, 45] },
  'roughly-even-chance': { term: 'roughly even chance', forms: ['roughly even chance'], range: [45, 55] },
  likely: { term: 'likely', forms: ['likely'], range: [55, 80] },
  'very-likely': { term: 'very likely', forms: ['very likely'], range: [80, 95] },
  'almost-certain': { term: 'almost certain', forms: ['almost certain', 'almost certainly'], range: [95, 99] },
} as const satisfies Record<string, { term: string; forms: readonly string[]; range: readonly [number, number] }>;

/** A likelihood, by its id: `likely`, `very-unlikely` … */
export type Likelihood = keyof typeof LIKELIHOODS;

/** The likelihoods from least to most likely. */
export const LIKELIHOOD_IDS = Object.keys(LIKELIHOODS) as [Likelihood, ...Likelihood[]];

/** ICD 203's second row, which this dossier does not use: its words and their forms, each with the row-one term it stands for. */
export const OTHER_ROW = [
  { words: ['remote', 'remotely'], instead: 'almost no chance' },
  { words: ['highly improbable', 'highly improbably'], instead: 'very unlikely' },
  { words: ['improbable', 'improbably'], instead: 'unlikely' },
  { words: ['roughly even odds'], instead: 'roughly even chance' },
  { words: ['probable', 'probably'], instead: 'likely' },
  { words: ['highly probable', 'highly probably'], instead: 'very likely' },
  { words: ['nearly certain', 'nearly certainly'], instead: 'almost certain' },
] as const;

/**
 * Hedges that say something might be so without saying how likely: a judgment states its likelihood with a term of
 * the yardstick instead.
 */
export const BARE_HEDGES = ['may', 'might', 'could', 'possibly', 'perhaps', 'maybe'] as const;

/** How sure the dossier is of a judgment: a matter of the evidence and the reasoning, stated apart from the likelihood. */
export const CONFIDENCES = ['low', 'moderate', 'high'] as const;

export type Confidence = (typeof CONFIDENCES)[number];

/** Words that speak of confidence; none may stand in the sentence that gives a judgment's likelihood. */
export const CONFIDENCE_WORDS = ['confidence', 'confident', 'confidently'] as const;

/** "55–80 %": a likelihood's range as the briefing prints it. */
export function likelihoodRange(likelihood: Likelihood): string {
  const [low, high] = LIKELIHOODS[likelihood].range;
  return `${low}–${high} %`;
}
