import { z } from 'astro/zod';
import { citation } from './citation';
import { entityId } from './entity-base';
import { strictObject } from './strict';

/** Words someone said, as a source quotes them: checked against the paragraph at build time. */
export const quoteSchema = strictObject({
  /** Who said it (an entity id). */
  speaker: entityId,
  /**
   * The words exactly as in the cited paragraph, without the surrounding
   * quotation marks. Curly and straight quotes and runs of white space may
   * differ; anything else fails the build.
   */
  text: z.string().min(1),
  /** The one paragraph the words appear in. */
  cite: citation,
  /** Language of the words, as a BCP 47 tag (en, es …). */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a language tag; write e.g. en or es.`,
  }),
  /** An English translation, required when the words are not in English; made by the dossier's editors. */
  translation: z.string().min(1).optional(),
  /** To whom, where and when it was said, as far as the source says. */
  context: strictObject({
    /** Who it was said to (an entity id), e.g. the outlet that interviewed the speaker. */
    to: entityId.optional(),
    /** Where it was said (an entity id of a place). */
    where: entityId.optional(),
    /** The event it was said at or about (an entity id of an event). */
    event: entityId.optional(),
    /** The circumstances in one line, from the source. */
    note: z.string().min(1).optional(),
  }),
  /** Entities the words are about, besides the speaker (entity ids). */
  about: z.array(entityId).default([]),
});

export type Quote = z.infer<typeof quoteSchema>;
