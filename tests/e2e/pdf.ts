import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether poppler's pdfinfo and pdftotext are installed (.ci/run installs them). */
export const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;

/** Fails the suite under CI=true when poppler is missing, instead of skipping the PDF checks. */
export function requirePopplerUnderCi(): void {
  if (!hasPoppler && process.env.CI)
    throw new Error('CI=true but pdfinfo/pdftotext are missing: .ci/run installs poppler-utils.');
}

/** A printed page as a reader gets it: pdfinfo's page count and size, pdftotext's text (layout kept). */
export function inspectPdf(pdf: Buffer) {
  const file = join(mkdtempSync(join(tmpdir(), 'dossier-pdf-')), 'page.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  };
}
