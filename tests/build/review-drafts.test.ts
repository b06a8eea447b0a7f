import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitWrites } from '../../src/tools/ingest/atomic-write';
import { planDecision } from '../../src/tools/ingest/decide';
import { ingest } from '../../src/tools/ingest/ingest';
import { readReviewFile } from '../../src/tools/ingest/review-file';
import { buildSite, fixtureContent } from '../support/build';
import { realDossier } from '../support/shared-builds';

/** Every file of a built site, as paths relative to it. */
function filesOf(dist: string, prefix = ''): string[] {
  return readdirSync(join(dist, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesOf(dist, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

describe('drafts waiting for review', () => {
  it('never reach the real dossier’s dist/: no review page, no draft', () => {
    const dist = realDossier().outDir;
    const files = filesOf(dist);
    expect(files.filter((f) => /(^|\/)_?review(\/|\.|$)/.test(f))).toEqual([]);
    expect(
      files.some((f) => f.endsWith('.html') && readFileSync(join(dist, f), 'utf8').includes('review/decide')),
    ).toBe(false);
  });

  it('once accepted, build as normal entries with their citations', () => {
    const content = fixtureContent();
    const work = mkdtempSync(join(tmpdir(), 'review-accept-'));
    writeFileSync(
      join(work, 'news.txt'),
      [
        'President Ana Pérez met the Sample Agency in Puerto Nuevo on Tuesday, and said the talks were “a good start for Ruritania.”',
        'Later, Maria Gonzalez, the director of the World Bank, told reporters the bank was “ready to help.”',
        'The two will meet again on 20 January 2026.',
      ].join('\n'),
    );
    const article = 'ana-perez-meets-the-agency';
    ingest({
      file: join(work, 'news.txt'),
      displayName: 'news.txt',
      contentDir: content,
      slug: article,
      metadata: { title: 'Ana Pérez meets the agency', outlet: 'Wire', date: '2026-01-14', language: 'en' },
    });
    const draft = (words: string) =>
      readReviewFile(content, article)!.drafts.find((d) => (d.kind === 'profile' ? d.name : d.text).includes(words))!
        .id;
    const accept = (id: string, edits = {}) =>
      commitWrites(planDecision({ contentDir: content, article, draft: id, decision: 'accept', edits }).writes);
    accept(draft('Maria Gonzalez'));
    accept(draft('ready to help'), { speaker: 'maria-gonzalez' });
    accept(draft('20 January'), { name: 'Second meeting of the agency' });
    expect(existsSync(join(content, '_review', `${article}.json`))).toBe(true);

    const result = buildSite({ contentDir: content });
    expect(result.status, result.output).toBe(0);
    const page = (path: string) => readFileSync(join(result.outDir, path), 'utf8');
    expect(page('people/maria-gonzalez/index.html')).toContain(`/articles/${article}/#p-2`);
    expect(page('events/second-meeting-of-the-agency/index.html')).toContain('20 January 2026');
    expect(page('quotes/index.html')).toContain('ready to help.');
    expect(filesOf(result.outDir).filter((f) => f.includes('review'))).toEqual([]);
  });
});
