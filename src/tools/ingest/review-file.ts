import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft, DraftStatus } from './drafts';

/**
 * The folder the drafts of every ingested article wait in for review:
 * content/_review/. The build never reads it (content-check and the loaders
 * skip names that start with _), so nothing in it is ever published.
 */
export const REVIEW_FOLDER = '_review';

/** One article's drafts, as content/_review/<article>.json holds them. */
export interface ReviewFile {
  /** What this file is, for whoever opens it. */
  about: string;
  /** The article's id. */
  article: string;
  /** The article's language. */
  language: string;
  /** Every draft, with its status: accepted and rejected ones stay, so a new ingest does not propose them again. */
  drafts: Draft[];
}

const ABOUT =
  'Drafts written by npm run ingest, waiting for review: accept or reject each in the review view of npm run dev (/review/) or with npm run review. Never published; the build skips this folder.';

/** Where an article's drafts live. */
export function reviewPath(contentDir: string, article: string): string {
  return join(contentDir, REVIEW_FOLDER, `${article}.json`);
}

/** An article's review file, or undefined when it has none (or it does not parse: it is written again). */
export function readReviewFile(contentDir: string, article: string): ReviewFile | undefined {
  const path = reviewPath(contentDir, article);
  if (!existsSync(path)) return undefined;
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as ReviewFile;
    return Array.isArray(file.drafts) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The drafts of a new ingest, with the decisions already taken on the same
 * drafts (same id: same kind, paragraph and words) kept: a rejected draft
 * stays rejected and an accepted one accepted. Decided drafts the new text no
 * longer yields are kept too, as the record of what was decided.
 */
export function mergeDecisions(fresh: readonly Draft[], previous: ReviewFile | undefined): Draft[] {
  const decided = new Map<string, DraftStatus>();
  for (const draft of previous?.drafts ?? []) if (draft.status !== 'proposed') decided.set(draft.id, draft.status);
  const merged = fresh.map((draft) => ({ ...draft, status: decided.get(draft.id) ?? draft.status }) as Draft);
  const ids = new Set(merged.map((d) => d.id));
  const kept = (previous?.drafts ?? []).filter((d) => d.status !== 'proposed' && !ids.has(d.id));
  return [...merged, ...kept];
}

/** The text of a review file. */
export function serialiseReviewFile(article: string, language: string, drafts: readonly Draft[]): string {
  const file: ReviewFile = { about: ABOUT, article, language, drafts: [...drafts] };
  return `${JSON.stringify(file, null, 2)}\n`;
}
