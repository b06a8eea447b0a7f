import { z } from 'astro/zod';
import { cite } from './citation';
import { citedReference, entityBase } from './entity-base';
import { strictObject } from './strict';
import { EDTF_HINT, isDossierDate } from '../shared/dates';

/** An EDTF date string: 2026-01-07, 2026-01, 2026-01-07?, ../2026-01-07 … */
export const edtfString = z.string().refine(isDossierDate, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a valid date. ${EDTF_HINT}`,
});

/** When something happened, with its precision (from the EDTF form) and its source. */
export const eventDate = strictObject({
  /** The date in EDTF; its form carries the precision and certainty. */
  edtf: edtfString,
  /** Where the sources date it. */
  cite,
  /** How a relative date ("Wednesday evening") was resolved, when it was: say why. */
  inferred: z.string().min(1).optional(),
});

/** Something that happened (or is planned) in the sources. */
export const eventSchema = strictObject({
  ...entityBase,
  /** When it happened; leave out when the sources do not date it (the page says "not stated"). */
  date: eventDate.optional(),
  /** Where it happened, when the sources say. */
  location: citedReference.optional(),
  /** Who took part, each cited. */
  participants: z.array(citedReference).default([]),
});

export type DossierEvent = z.infer<typeof eventSchema>;
