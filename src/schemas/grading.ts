import { z } from 'astro/zod';
import { entityId } from './entity-base';
import { strictObject } from './strict';

/**
 * The NATO Admiralty code (AJP-2.1, STANAG 2511): how reliable a source is, A to F, and how credible a piece of
 * information is, 1 to 6, graded apart. F and 6 mean "cannot be judged".
 */
export const RELIABILITY = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
} as const;

export type Reliability = keyof typeof RELIABILITY;
export const RELIABILITY_GRADES = Object.keys(RELIABILITY) as [Reliability, ...Reliability[]];

export const CREDIBILITY = {
  1: 'confirmed by other independent sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
} as const;

export type Credibility = keyof typeof CREDIBILITY;
export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const satisfies readonly Credibility[];

/** A source's reliability, A–F, and why. */
export const reliabilityGrade = strictObject({
  /** A completely reliable … E unreliable; F when there is nothing to judge it by. */
  grade: z.enum(RELIABILITY_GRADES, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a reliability grade. Write one letter of the Admiralty code: ${RELIABILITY_GRADES.map((g) => `${g} (${RELIABILITY[g]})`).join(', ')}.`,
  }),
  /** Why this grade, in one line a reader can check: the record it rests on, or why there is none. */
  basis: z.string().min(1),
});

/** A piece of information's credibility, 1–6, and why. */
export const credibilityGrade = strictObject({
  /** 1 confirmed by other independent sources … 5 improbable; 6 when its truth cannot be judged. */
  grade: z.union(
    CREDIBILITY_GRADES.map((g) => z.literal(g)),
    {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a credibility grade. Write one number of the Admiralty code: ${CREDIBILITY_GRADES.map((g) => `${g} (${CREDIBILITY[g]})`).join(', ')}.`,
    },
  ),
  /** Why this grade, in one line a reader can check. */
  basis: z.string().min(1),
});

/** What kind of source an article is (ICD 206's source descriptor). */
export const SOURCE_KINDS = {
  interview: 'the outlet’s own interview',
  'report-of-interview': 'a report of an interview given to another outlet',
  statement: 'a statement by the party itself',
  report: 'the outlet’s own reporting',
  wire: 'a wire-agency report',
  unknown: 'kind not known',
} as const;

export type SourceKind = keyof typeof SOURCE_KINDS;
const SOURCE_KIND_NAMES = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

/** How close the source is to what it reports. */
export const ACCESS = {
  'first-hand': 'first-hand',
  'second-hand': 'second-hand',
  unknown: 'access not known',
} as const;

export type Access = keyof typeof ACCESS;
const ACCESS_NAMES = Object.keys(ACCESS) as [Access, ...Access[]];

/** A lower-case id of a line of reporting, e.g. bbc-interview. */
const groupId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not an independence group. Write lower-case words joined by hyphens, e.g. bbc-interview; articles that share a line of reporting share the group.`,
});

/** An article's source descriptor: what kind of source it is, how close to events, and which line of reporting it is. */
export const sourceDescriptor = strictObject({
  /** interview, report-of-interview, statement, report, wire, or unknown. */
  kind: z.enum(SOURCE_KIND_NAMES, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a kind of source. Write one of ${SOURCE_KIND_NAMES.join(', ')}.`,
  }),
  /** first-hand (the outlet saw or heard it itself), second-hand (it reports what another reported), or unknown. */
  access: z.enum(ACCESS_NAMES, {
    error: (issue) => `${JSON.stringify(issue.input)} is not an access. Write one of ${ACCESS_NAMES.join(', ')}.`,
  }),
  /**
   * The line of reporting the article belongs to. Articles in one group are not independent of each other (one outlet
   * rewriting another, two reports of one press release); a claim is confirmed only by two or more groups.
   */
  independenceGroup: groupId,
  /** The outlet that published it, when it has a profile (an organisation); its reliability grade is the article's. */
  outlet: entityId.optional(),
  /** What limits the source, in one line (completeness, age, who handled the information in between). */
  limits: z.string().min(1).optional(),
});

export type SourceDescriptor = z.infer<typeof sourceDescriptor>;
