import { z } from 'astro/zod';
import { cite, citation } from './citation';
import { entityId } from './entity';
import { edtfString } from './event';
import { strictObject } from './strict';

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
  /** Three to five quotes for the briefing, each checked word for word against its paragraph. */
  keyQuotes: z
    .array(
      strictObject({
        /** Who said it (an entity id). */
        speaker: entityId,
        /** The words, exactly as in the cited paragraph (curly or straight quotes alike). */
        text: z.string().min(1),
        /** The one paragraph the words are in. */
        cite: citation,
        /** To whom, where or how it was said, when that matters. */
        context: z.string().min(1).optional(),
      }),
    )
    .default([]),
});

export type Dossier = z.infer<typeof dossierSchema>;
