import { findTerms } from '../dossier/judgment-wording';
import { LIKELIHOODS } from '../schemas/likelihood';
import type { Change, ChangeTarget } from './diff';
import type { AssessmentSnapshot } from './assessment-snapshot';

/**
 * What changed in the dossier's assessment between two snapshots: key judgments added, removed, reworded or moved on
 * the yardstick ("likely → very likely", with the reason given), indicators and their status, unknowns, the trend
 * and the alert; and grades of sources and claims. Pure, like diff.ts, which calls it.
 */

type Judgment = AssessmentSnapshot['judgments'][number];

/** How a judgment stands: "likely, moderate confidence". */
export function standing(judgment: Pick<Judgment, 'likelihood' | 'confidence'>): string {
  return `${LIKELIHOODS[judgment.likelihood].term}, ${judgment.confidence} confidence`;
}

/** The status of an indicator in words. */
const STATUS_WORDS = { 'not-seen': 'not seen', seen: 'seen', lapsed: 'lapsed' } as const;

const EMPTY: AssessmentSnapshot = {
  judgments: [],
  indicators: [],
  unknowns: [],
  sources: {
    articles: 0,
    namedOutlets: 0,
    unnamedOutlets: 0,
    lines: 0,
    firstHand: 0,
    secondHand: 0,
    judgments: 0,
    singleLine: 0,
    gradedClaims: 0,
  },
  grades: { sources: [], claims: [] },
};

function make(
  group: Change['group'],
  target: ChangeTarget,
  fields: Pick<Change, 'type' | 'subject' | 'cite'> & Partial<Omit<Change, 'group' | 'target'>>,
): Change {
  return { group, target, minor: false, about: [], ...fields };
}

/** A judgment's text with its likelihood terms blanked: a move that only swaps the term is not also a rewording. */
function withoutTerms(text: string): string {
  let out = text;
  for (const term of findTerms(text)
    .filter((t) => t.kind === 'likelihood')
    .reverse())
    out = `${out.slice(0, term.index)}…${out.slice(term.index + term.text.length)}`;
  return out.replace(/\s+/g, ' ').trim();
}

/** Whether a judgment's likelihood or confidence differs between two snapshots. */
const moved = (was: Judgment, now: Judgment) => was.likelihood !== now.likelihood || was.confidence !== now.confidence;

/**
 * The judgments whose likelihood or confidence moved without a reason of their own: none given, or the one the
 * earlier snapshot already held (a reason explains one move). `npm run edition` refuses to record them.
 */
export function unexplainedMoves(
  before: AssessmentSnapshot | undefined,
  after: AssessmentSnapshot | undefined,
): Array<{ id: string; before: string; after: string }> {
  const old = new Map((before?.judgments ?? []).map((j) => [j.id, j]));
  return (after?.judgments ?? [])
    .filter((now) => {
      const was = old.get(now.id);
      return was && moved(was, now) && (!now.change || now.change.reason === was.change?.reason);
    })
    .map((now) => ({ id: now.id, before: standing(old.get(now.id)!), after: standing(now) }));
}

/**
 * The assessment changes between two snapshots; an absent assessment counts as an empty one. `claimName` names a
 * graded claim (its statement).
 */
export function diffAssessment(
  before: AssessmentSnapshot | undefined,
  after: AssessmentSnapshot | undefined,
  claimName: (id: string) => string = (id) => id,
): Change[] {
  const was = before ?? EMPTY;
  const now = after ?? EMPTY;
  if (!before && !after) return [];
  return [...diffJudgments(was, now), ...diffWatch(was, now), ...diffGrades(was, now, claimName)];
}

function diffJudgments(was: AssessmentSnapshot, now: AssessmentSnapshot): Change[] {
  const changes: Change[] = [];
  const old = new Map(was.judgments.map((j) => [j.id, j]));
  const current = new Set(now.judgments.map((j) => j.id));
  const target = (j: Judgment, gone = false): ChangeTarget => ({
    kind: 'judgment',
    id: j.id,
    name: j.text,
    ...(gone ? { gone } : {}),
  });
  for (const judgment of now.judgments) {
    const before = old.get(judgment.id);
    const t = target(judgment);
    if (!before) {
      changes.push(
        make('judgments', t, { type: 'added', subject: judgment.text, after: standing(judgment), cite: judgment.cite }),
      );
      continue;
    }
    if (moved(before, judgment)) {
      const reason = judgment.change && judgment.change.reason !== before.change?.reason ? judgment.change : undefined;
      changes.push(
        make('judgments', t, {
          type: 'moved',
          subject: judgment.text,
          before: standing(before),
          after: standing(judgment),
          cite: reason?.cite ?? [],
          ...(reason ? { reason: reason.reason } : {}),
        }),
      );
    }
    if (withoutTerms(before.text) !== withoutTerms(judgment.text)) {
      changes.push(
        make('judgments', t, {
          type: 'changed',
          subject: judgment.text,
          before: before.text,
          after: judgment.text,
          cite: judgment.cite,
        }),
      );
    }
  }
  for (const judgment of was.judgments)
    if (!current.has(judgment.id))
      changes.push(
        make('judgments', target(judgment, true), {
          type: 'removed',
          subject: judgment.text,
          before: standing(judgment),
          cite: judgment.cite,
        }),
      );
  return changes;
}

