import { z } from 'astro/zod';
import { cite } from './citation';
import { strictObject } from './strict';
import { EDTF_HINT, isDossierDate } from '../shared/dates';

/** Whether a role or relation holds as of the dossier's date. */
export const FACT_STATUSES = ['current', 'ended', 'unknown'] as const;

export type FactStatus = (typeof FACT_STATUSES)[number];

/** A fact that no longer stands: kept and shown, marked, with why; left out of every "current" view. */
export const superseded = strictObject({
  /** Why it no longer stands, in one line: what replaced it, or what showed it wrong. */
  reason: z.string().min(1),
  /** Where the sources say so, when they do. */
  cite: cite.optional(),
});

/**
 * The fields that scope a role or a relation in time, as Wikidata's qualifiers and OpenSanctions' occupancies do:
 * spread into the role's and the relation's schemas.
 */
export const timeScope = {
  /**
   * When it held, as an EDTF interval: 2022-08-07/.. (since that day), 2024/2026-01-03, ../2026-01 (until then).
   * Leave out when the sources do not say.
   */
  valid: z
    .string()
    .refine(isDossierDate, {
      error: (issue) => `${JSON.stringify(issue.input)} is not a valid date. ${EDTF_HINT}`,
    })
    .optional(),
  /**
   * current, ended or unknown as of the dossier's date. Leave out to have it computed: ended when `valid` ends before
   * the as-of date, current when a citation dated within 31 days of it supports the fact, unknown otherwise. Written
   * out, it is checked against the same rules.
   */
  status: z
    .enum(FACT_STATUSES, {
      error: (issue) =>
        `status ${JSON.stringify(issue.input)} is not one of ${FACT_STATUSES.join(', ')} (a fact that no longer stands takes "superseded:" with its reason instead).`,
    })
    .optional(),
  /** Set when the fact no longer stands (replaced, or shown wrong): say why. */
  superseded: superseded.optional(),
};

export type Superseded = z.infer<typeof superseded>;
