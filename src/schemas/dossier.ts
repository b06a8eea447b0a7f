import { z } from 'astro/zod';
import { cite } from './citation';
import { entityId } from './entity-base';
import { edtfString } from './event';
import { strictObject } from './strict';

/** Which way a situation moved (CrisisWatch). */
export const TRENDS = ['deteriorated', 'improved', 'unchanged'] as const;

/** What a reader is alerted to (CrisisWatch). */
export const ALERTS = ['risk', 'opportunity', 'none'] as const;

/** A sentence the dossier states, with its source. */
export const citedStatement = strictObject({
  /** The sentence. */
  text: z.string().min(1),
  /** Where the sources say so. */
  cite,
});

/** The dossier as a whole: what it covers and what a reader should know first. */
export const dossierSchema = strictObject({
  /** The dossier's title, shown on the home page and in every page title. */
  title: z.string().min(1),
  /** One sentence on what the dossier covers. */
  scope: z.string().min(1),
  /** The date the dossier's picture is current to, as EDTF, and why that date. */
  asOf: strictObject({
    /** The date. */
    edtf: edtfString,
    /** Why this date: usually the latest date the sources support. */
    basis: z.string().min(1),
  }),
  /** The main actors, each with their position in one cited line. */
  keyActors: z.array(
    strictObject({
      /** The actor's entity id. */
      ref: entityId,
      /** Their position in the situation, in one line. */
      position: z.string().min(1),
      /** Where the sources say so. */
      cite,
    }),
  ),
  /** Bottom line up front: three or four cited sentences. */
  bottomLine: z.array(citedStatement).min(1),
  /** The events the briefing's short timeline shows, by id (they appear in date order). */
  keyEvents: z.array(strictObject({ /** An event's id. */ ref: entityId })).default([]),
  /** Three to five quotes for the briefing: ids from content/quotes.yaml. */
  keyQuotes: z.array(z.string().min(1)).default([]),
  /** Which way the situation moved over the period the dossier covers (CrisisWatch's arrow), and why, cited. */
  trend: strictObject({
    /** deteriorated, improved or unchanged. */
    direction: z.enum(TRENDS, {
      error: (issue) => `trend ${JSON.stringify(issue.input)} is not one of ${TRENDS.join(', ')}.`,
    }),
    /** Why, in one or two sentences. */
    rationale: z.string().min(1),
    /** Where the sources say what the rationale rests on. */
    cite,
  }).optional(),
  /** A risk or an opportunity a reader should act on now (CrisisWatch's alert), or none, and why, cited. */
  alert: strictObject({
    /** risk, opportunity, or none. */
    kind: z.enum(ALERTS, {
      error: (issue) => `alert ${JSON.stringify(issue.input)} is not one of ${ALERTS.join(', ')}.`,
    }),
    /** Why, in one or two sentences. */
    rationale: z.string().min(1),
    /** Where the sources say what the rationale rests on. */
    cite,
  }).optional(),
});

export type Dossier = z.infer<typeof dossierSchema>;