function diffWatch(was: AssessmentSnapshot, now: AssessmentSnapshot): Change[] {
  const changes: Change[] = [];
  const old = new Map(was.indicators.map((i) => [i.id, i]));
  const current = new Set(now.indicators.map((i) => i.id));
  for (const indicator of now.indicators) {
    const before = old.get(indicator.id);
    const t: ChangeTarget = { kind: 'indicator', id: indicator.id, name: indicator.observable };
    if (!before)
      changes.push(
        make('judgments', t, {
          type: 'added',
          subject: indicator.observable,
          after: STATUS_WORDS[indicator.status],
          cite: indicator.cite,
        }),
      );
    else if (before.status !== indicator.status)
      changes.push(
        make('judgments', t, {
          type: 'status',
          subject: indicator.observable,
          before: STATUS_WORDS[before.status],
          after: STATUS_WORDS[indicator.status],
          cite: indicator.cite,
        }),
      );
  }
  for (const indicator of was.indicators)
    if (!current.has(indicator.id))
      changes.push(
        make(
          'judgments',
          { kind: 'indicator', id: indicator.id, name: indicator.observable, gone: true },
          { type: 'removed', subject: indicator.observable, cite: indicator.cite },
        ),
      );
  const oldUnknowns = new Set(was.unknowns.map((u) => u.id));
  const newUnknowns = new Set(now.unknowns.map((u) => u.id));
  for (const unknown of now.unknowns)
    if (!oldUnknowns.has(unknown.id))
      changes.push(
        make(
          'judgments',
          { kind: 'unknown', id: unknown.id, name: unknown.question },
          { type: 'added', subject: unknown.question, cite: [] },
        ),
      );
  for (const unknown of was.unknowns)
    if (!newUnknowns.has(unknown.id))
      changes.push(
        make(
          'judgments',
          { kind: 'unknown', id: unknown.id, name: unknown.question, gone: true },
          { type: 'removed', subject: unknown.question, cite: [] },
        ),
      );
  const overall: ChangeTarget = { kind: 'assessment', id: 'assessment', name: 'Trend and alert' };
  if (now.trend && was.trend?.direction !== now.trend.direction)
    changes.push(
      make('judgments', overall, {
        type: was.trend ? 'changed' : 'added',
        subject: 'Trend',
        ...(was.trend ? { before: was.trend.direction } : {}),
        after: now.trend.direction,
        cite: now.trend.cite,
      }),
    );
  if (now.alert && was.alert?.kind !== now.alert.kind)
    changes.push(
      make('judgments', overall, {
        type: was.alert ? 'changed' : 'added',
        subject: 'Alert',
        ...(was.alert ? { before: was.alert.kind } : {}),
        after: now.alert.kind,
        cite: now.alert.cite,
      }),
    );
  return changes;
}

function diffGrades(was: AssessmentSnapshot, now: AssessmentSnapshot, claimName: (id: string) => string): Change[] {
  const changes: Change[] = [];
  const oldClaims = new Map(was.grades.claims.map((c) => [c.id, c.grade]));
  for (const { id, grade } of now.grades.claims) {
    const before = oldClaims.get(id);
    if (before === grade) continue;
    changes.push(
      make(
        'grades',
        { kind: 'claim', id, name: claimName(id) },
        { type: before ? 'changed' : 'added', subject: 'Grade', ...(before ? { before } : {}), after: grade, cite: [] },
      ),
    );
  }
  const oldSources = new Map(was.grades.sources.map((s) => [s.article, s]));
  for (const source of now.grades.sources) {
    const before = oldSources.get(source.article);
    if (!before || before.reliability === source.reliability) continue;
    changes.push(
      make(
        'grades',
        { kind: 'article', id: source.article, name: source.article },
        {
          type: 'changed',
          subject: 'Source reliability',
          before: before.reliability,
          after: source.reliability,
          cite: [`${source.article}#p-1`],
        },
      ),
    );
  }
  return changes;
}
