/**
 * The vocabulary of what changes between two editions of the dossier. The
 * editions compare snapshots with it (`src/editions/diff.ts`, whose wording is
 * in `src/editions/change-words.ts`) and dossier.json describes it
 * (`src/exports/dossier-json-schema.ts`); it sits here, below both.
 */

/** The groups changes fall in, in the order the changes page shows them. */
export const CHANGE_GROUPS = [
  'articles',
  'entities',
  'facts',
  'summaries',
  'quotes',
  'claims',
  'briefing',
  'judgments',
  'grades',
] as const;
export type ChangeGroup = (typeof CHANGE_GROUPS)[number];

/** The kinds of change. */
export const CHANGE_TYPES = [
  'added',
  'removed',
  'renamed',
  'changed',
  'status',
  'linked',
  'unlinked',
  'cited',
  'moved',
] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];
