/**
 * `npm run ingest -- <file> --title "…" --outlet "…" --date YYYY-MM-DD`:
 * turns a raw article text into content/articles/<slug>.mdx. Argument
 * parsing, exit codes and printing only; the work is in src/tools/ingest/.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { contentDir as defaultContentDir } from '../../content/content-dir';
import { IngestError } from '../ingest/errors';
import { ingest } from '../ingest/ingest';
import { MAX_INPUT_BYTES } from '../ingest/read-input';
import { formatReport } from '../ingest/report';
import { reportJson } from '../ingest/report-json';
import { commitWrites } from '../ingest/atomic-write';

export const USAGE = `Usage: npm run ingest -- <file> --title "…" --outlet "…" --date YYYY-MM-DD [options]

Turns a raw article text (UTF-8, one paragraph per line, at most ${MAX_INPUT_BYTES / 1024 / 1024} MiB) into
content/articles/<slug>.mdx, copies it to content/seeds/, links known entities and
suggests names that match no profile.

  --title "…"       headline written by us (the texts have none)          required
  --outlet "…"      who published it, or not-stated                       required
  --date DATE       publication date as EDTF (2026-01-08, 2026-01-08/..),
                    or not-stated                                         required
  --date-inferred "…"  the date is our inference: say why (dates resolved
                    against it are then drafted as uncertain)
  --url URL         where it lives online (default: not stated)
  --lang TAG        language, e.g. en or es (default: detected)
  --label "…"       short name for citations, max 40 characters (default: outlet: title)
  --summary "…"     summary (default: first paragraph, cut at a sentence)
  --slug ID         file name (default: from the title)
  --draft           write content/articles/_<slug>.mdx, left out of the build,
                    with TODOs for whatever is missing
  --create-stubs    write draft profiles content/<kind>/_<id>.mdx for suggested names
  --force           replace an existing article (and seed copy)
  --dry-run         print the report, write nothing (but --report)
  --report FILE     also write the report as JSON for other tools: suggestions,
                    quotes with speakers, dated events (EDTF), profiles
  -h, --help        this help

Ingest also drafts quotes with their speakers, dated events and profiles for the
new names into content/_review/<slug>.json, never published: review them in
npm run dev at /review/, or with npm run review.`;

/** Where main reads and writes; tests replace these. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The folder relative paths are resolved against (npm sets INIT_CWD to the caller's). */
  cwd: string;
  contentDir: string;
}

/** Runs the command; returns the exit code (0 done, 1 refused, 2 bad usage). */
export function main(argv: readonly string[], io: Partial<CliIo> = {}): number {
  const stdout = io.stdout ?? ((text: string) => process.stdout.write(`${text}\n`));
  const stderr = io.stderr ?? ((text: string) => process.stderr.write(`${text}\n`));
  const cwd = io.cwd ?? process.env.INIT_CWD ?? process.cwd();
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        title: { type: 'string' },
        outlet: { type: 'string' },
        date: { type: 'string' },
        'date-inferred': { type: 'string' },
        url: { type: 'string' },
        lang: { type: 'string' },
        label: { type: 'string' },
        summary: { type: 'string' },
        slug: { type: 'string' },
        draft: { type: 'boolean' },
        force: { type: 'boolean' },
        'create-stubs': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        report: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    stderr(`ingest: ${(error as Error).message.split('\n')[0]} Run npm run ingest -- --help for the options.`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    stdout(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    stderr(
      positionals.length === 0
        ? 'ingest: no text file given. Usage: npm run ingest -- <file> --title "…" --outlet "…" --date YYYY-MM-DD (--help for more).'
        : `ingest: one text file at a time, got ${positionals.length} (${positionals.join(', ')}). Quote a title that has spaces.`,
    );
    return 2;
  }
  const file = positionals[0]!;
  try {
    const report = ingest({
      file: resolve(cwd, file),
      displayName: file,
      cwd,
      contentDir: io.contentDir ?? defaultContentDir,
      metadata: {
        title: values.title,
        outlet: values.outlet,
        date: values.date,
        dateBasis: values['date-inferred'],
        url: values.url,
        language: values.lang,
        label: values.label,
        summary: values.summary,
      },
      slug: values.slug,
      draft: values.draft,
      force: values.force,
      createStubs: values['create-stubs'],
      dryRun: values['dry-run'],
    });
    stdout(formatReport(report, cwd, values['dry-run'] === true));
    if (values.report) {
      const target = resolve(cwd, values.report);
      try {
        const json = reportJson(report, cwd, values['dry-run'] === true);
        commitWrites([{ path: target, data: `${JSON.stringify(json, null, 2)}\n`, replace: true }]);
      } catch (error) {
        stderr(
          `ingest: could not write the report ${values.report} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); ${values['dry-run'] ? 'nothing else was written' : 'the article was written'}. Check the folder exists and is writable.`,
        );
        return 1;
      }
      stdout(`  report       ${values.report}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
      stderr(`ingest: ${error.message}`);
      return 1;
    }
    stderr(
      `ingest: unexpected error: ${String((error as Error).message ?? error).split('\n')[0]}; nothing was written.`,
    );
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // Ingest runs synchronously: with these handlers, Ctrl-C waits for it to finish or
  // refuse, so it can never stop between a temporary file and its rename.
  let interrupted = false;
  const stop = () => {
    interrupted = true;
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.exitCode = main(process.argv.slice(2));
  if (interrupted) process.exitCode = 130;
}
