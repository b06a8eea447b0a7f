/**
 * `npm run review -- list|accept|reject …`: the command-line twin of the
 * review view in `npm run dev` (/review/). Lists the drafts ingest wrote to
 * content/_review/, and accepts or rejects one at a time. Argument parsing,
 * exit codes and printing only; the work is in src/tools/ingest/decide.ts.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { contentDir as defaultContentDir } from '../../content/content-dir';
import { commitWrites } from '../ingest/atomic-write';
import { planDecision } from '../ingest/decide';
import type { Draft } from '../ingest/drafts';
import { IngestError } from '../ingest/errors';
import { readReviewFile, REVIEW_FOLDER } from '../ingest/review-file';

export const USAGE = `Usage: npm run review -- <command> …

  list [ARTICLE]               the drafts waiting for review (of one article, or all)
  accept ARTICLE DRAFT [opts]  write the draft as a normal entry, with its citation:
      --speaker ID             a quote's speaker (a profile id), when the draft has none
      --translation "…"        a quote's English translation, when it is not in English
      --name "…"               an event's or profile's name (default: the draft's)
      --id ID                  the new entry's id (default: from the name)
  reject ARTICLE DRAFT         mark the draft rejected: ingest never proposes it again
  -h, --help                   this help

The same drafts, beside their paragraphs, with buttons: npm run dev, then /review/.`;

/** Where main reads and writes; tests replace these. */
export interface ReviewIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  contentDir: string;
}

/** One line describing a draft, as the list prints it. */
export function describeDraft(draft: Draft): string {
  switch (draft.kind) {
    case 'quote': {
      const speaker =
        draft.speaker === null
          ? `no speaker (${draft.rule}${draft.cue ? `: ${draft.cue}` : ''})`
          : 'entity' in draft.speaker
            ? draft.speaker.entity
            : `${draft.speaker.name} (no profile yet)`;
      return `quote ¶${draft.paragraph} “${draft.text}” — ${speaker}`;
    }
    case 'event':
      return `event ¶${draft.paragraph} ${draft.date} “${draft.text}” — ${draft.name}`;
    case 'profile':
      return `profile ¶${draft.paragraph} ${draft.name} (${draft.folder})${draft.role ? ` — ${draft.role.title}${draft.role.of ? ` of ${draft.role.of}` : ''}` : ''}`;
  }
}

/** Runs the command; returns the exit code (0 done, 1 refused, 2 bad usage). */
export function main(argv: readonly string[], io: Partial<ReviewIo> = {}): number {
  const stdout = io.stdout ?? ((text: string) => process.stdout.write(`${text}\n`));
  const stderr = io.stderr ?? ((text: string) => process.stderr.write(`${text}\n`));
  const contentDir = io.contentDir ?? defaultContentDir;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        speaker: { type: 'string' },
        translation: { type: 'string' },
        name: { type: 'string' },
        id: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    stderr(`review: ${(error as Error).message.split('\n')[0]} Run npm run review -- --help for the options.`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, article, draft] = positionals;
  if (values.help || !command) {
    (values.help ? stdout : stderr)(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === 'list') {
    const folder = join(contentDir, REVIEW_FOLDER);
    let articles: string[];
    try {
      articles = article
        ? [article]
        : readdirSync(folder)
            .filter((f) => f.endsWith('.json'))
            .map((f) => f.slice(0, -5))
            .sort();
    } catch {
      articles = [];
    }
    let shown = 0;
    for (const id of articles) {
      const file = readReviewFile(contentDir, id);
      const proposed = file?.drafts.filter((d) => d.status === 'proposed') ?? [];
      if (proposed.length === 0) continue;
      stdout(`${id}: ${proposed.length} draft${proposed.length === 1 ? '' : 's'}`);
      for (const d of proposed) stdout(`  ${d.id}  ${describeDraft(d)}`);
      shown += proposed.length;
    }
    if (shown === 0) stdout(article ? `review: no drafts waiting for ${article}.` : 'review: no drafts waiting.');
    return 0;
  }
  if ((command !== 'accept' && command !== 'reject') || !article || !draft || positionals.length > 3) {
    stderr(
      `review: expected "accept ARTICLE DRAFT" or "reject ARTICLE DRAFT" or "list". Run npm run review -- --help.`,
    );
    return 2;
  }
  try {
    const plan = planDecision({
      contentDir,
      article,
      draft,
      decision: command,
      edits: { speaker: values.speaker, translation: values.translation, name: values.name, id: values.id },
    });
    commitWrites(plan.writes);
    stdout(`review: ${plan.message}`);
    if (plan.entry) stdout(`  entry        ${relative(process.cwd(), plan.entry.path) || plan.entry.path}`);
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
      stderr(`review: ${error.message}`);
      return 1;
    }
    const { code, message } = error as NodeJS.ErrnoException;
    stderr(`review: could not write (${code ?? message.split('\n')[0]}); nothing was changed.`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
