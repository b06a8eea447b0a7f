import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssessmentSnapshot } from '../../src/editions/assessment-snapshot';
import { diffSnapshots } from '../../src/editions/diff';
import { unexplainedMoves } from '../../src/editions/diff-assessment';
import { readEditions } from '../../src/editions/edition-file';
import { snapshotSchema, type Snapshot } from '../../src/editions/snapshot';
import { main } from '../../src/tools/cli/edition';

/** An assessment with one judgment, one indicator and one graded claim. */
function assessment(
  likelihood: AssessmentSnapshot['judgments'][number]['likelihood'] = 'likely',
  change?: { reason: string; cite: string[] },
): AssessmentSnapshot {
  return {
    judgments: [
      {
        id: 'visit-likely',
        text: `The visit is ${likelihood === 'likely' ? 'likely' : 'very likely'}.`,
        likelihood,
        confidence: 'moderate',
        confidenceBasis: 'Two lines of reporting.',
        cite: ['a1#p-1'],
        assumptions: [],
        singleLine: false,
        ...(change ? { change } : {}),
      },
    ],
    indicators: [
      {
        id: 'date-set',
        observable: 'A date is set.',
        checkBy: '2026-03',
        status: 'not-seen',
        cite: [],
        moves: [{ judgment: 'visit-likely', direction: 'up' }],
      },
    ],
    unknowns: [{ id: 'when', question: 'When is it?', whyItMatters: 'It firms up the judgment.', judgments: [] }],
    sources: {
      articles: 1,
      namedOutlets: 1,
      unnamedOutlets: 0,
      lines: 1,
      firstHand: 1,
      secondHand: 0,
      judgments: 1,
      singleLine: 0,
      gradedClaims: 1,
    },
    grades: {
      sources: [{ article: 'a1', reliability: 'F', kind: 'interview', access: 'first-hand', group: 'a' }],
      claims: [{ id: 'c', grade: 'F3' }],
    },
  };
}

function snapshot(asOf: string, withAssessment?: AssessmentSnapshot): Snapshot {
  return {
    articles: [
      {
        id: 'a1',
        title: 'Report',
        label: 'A1',
        outlet: 'Outlet',
        published: '8 January 2026',
        paragraphs: 2,
        digest: 'a'.repeat(64),
      },
    ],
    entities: [],
    quotes: [],
    claims: [
      { id: 'c', statement: 'It happened.', status: 'reported', cite: ['a1#p-1'], supports: [], contradicts: [] },
    ],
    briefing: {
      title: 'T',
      scope: 'S.',
      asOf,
      bottomLine: [],
      keyActors: [],
      timeline: [],
      keyQuotes: [],
      sources: [],
    },
    ...(withAssessment ? { assessment: withAssessment } : {}),
  };
}

describe('judgments across editions', () => {
  it('shows a moved judgment as "likely → very likely" with its reason and citations', () => {
    const reason = { reason: 'Both ministries announced the date.', cite: ['a1#p-2'] };
    const { changes } = diffSnapshots(
      snapshot('2026-01-08', assessment()),
      snapshot('2026-01-09', assessment('very-likely', reason)),
    );
    const moved = changes.find((c) => c.type === 'moved')!;
    expect(moved).toMatchObject({
      group: 'judgments',
      target: { kind: 'judgment', id: 'visit-likely' },
      before: 'likely, moderate confidence',
      after: 'very likely, moderate confidence',
      reason: 'Both ministries announced the date.',
      cite: ['a1#p-2'],
    });
    // Only the term changed in its text: one item, not a move and a rewording.
    expect(changes.filter((c) => c.group === 'judgments')).toHaveLength(1);
  });

  it('lists judgments, indicators, unknowns and grades as added against an edition that had none', () => {
    const { changes } = diffSnapshots(snapshot('2026-01-08'), snapshot('2026-01-09', assessment()));
    expect(changes.map((c) => [c.group, c.type, c.target.kind, c.after])).toEqual([
      ['judgments', 'added', 'indicator', 'not seen'],
      ['judgments', 'added', 'judgment', 'likely, moderate confidence'],
      ['judgments', 'added', 'unknown', undefined],
      ['grades', 'added', 'claim', 'F3'],
    ]);
  });

  it("finds a move without a reason, and one whose reason is the earlier move's", () => {
    const first = { reason: 'A first reason.', cite: ['a1#p-1'] };
    expect(unexplainedMoves(assessment(), assessment('very-likely'))).toEqual([
      { id: 'visit-likely', before: 'likely, moderate confidence', after: 'very likely, moderate confidence' },
    ]);
    expect(unexplainedMoves(assessment('likely', first), assessment('very-likely', first))).toHaveLength(1);
    expect(unexplainedMoves(assessment(), assessment('very-likely', first))).toEqual([]);
    expect(unexplainedMoves(undefined, assessment())).toEqual([]);
  });

  it('keeps the old edition files valid: the assessment is optional and adds nothing to their hash', () => {
    const root = join(import.meta.dirname, '../..');
    const { editions, problems } = readEditions(join(root, 'content/editions'), root);
    expect(problems).toEqual([]);
    expect(editions.length).toBeGreaterThanOrEqual(2);
    for (const file of readdirSync(join(root, 'content/editions'))) {
      const raw = JSON.parse(readFileSync(join(root, 'content/editions', file), 'utf8')) as { snapshot: unknown };
      expect(snapshotSchema.parse(raw.snapshot)).toEqual(raw.snapshot);
    }
  });
});

describe('npm run edition, with judgments', () => {
  function project() {
    const root = mkdtempSync(join(tmpdir(), 'dossier-judgments-'));
    const content = join(root, 'content');
    mkdirSync(content);
    let current = snapshot('2026-01-08', assessment());
    const out: string[] = [];
    const run = (...argv: string[]) =>
      main(argv, {
        contentDir: content,
        stdout: (t) => out.push(t),
        stderr: (t) => out.push(t),
        snapshot: () => structuredClone(current),
      });
    return { run, out, set: (s: Snapshot) => (current = s), files: () => readdirSync(join(content, 'editions')) };
  }

  it('refuses an edition in which a judgment moved without a reason, and writes nothing', () => {
    const p = project();
    expect(p.run('--title', 'First')).toBe(0);
    p.set(snapshot('2026-01-09', assessment('very-likely')));
    expect(p.run('--title', 'Second')).toBe(1);
    expect(p.out.at(-1)).toBe(
      'edition: a key judgment moved since the latest edition, First (as of 2026-01-08), without a reason of its own:\n  visit-likely: likely, moderate confidence → very likely, moderate confidence\nA change in a judgment says why (ICD 203): give each one in content/judgments.yaml "change:" with a one-line reason and the claims or paragraphs it rests on, then record the edition again. Nothing was written.',
    );
    expect(p.files()).toEqual(['2026-01-08-first.json']);
    p.set(snapshot('2026-01-09', assessment('very-likely', { reason: 'The date was announced.', cite: ['a1#p-2'] })));
    expect(p.run('--title', 'Second')).toBe(0);
    expect(p.files()).toEqual(['2026-01-08-first.json', '2026-01-09-second.json']);
  });
});
