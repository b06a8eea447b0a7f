import { z } from 'astro/zod';
import { cite } from './citation';
import { entityId } from './entity-base';
import { credibilityGrade } from './grading';
import { strictObject } from './strict';

/** How a claim stands in the sources. */
export const CLAIM_STATUSES = ['reported', 'disputed', 'denied', 'confirmed'] as const;

/** A contested or notable statement of fact, who makes it, and how it stands. */
export const claimSchema = strictObject({
  /** The claim in one sentence, as its claimant puts it. */
  statement: z.string().min(1),
  /** Who makes the claim (an entity id); leave out for an unnamed claimant and say who in `claimantNote`. */
  claimant: entityId.optional(),
  /** The claimant as the source describes them, when they have no profile (e.g. "Federal officials"). */
  claimantNote: z.string().min(1).optional(),
  /** Whom or what the claim is about (entity ids). */
  about: z.array(entityId).min(1),
  /** The paragraphs that report the claim. */
  cite,
  /**
   * reported: the sources report it, no one in them contests it;
   * disputed: someone in the sources contests it;
   * denied: its subject denies it;
   * confirmed: a second, independent party in the sources confirms it.
   */
  status: z.enum(CLAIM_STATUSES, {
    error: (issue) => `status ${JSON.stringify(issue.input)} is not one of ${CLAIM_STATUSES.join(', ')}.`,
  }),
  /** Claims (ids) this one supports. */
  supports: z.array(z.string().min(1)).default([]),
  /** Claims (ids) this one contradicts; shown side by side. */
  contradicts: z.array(z.string().min(1)).default([]),
  /** Why the status is what it is, when that is not obvious from the sources. */
  note: z.string().min(1).optional(),
  /**
   * How credible the claim is, 1–6 on the Admiralty code, and why; graded apart from its sources' reliability. 1
   * ("confirmed by other independent sources"), like status confirmed, needs support from two independence groups.
   */
  credibility: credibilityGrade.optional(),
});

export type Claim = z.infer<typeof claimSchema>;
