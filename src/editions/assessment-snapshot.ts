import { z } from 'astro/zod';
import { ACCESS, RELIABILITY_GRADES, SOURCE_KINDS, type Access, type SourceKind } from '../schemas/grading';
import { ALERTS, TRENDS } from '../schemas/dossier';
import { DIRECTIONS } from '../schemas/indicator';
import { CONFIDENCES, LIKELIHOOD_IDS } from '../schemas/likelihood';
import type { AssessmentModel } from '../views/assessment';

/**
 * What an edition keeps of the dossier's assessment (views/assessment.ts): its key judgments with their terms as they
 * were, what to watch and its status then, the unknowns, the trend and the alert, the source summary and every grade.
 * Optional in a snapshot: editions recorded before the dossier made judgments have none, and keep their hash.
 */

const text = z.string().min(1);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not an id (lower-case words joined by hyphens)');
const cite = z.array(z.string().regex(/^[a-z0-9-]+#p-[1-9][0-9]*$/, 'is not a citation (<article>#p-<n>)'));
const count = z.int().min(0);

export const assessmentSnapshotSchema = z.strictObject({
  judgments: z.array(
    z.strictObject({
      id,
      text,
      likelihood: z.enum(LIKELIHOOD_IDS),
      confidence: z.enum(CONFIDENCES),
      confidenceBasis: text,
      cite,
      assumptions: z.array(z.strictObject({ text, ifWrong: text })),
      singleLine: z.boolean(),
      change: z.strictObject({ reason: text, cite }).optional(),
    }),
  ),
  indicators: z.array(
    z.strictObject({
      id,
      observable: text,
      checkBy: text,
      status: z.enum(['not-seen', 'seen', 'lapsed']),
      cite,
      moves: z.array(z.strictObject({ judgment: id, direction: z.enum(DIRECTIONS) })),
    }),
  ),
  unknowns: z.array(z.strictObject({ id, question: text, whyItMatters: text, judgments: z.array(id) })),
  trend: z.strictObject({ direction: z.enum(TRENDS), rationale: text, cite }).optional(),
  alert: z.strictObject({ kind: z.enum(ALERTS), rationale: text, cite }).optional(),
  sources: z.strictObject({
    articles: count,
    namedOutlets: count,
    unnamedOutlets: count,
    lines: count,
    firstHand: count,
    secondHand: count,
    judgments: count,
    singleLine: count,
    gradedClaims: count,
  }),
  grades: z.strictObject({
    sources: z.array(
      z.strictObject({
        article: id,
        reliability: z.enum(RELIABILITY_GRADES),
        kind: z.enum(Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]]),
        access: z.enum(Object.keys(ACCESS) as [Access, ...Access[]]),
        group: id,
      }),
    ),
    claims: z.array(z.strictObject({ id: text, grade: z.string().regex(/^[A-F](?:\/[A-F])*[1-6]$/) })),
  }),
}) satisfies z.ZodType<AssessmentModel>;

export type AssessmentSnapshot = z.output<typeof assessmentSnapshotSchema>;
