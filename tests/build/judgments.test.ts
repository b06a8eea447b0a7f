import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { DossierJson } from '../../src/exports/dossier-json';
import { LIKELIHOOD_IDS, LIKELIHOODS } from '../../src/schemas/likelihood';
import { readPage } from '../support/build';
import { ROOT } from '../support/paths';
import { realDossier } from '../support/shared-builds';

/**
 * The real dossier's judgments, grades, indicators, time-scoped facts and preservation records, asserted on the one
 * build of it the site tests share (`realDossier()`, tests/support/shared-builds.ts).
 */
const dist = realDossier().outDir;
const json = JSON.parse(readFileSync(join(dist, 'dossier.json'), 'utf8')) as DossierJson;
const text = (node: Element | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : '');
const TERMS = LIKELIHOOD_IDS.map((id) => LIKELIHOODS[id].term);

describe('the briefing', () => {
  const page = readPage(dist, 'briefing/index.html');

  it('carries at most 5 key judgments, each with its term in bold and its range, its confidence on a line of its own', () => {
    const judgments = selectAll('.briefing-judgments .key-judgments > li', page);
    expect(judgments.length).toBe(Math.min(5, json.judgments.length));
    judgments.forEach((li, i) => {
      const judgment = json.judgments[i]!;
      expect(text(select('strong.likelihood', li))).toBe(judgment.term);
      expect(TERMS).toContain(text(select('strong.likelihood', li)));
      expect(text(select('.likelihood-range', li))).toBe(`(${judgment.range[0]}–${judgment.range[1]} %)`);
      const [statement, confidence] = selectAll(':scope > p', li);
      expect(text(statement)).toContain(`J${i + 1}`);
      expect(text(statement)).not.toMatch(/confidence/i);
      expect(text(confidence)).toMatch(/^(Low|Moderate|High) confidence: /);
    });
  });

  it('carries at most 5 indicators with their check-by dates, at most 3 unknowns, the trend and the yardstick', () => {
    const indicators = selectAll('section:has(#b-watch) .indicators > li', page);
    expect(indicators.length).toBeGreaterThan(0);
    expect(indicators.length).toBeLessThanOrEqual(5);
    for (const li of indicators) expect(text(li)).toMatch(/By \d{1,2} \w+ 2026: not seen/);
    const unknowns = selectAll('section:has(#b-unknowns) li', page);
    expect(unknowns.length).toBeGreaterThan(0);
    expect(unknowns.length).toBeLessThanOrEqual(3);
    expect(text(select('.trend', page))).toMatch(/^Trend: Improved\./);
    const yardstick = text(select('#b-yardstick', page));
    for (const term of TERMS) expect(yardstick).toContain(term);
    expect(yardstick).toContain('almost no chance 1–5 %');
  });

  it('opens its Sources with the summary dossier.json computes', () => {
    expect(text(select('section:has(#b-sources) .source-summary', page))).toBe(json.sourceSummary.text);
  });
});

describe('the pages that show grades, standing and provenance', () => {
  it("says on Petro's profile that his role is current as of the dossier's date, and what last supports it", () => {
    const petro = readPage(dist, 'people/gustavo-petro/index.html');
    const role = selectAll('.facts li', petro).find((li) => text(li).startsWith('President of Colombia'))!;
    expect(text(role)).toContain('— current as of 9 January 2026, last supported by El País interview report ¶1');
    expect(String((select('.fact-time a', role) as Element).properties.href)).toBe(
      '/articles/petro-says-call-froze-threat/#p-1',
    );
    expect(selectAll('section:has(#judgments) .key-judgments > li', petro).length).toBe(
      json.judgments.filter((j) => j.about.includes('gustavo-petro')).length,
    );
  });

  it("shows a claim's grade on its card, linked to the legend, with a ClaimReview for grades 1 to 5 only", () => {
    const claims = readPage(dist, 'claims/index.html');
    const card = select('#claim-trump-admitted-military-plan', claims)!;
    const mark = select('.grade-mark', card) as Element;
    expect(text(mark)).toMatch(/^Grade F3/);
    expect(mark.properties.href).toBe('/assessment/#grades');
    const reviews = selectAll('script[type="application/ld+json"]', claims)
      .map((s) => JSON.parse(toString(s)) as { '@type': string; claimReviewed?: string })
      .filter((s) => s['@type'] === 'ClaimReview');
    const graded = json.claims.filter((c) => c.credibility && c.credibility.grade < 6);
    expect(reviews.map((r) => r.claimReviewed).sort()).toEqual(graded.map((c) => c.statement).sort());
  });

  it('shows on each article page the retrieval date and the hash, and links the received text', () => {
    for (const article of json.articles) {
      const page = readPage(dist, `articles/${article.id}/index.html`);
      expect(text(select('.received-hash', page))).toBe(article.received!.sha256);
      expect(String((select(`a[href="/articles/${article.id}/source.txt"]`, page) as Element).properties.href)).toBe(
        `/articles/${article.id}/source.txt`,
      );
      expect(text(select('.facts', page))).toContain(article.received!.retrieved.text);
    }
  });

  it('lists every judgment on /assessment/ with what it rests on, and the scales', () => {
    const page = readPage(dist, 'assessment/index.html');
    for (const judgment of json.judgments) expect(select(`#j-${judgment.id}`, page), judgment.id).toBeTruthy();
    expect(select('#grades', page)).toBeTruthy();
    expect(select('#yardstick', page)).toBeTruthy();
    expect(selectAll('.register-assumption', page).length).toBeGreaterThan(0);
  });

  it('prints the judgments that concern an entity on its one-page brief', () => {
    const brief = readPage(dist, 'people/gustavo-petro/brief/index.html');
    expect(selectAll('section:has(#brief-judgments) .key-judgments > li', brief).length).toBeGreaterThan(0);
  });
});

describe('the real dossier as data', () => {
  it('makes 3 to 5 key judgments, each with its term, range, confidence, basis and what its basis spans', () => {
    expect(json.judgments.length).toBeGreaterThanOrEqual(3);
    expect(json.judgments.length).toBeLessThanOrEqual(5);
    for (const judgment of json.judgments) {
      expect(judgment.text.toLowerCase(), judgment.id).toContain(judgment.term);
      expect(judgment.basis.length, judgment.id).toBeGreaterThan(0);
      expect(
        judgment.basis.every((b) => b.citations.length > 0),
        judgment.id,
      ).toBe(true);
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
      expect(
        indicator.moves.every((m) => ids.has(m.judgment)),
        indicator.id,
      ).toBe(true);
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
