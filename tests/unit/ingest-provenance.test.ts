import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleSchema } from '../../src/schemas/article';
import { planIngest } from '../../src/tools/ingest/ingest';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'ingest', 'content');

describe('ingest records where a text came from', () => {
  it('writes the retrieval day and the SHA-256 of the bytes as received, and a source descriptor to review', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-provenance-'));
    const content = join(dir, 'content');
    cpSync(FIXTURE, content, { recursive: true });
    // Bytes as they came: a byte order mark and Windows line ends, which the article's text does not keep.
    const bytes = Buffer.from('\uFEFFAna Perez met the RPA on Monday.\r\n\r\nShe said it went well.\r\n', 'utf8');
    writeFileSync(join(dir, 'report.txt'), bytes);
    const plan = planIngest({
      file: join(dir, 'report.txt'),
      displayName: 'report.txt',
      contentDir: content,
      metadata: { title: 'Perez meets the RPA', outlet: 'Daily Planet', date: '2026-01-08', language: 'en' },
      now: new Date('2026-01-09T23:30:00Z'),
      cwd: dir,
    });
    const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(plan.article)![1]!) as Record<string, unknown>;
    const article = articleSchema.parse(frontmatter);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(article.received).toEqual({ retrieved: '2026-01-09', sha256 });
    expect(article.source).toEqual({ kind: 'unknown', access: 'unknown', independenceGroup: 'daily-planet' });
    // The seed copy ingest writes is those bytes, so `sha256sum content/seeds/<seed>` prints the recorded hash.
    const seed = plan.writes.find((w) => w.path.endsWith(join('seeds', article.seed)))!;
    expect(createHash('sha256').update(seed.data).digest('hex')).toBe(sha256);
    expect(readFileSync(join(dir, 'report.txt')).equals(bytes)).toBe(true);
  });
});
