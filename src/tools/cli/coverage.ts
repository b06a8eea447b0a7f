/**
 * `npm run coverage [-- --json]`: for each article, the paragraphs no
 * statement cites, the quoted passages not in the quote registry and the
 * names without a profile. Read-only; the work is in src/tools/ingest/coverage.ts.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { contentDir as defaultContentDir } from '../../content/content-dir';
import { coverage, formatCoverage } from '../ingest/coverage';

/** Runs the command; returns the exit code (0 done, 1 the content could not be read, 2 bad usage). */
export function main(
  argv: readonly string[],
  io: { stdout?: (text: string) => void; stderr?: (text: string) => void; contentDir?: string } = {},
): number {
  const stdout = io.stdout ?? ((text: string) => process.stdout.write(`${text}\n`));
  const stderr = io.stderr ?? ((text: string) => process.stderr.write(`${text}\n`));
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    stderr(`coverage: ${(error as Error).message.split('\n')[0]} Usage: npm run coverage [-- --json]`);
    return 2;
  }
  if (values.help) {
    stdout(
      'Usage: npm run coverage [-- --json]\n\nFor each article: the paragraphs no statement cites, the quoted passages not in\ncontent/quotes.yaml, and the names that match no profile.',
    );
    return 0;
  }
  try {
    const report = coverage(io.contentDir ?? defaultContentDir);
    stdout(values.json ? JSON.stringify(report, null, 2) : formatCoverage(report));
    return 0;
  } catch (error) {
    stderr(`coverage: ${(error as Error).message.split('\n')[0]}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
