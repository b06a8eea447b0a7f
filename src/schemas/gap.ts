import { z } from 'astro/zod';
import { listId } from './judgment';
import { strictObject } from './strict';

/** An information gap (ICD 203): a question the sources leave open, and why it matters. */
export const gapSchema = strictObject({
  /** The gap's id. */
  id: listId,
  /** The question, ending in a question mark. */
  question: z
    .string()
    .min(1)
    .refine((text) => text.trim().endsWith('?'), {
      error: 'is not a question. Write the gap as the question the sources leave open, ending with "?".',
    }),
  /** Why the answer matters: which judgment it would firm up or overturn. */
  whyItMatters: z.string().min(1),
  /** The judgments (ids) it bears on. */
  judgments: z.array(listId).default([]),
  /** What would answer it, if anything could. */
  wouldClose: z.string().min(1).optional(),
});

export type Gap = z.infer<typeof gapSchema>;
