import { z } from 'astro/zod';
import { cite } from './citation';
import { reference } from './references';
import { RELATION_TYPE_NAMES } from './relation-types';
import { strictObject } from './strict';
import { timeScope } from './time-scope';
import { didYouMean } from '../shared/did-you-mean';
import { ID_PATTERN } from '../shared/id-pattern';
import { languageTag } from './language';

/**
 * An entity id: the profile's file name, unique across all five kinds. A
 * reference to that entity wherever it is used, so the cross-file checks find
 * every field of this schema (`src/schemas/references.ts`).
 */
export const entityId = reference(
  z.string().regex(ID_PATTERN, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not an entity id. Ids are lower-case file names without extension, e.g. gustavo-petro.`,
  }),
  'entity',
);

/** A statement of fact that names another entity, with its source. */
export const citedReference = strictObject({
  /** The entity this fact points at (its id). */
  ref: entityId,
  /** Where the sources say so. */
  cite,
  /** Set when this is our inference rather than the sources' words: say why. */
  inferred: z.string().min(1).optional(),
});

/** A short cited value, e.g. an organisation's type. */
export const citedText = strictObject({
  /** The value as the dossier states it. */
  value: z.string().min(1),
  /** Where the sources say so. */
  cite,
  /** Set when this is our inference rather than the sources' words: say why. */
  inferred: z.string().min(1).optional(),
});

/** A typed, cited relation from this entity to another one. */
export const relation = strictObject({
  /** What the relation is; see src/schemas/relation-types.ts for the list and its wording. */
  type: z.enum(RELATION_TYPE_NAMES, {
    error: (issue) =>
      `unknown relation type ${JSON.stringify(issue.input)}.${didYouMean(String(issue.input), RELATION_TYPE_NAMES)} Known types: ${RELATION_TYPE_NAMES.join(', ')}.`,
  }),
  /** The other entity (its id). */
  to: entityId,
  /** Where the sources say so. */
  cite,
  /** Set when this is our inference rather than the sources' words: say why. */
  inferred: z.string().min(1).optional(),
  ...timeScope,
});

/** Fields every entity profile has, whatever its kind. */
export const entityBase = {
  /** Display name, with its accents (Nicolás Maduro, not Nicolas Maduro). */
  name: z.string().min(1),
  /**
   * Other names the sources use for it: surnames, acronyms, spellings. Used to
   * find mentions in articles; matching ignores case and accents, except that
   * short all-capital aliases (US, ICE) only match in capitals.
   */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * The names readers meet in coverage in other languages, by language tag:
   * `{ es: [Casa Blanca], pt: [Casa Branca] }`. A name of a language is
   * matched only in articles of that language (abbreviations such as EE.UU.
   * or EUA as written, in capitals); search finds the profile by every one.
   */
  names: z.record(languageTag, z.array(z.string().min(1)).min(1)).optional(),
  /** Typed relations to other entities, each cited. */
  relations: z.array(relation).default([]),
};

export type CitedReference = z.infer<typeof citedReference>;
export type CitedText = z.infer<typeof citedText>;
export type Relation = z.infer<typeof relation>;
