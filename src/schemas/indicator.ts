import { z } from 'astro/zod';
import { cite } from './citation';
import { edtfString } from './event';
import { listId } from './judgment';
import { strictObject } from './strict';

/** What an author records of an indicator; "lapsed" is never written: it is computed from the dates. */
export const INDICATOR_STATUSES = ['not-seen', 'seen'] as const;

/** Which way an indicator, once seen, would move a judgment's likelihood. */
export const DIRECTIONS = ['up', 'down'] as const;

/** One judgment an indicator moves, and which way. */
export const move = strictObject({
  /** The judgment's id (content/judgments.yaml). */
  judgment: listId,
  /** up: seeing it makes the judgment more likely; down: less likely. */
  direction: z.enum(DIRECTIONS, {
    error: (issue) => `direction ${JSON.stringify(issue.input)} is not up or down.`,
  }),
});

/**
 * Something to watch for (the Tradecraft Primer's indicators, CrisisWatch's "what to watch"): observable, tied to the
 * judgments it moves, with a date by which it should be seen.
 */
export const indicatorSchema = strictObject({
  /** The indicator's id. */
  id: listId,
  /** What a reader could see happen, in one sentence. */
  observable: z.string().min(1),
  /** The date by which it should be seen, as EDTF (2026-03-31, 2026-03). After it, unseen, it lapses. */
  checkBy: edtfString,
  /** The judgments it moves, and which way. */
  moves: z.array(move).min(1),
  /** not-seen, or seen (with `cite`). "lapsed" is computed: not seen by the check-by date. */
  status: z
    .enum(INDICATOR_STATUSES, {
      error: (issue) =>
        issue.input === 'lapsed'
          ? 'status "lapsed" is not written: it is computed when the check-by date is before the dossier\'s as-of date. Write not-seen.'
          : `status ${JSON.stringify(issue.input)} is not one of ${INDICATOR_STATUSES.join(', ')}.`,
    })
    .default('not-seen'),
  /** Where the sources report it seen: required with status seen, and only then. */
  cite: cite.optional(),
});

export type Indicator = z.infer<typeof indicatorSchema>;
