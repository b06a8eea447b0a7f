import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { DossierJson } from '../../src/exports/dossier-json';
import { ROOT } from './build-site';

/**
 * The real dossier's judgments, grades, indicators, time-scoped facts and preservation records, asserted on the one
 * build of it the site tests share (tests/setup/build-dossier.ts).
 */
const dist = inject('dossierDist');
const json = JSON.parse(readFileSync(join(dist, 'dossier.json'), 'utf8')) as DossierJson;

describe('the real dossier as data', () => {
  it('makes 3 to 5 key judgments, each with its term, range, confidence, basis and what its basis spans', () => {
    expect(json.judgments.length).toBeGreaterThanOrEqual(3);
    expect(json.judgments.length).toBeLessThanOrEqual(5);
    for (const judgment of json.judgments) {
      expect(judgment.text.toLowerCase(), judgment.id).toContain(judgment.term);
      expect(judgment.basis.length, judgment.id).toBeGreaterThan(0);
      expect(judgment.basis.every((b) => b.citations.length > 0), judgment.id).toBe(true);
      // Two articles, mostly one man's words: no judgment of this dossier can be held with high confidence.
      expect(judgment.confidence, judgment.id).not.toBe('high');
    }
  });

  it('watches 3 to 5 indicators, each due after 9 January 2026 and moving judgments that exist', () => {
    const ids = new Set(json.judgments.map((j) => j.id));
    expect(json.indicators.length).toBeGreaterThanOrEqual(3);
    expect(json.indicators.length).toBeLessThanOrEqual(5);
    for (const indicator of json.indicators) {
      expect(indicator.checkBy.start! > '2026-01-09', indicator.id).toBe(true);
      expect(indicator.status, indicator.id).toBe('not-seen');
      expect(indicator.moves.every((m) => ids.has(m.judgment)), indicator.id).toBe(true);
    }
    expect(json.unknowns.length).toBeGreaterThan(0);
    expect(json.unknowns.every((u) => u.question.endsWith('?'))).toBe(true);
  });

  it('grades both articles, and gives every role and relation its standing as of the dossier date', () => {
    expect(json.articles.map((a) => [a.id, a.source.kind, a.source.access, a.source.reliability.grade])).toEqual([
      ['petro-says-call-froze-threat', 'report-of-interview', 'second-hand', 'F'],
      ['petro-warns-real-threat', 'interview', 'first-hand', 'F'],
    ]);
    const roles = json.entities.flatMap((e) => e.roles ?? []);
    expect(roles.length).toBeGreaterThan(5);
    for (const role of roles) {
      expect(role.status, role.title).toBe('current');
      expect(role.lastSupported?.date, role.title).toMatch(/^2026-01-0[89]$/);
    }
    expect(json.relations.every((r) => ['current', 'ended', 'unknown', 'superseded'].includes(r.status))).toBe(true);
    const petro = json.entities.find((e) => e.id === 'gustavo-petro')!.roles![0]!;
    expect(petro.lastSupported?.citation.url).toMatch(/\/articles\/petro-says-call-froze-threat\/#p-1$/);
  });

  it('opens the source summary with counts that follow from the articles, grades and judgments', () => {
    expect(json.sourceSummary).toMatchObject({
      articles: 2,
      namedOutlets: 1,
      unnamedOutlets: 1,
      lines: 2,
      firstHand: 1,
      secondHand: 1,
      judgments: json.judgments.length,
      gradedClaims: json.claims.filter((c) => c.credibility).length,
    });
    expect(json.claims.filter((c) => c.grade).map((c) => c.grade)).toContain('F3');
  });
});

describe('preservation', () => {
  it('publishes each received text byte for byte: its sha256sum is the recorded hash', () => {
    for (const article of json.articles) {
      const received = article.received!;
      const bytes = readFileSync(join(dist, new URL(received.url, 'http://x').pathname));
      expect(createHash('sha256').update(bytes).digest('hex'), article.id).toBe(received.sha256);
      expect(bytes.equals(readFileSync(join(ROOT, 'content/seeds', article.seed))), article.id).toBe(true);
    }
  });
});
