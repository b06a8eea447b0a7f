import { z } from 'astro/zod';
import { CITATION_PATTERN } from './citation';
import { entityId } from './entity-base';
import { CONFIDENCES, LIKELIHOOD_IDS } from './likelihood';
import { strictObject } from './strict';

/** An id in a list file (a judgment's, an indicator's, a gap's): lower-case words joined by hyphens. */
export const listId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not an id. Ids are lower-case words joined by hyphens, e.g. visit-likely, as they become part of a link.`,
});

/** What a judgment rests on: a claim's id (content/claims.yaml) or a paragraph citation. */
export const evidence = z
  .string()
  .regex(new RegExp(`^(?:[a-z0-9]+(?:-[a-z0-9]+)*|${CITATION_PATTERN.source.slice(1, -1)})$`), {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is neither a claim id nor a citation. Write a claim's id from content/claims.yaml, e.g. petro-call-froze-us-operation, or a paragraph, e.g. petro-warns-real-threat#p-7.`,
  });

/** One line of text: no line breaks. */
const oneLine = z
  .string()
  .min(1)
  .refine((text) => !/[\n\r]/.test(text.trim()), { error: 'is more than one line. Say it in one line.' });

/** A linchpin assumption: what the judgment takes for granted that the sources do not show. */
export const assumption = strictObject({
  /** The assumption, as a sentence. */
  text: z.string().min(1),
  /** What would follow for the judgment if it were wrong. */
  ifWrong: z.string().min(1),
});

/**
 * A key judgment: what the dossier judges likely or unlikely, how sure it is, and what that rests on (ICD 203). Its
 * text carries its likelihood term, and no confidence word in the same sentence; the build checks both.
 */
export const judgmentSchema = strictObject({
  /** The judgment's id, for indicators, gaps and editions to name it. */
  id: listId,
  /** The judgment as the reader sees it, with its likelihood term in it ("… is likely to …"). */
  text: z.string().min(1),
  /** How likely: a term of ICD 203's first row (almost-no-chance … almost-certain). */
  likelihood: z.enum(LIKELIHOOD_IDS, {
    error: (issue) =>
      `likelihood ${JSON.stringify(issue.input)} is not on the ICD 203 yardstick. Write one of ${LIKELIHOOD_IDS.join(', ')}.`,
  }),
  /** How sure the dossier is, from the evidence and the reasoning: low, moderate or high. */
  confidence: z.enum(CONFIDENCES, {
    error: (issue) => `confidence ${JSON.stringify(issue.input)} is not one of ${CONFIDENCES.join(', ')}.`,
  }),
  /** Why that confidence, in one line: the evidence's quality and what it leaves open. Never the likelihood. */
  confidenceBasis: oneLine,
  /** What the judgment rests on: claim ids and paragraph citations, at least one. */
  basis: z.array(evidence).min(1),
  /** Evidence that points the other way, if any: claim ids and paragraph citations. */
  against: z.array(evidence).default([]),
  /** The entities the judgment concerns (ids): their briefs show it. */
  about: z.array(entityId).min(1),
  /** Linchpin assumptions: what the judgment takes for granted, and what follows if it is wrong. */
  assumptions: z.array(assumption).default([]),
  /**
   * Why the likelihood or the confidence moved since the latest edition: required (by `npm run edition`) whenever one
   * of them did; shown on /changes/ as "likely → very likely".
   */
  change: strictObject({
    /** Why, in one line. */
    reason: oneLine,
    /** What the change rests on: claim ids and paragraph citations, at least one. */
    basis: z.array(evidence).min(1),
  }).optional(),
});

export type Judgment = z.infer<typeof judgmentSchema>;
export type Assumption = z.infer<typeof assumption>;
