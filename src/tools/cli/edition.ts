/**
 * `npm run edition -- --title "…" [--as-of YYYY-MM-DD] [--note "…"]`: freezes
 * the dossier as it builds now into content/editions/<id>.json. Argument
 * parsing, exit codes and printing only; the work is in src/tools/editions/.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { contentDir as defaultContentDir } from '../../content/content-dir';
import { EditionRefused, recordEdition, type SnapshotSource } from '../editions/record';

export const USAGE = `Usage: npm run edition -- --title "…" [--as-of YYYY-MM-DD] [--note "…"]

Builds the dossier (as npm run build does, into a temporary folder) and records it
as its next edition in content/editions/<as-of>-<title>.json: every fact, quote,
claim and summary sentence with its citations, and the one-page briefing as it is.
Refuses a dossier that does not build, a date before the latest edition's, and an
edition when nothing changed since the latest. Commit the file; never edit it.

  --title "…"        the edition's title                                   required
  --as-of DAY        the day it is current to, YYYY-MM-DD (default: the
                     dossier's as-of date)
  --note "…"         a line on what it brings
  --sources A,B      record only what these articles support (an edition
                     recorded after the fact, for a day when only they were in)
  --scope "…"        the briefing's scope sentence for this edition, when the
                     dossier's is not true of it (e.g. it counts the articles)
  -h, --help         this help`;

/** Runs the command; returns the exit code (0 recorded, 1 refused, 2 bad usage). */
export function main(
  argv: readonly string[],
  io: {
    stdout?: (t: string) => void;
    stderr?: (t: string) => void;
    contentDir?: string;
    snapshot?: SnapshotSource;
  } = {},
): number {
  const stdout = io.stdout ?? ((text: string) => process.stdout.write(`${text}\n`));
  const stderr = io.stderr ?? ((text: string) => process.stderr.write(`${text}\n`));
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        title: { type: 'string' },
        'as-of': { type: 'string' },
        note: { type: 'string' },
        sources: { type: 'string' },
        scope: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    stderr(`edition: ${(error as Error).message.split('\n')[0]} Run npm run edition -- --help for the options.`);
    return 2;
  }
  if (values.help) {
    stdout(USAGE);
    return 0;
  }
  if (!values.title) {
    stderr('edition: --title is required, e.g. npm run edition -- --title "After the phone call".');
    return 2;
  }
  try {
    const recorded = recordEdition(
      {
        title: values.title,
        asOf: values['as-of'],
        note: values.note,
        sources: values.sources
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        scope: values.scope,
      },
      io.contentDir ?? defaultContentDir,
      io.snapshot,
    );
    stdout(
      `edition: recorded ${recorded.file} (edition ${recorded.number}, as of ${recorded.asOf}): ${recorded.summary}.\nCommit it, and build (npm run build) to publish it.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof EditionRefused)) throw error;
    stderr(`edition: ${error.message}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
