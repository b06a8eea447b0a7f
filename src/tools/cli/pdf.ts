/**
 * `npm run pdf`: prints the built site's PDFs into dist/: the one-page briefing (A4 and US Letter, Chromium's own
 * printing), the whole dossier as a book (dossier.pdf, Paged.js), and each edition's briefing as it was. Each is one job of {@link JOBS}; a page to
 * print later is one more job.
 */
import { existsSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { printBook } from '../book-pdf';
import { printPage } from '../briefing-pdf';
import { launchChromium } from '../chromium';

const dist = resolve(process.env.DOSSIER_OUT_DIR ?? 'dist');

/** What a job may use: the built site, and one Chromium shared by the jobs that print with Playwright. */
interface JobContext {
  dist: string;
  browser(): Promise<Browser>;
}

/** One PDF: the file it writes under dist/, the built page it needs, what it is, and how it is printed. */
interface PdfJob {
  file: string;
  /** The built page printed, relative to dist/. */
  page: string;
  description: string;
  print(context: JobContext): Promise<Uint8Array>;
}

/** A page printed on both papers, as the briefing is: `<name>.pdf` (A4) and `<name>-letter.pdf` (US Letter). */
const onBothPapers = (page: string, name: string, what: string): PdfJob[] => [
  {
    file: `${name}.pdf`,
    page,
    description: `${what}, A4`,
    print: async ({ dist, browser }) => printPage(await browser(), dist, page, 'a4'),
  },
  {
    file: `${name}-letter.pdf`,
    page,
    description: `${what}, US Letter`,
    print: async ({ dist, browser }) => printPage(await browser(), dist, page, 'letter'),
  },
];

/** Every edition's briefing as it was, next to its page: editions/<id>/briefing.pdf and briefing-letter.pdf. */
const editionJobs = (): PdfJob[] => {
  const dir = join(dist, 'editions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()
    .flatMap((id) => onBothPapers(`editions/${id}/`, `editions/${id}/briefing`, `the briefing of edition ${id}`));
};

const JOBS: PdfJob[] = [
  ...onBothPapers('briefing/', 'briefing', 'the briefing'),
  {
    file: 'dossier.pdf',
    page: 'book/',
    description: 'the dossier as a book, A4',
    print: ({ dist }) => printBook(dist, 'book/'),
  },
  ...editionJobs(),
];

async function main() {
  for (const { page } of JOBS) {
    if (!existsSync(join(dist, page, 'index.html'))) {
      throw new Error(`${dist}/${page}index.html does not exist: build the site first (npm run build).`);
    }
  }
  let launched: Promise<Browser> | undefined;
  const context: JobContext = { dist, browser: () => (launched ??= launchChromium()) };
  try {
    for (const job of JOBS) {
      const started = performance.now();
      const pdf = await job.print(context);
      // Written whole or not at all: a reader never opens half a PDF.
      const target = join(dist, job.file);
      writeFileSync(`${target}.tmp`, pdf);
      renameSync(`${target}.tmp`, target);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`pdf: wrote ${target} (${job.description}, ${size(statSync(target).size)}, ${seconds} s)`);
    }
  } finally {
    if (launched) await (await launched).close();
  }
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

main().catch((error: unknown) => {
  console.error(`pdf: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
