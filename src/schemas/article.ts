import { z } from 'astro/zod';
import { cite } from './citation';
import { entityId } from './entity-base';
import { strictObject } from './strict';
import { edtfString } from './event';
import { sourceDescriptor } from './grading';

/**
 * A fact about the article itself that its text may or may not state. The
 * dossier never guesses silently: a value is either stated by the source,
 * inferred (with the reasoning written down), or recorded as not stated.
 */
function sourced<Value extends z.ZodType>(value: Value) {
  return z.discriminatedUnion(
    'status',
    [
      strictObject({
        /** The source states it. */
        status: z.literal('stated'),
        /** The value. */
        value,
        /** Where the source states it, when it is in the text. */
        cite: cite.optional(),
      }),
      strictObject({
        /** We inferred it from the text. */
        status: z.literal('inferred'),
        /** The inferred value. */
        value,
        /** Why we think so, in a sentence a reader can check. */
        basis: z.string().min(1),
        /** The paragraphs the inference rests on. */
        cite: cite.optional(),
      }),
      strictObject({
        /** The source does not say, and we do not guess. */
        status: z.literal('not-stated'),
        /** What the text does say about it, if anything. */
        note: z.string().min(1).optional(),
      }),
    ],
    {
      error: () =>
        'status must be "stated" (with value), "inferred" (with value and basis) or "not-stated" (with an optional note).',
    },
  );
}

/** A source article: its metadata here, its verbatim text as the MDX body. */
export const articleSchema = strictObject({
  /** Headline written by the dossier's editors (the seed texts have none). */
  title: z.string().min(1),
  /** A short name for citations, e.g. "BBC interview" (shown as "BBC interview ¶7"). */
  label: z.string().min(1).max(40),
  /** Who published it. */
  outlet: sourced(z.string().min(1)),
  /** When it was published, as an EDTF date or interval. */
  published: sourced(edtfString),
  /** Language of the text, as a BCP 47 tag (en, es …). */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a language tag; write e.g. en or es.`,
  }),
  /** Where the article lives online. */
  url: sourced(z.url({ protocol: /^https?$/, error: 'url must be an http(s) address.' })),
  /** Two or three sentences on what the article reports, written from its text. */
  summary: z.string().min(1),
  /** The raw text file this article was made from, kept in content/seeds/. */
  seed: z.string().regex(/^[^/\\.][^/\\]*$/, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a file name in content/seeds/. Write the seed file's name alone, e.g. 000_ed13a5765eb58403.txt.`,
  }),
  /**
   * Ids of the entities the text mentions, as found by ingest with the site's
   * own matcher: a record for review. Pages use the mentions the build finds.
   */
  entities: z.array(entityId).default([]),
  /** What kind of source it is, how close to events, and which line of reporting (ICD 206's source descriptor). */
  source: sourceDescriptor,
  /**
   * The text as it was received (the Berkeley Protocol's preservation record): when, and the SHA-256 of the seed
   * file's bytes. The build refuses a seed that no longer has this hash, and paragraphs that no longer match it.
   */
  received: strictObject({
    /** The day the text was received, as EDTF; an interval when only bounded (../2026-11-22: on or before). */
    retrieved: edtfString,
    /** How the day is known, in one line, when it is not the day ingest ran. */
    basis: z.string().min(1).optional(),
    /** The SHA-256 of the seed file's bytes, as 64 lower-case hex digits: what `sha256sum` prints. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a SHA-256 hash. Write the 64 lower-case hex digits \`sha256sum content/seeds/<seed>\` prints.`,
    }),
  }).optional(),
});

export type Article = z.infer<typeof articleSchema>;
/** A fact about an article that is stated, inferred, or not stated (see `sourced`). */
export type Sourced = Article['outlet'];
