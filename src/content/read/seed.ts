import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitParagraphs } from '../render/article-text';
import { decodeContent, displayPath } from './content-file';

/** A received text (content/seeds/<name>) as it is now: its bytes, their SHA-256, and its paragraphs. */
export interface SeedText {
  bytes: Buffer;
  sha256: string;
  paragraphs: string[];
}

/** The path of a seed file. */
export function seedPath(contentDir: string, name: string): string {
  return join(contentDir, 'seeds', name);
}

/** The SHA-256 of some bytes, as `sha256sum` prints it: 64 lower-case hex digits. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads a seed file, or undefined when there is none. Its paragraphs are split as ingest split them (one per non-blank
 * line, NFC), so they compare with an article's paragraphs as they were made from it.
 */
export function readSeed(contentDir: string, name: string): SeedText | undefined {
  // The schema allows a bare file name only; nothing outside content/seeds/ is ever read.
  if (/[/\\]/.test(name) || name.startsWith('.')) return undefined;
  const path = seedPath(contentDir, name);
  if (!existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  return { bytes, sha256: sha256Hex(bytes), paragraphs: splitParagraphs(decodeContent(bytes, displayPath(path))) };
}
