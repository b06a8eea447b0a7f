/**
 * A reason to refuse an ingest, written for the analyst: one line that names
 * the file, says what is wrong and how to fix it. Thrown before anything is
 * written, so a refused ingest leaves the content folder untouched.
 */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}
