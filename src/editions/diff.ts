import { CHANGE_GROUPS, type ChangeGroup, type ChangeType } from '../schemas/changes';
import { CHANGE_GROUP_LABELS, TYPE_WORDS } from './change-words';
import { fold, tokenize } from '../shared/fold';
import { byCodePoint } from '../shared/order';
import { diffAssessment } from './diff-assessment';
import type { Snapshot, SnapshotArticle, SnapshotClaim, SnapshotEntity, SnapshotFact, SnapshotQuote } from './snapshot';

/**
 * What changed between two snapshots of the dossier, fact by fact, grouped the
 * way a reader asks: new articles, entities added, removed or renamed, facts,
 * summary sentences, quotes, claims and the briefing's bottom line. Pure: the
 * build compares editions with it, and `npm run edition` asks it whether
 * anything changed at all.
 */

export type { ChangeGroup, ChangeType };

/** Where a change lives: the page a reader opens to see it (none when it was removed). */
export interface ChangeTarget {
  kind: 'article' | 'entity' | 'quote' | 'claim' | 'briefing' | 'judgment' | 'indicator' | 'unknown' | 'assessment';
  /** Its id now, or its last id when it is gone. */
  id: string;
  /** How it is named: a profile's name, an article's title, a quote's speaker. */
  name: string;
  /** True when the dossier no longer holds it. */
  gone?: boolean | undefined;
}

/** One change, in words, with the paragraphs that carry it. */
export interface Change {
  group: ChangeGroup;
  type: ChangeType;
  target: ChangeTarget;
  /** What changed: "Role: President of Colombia", "“It sounds good to me”". */
  subject: string;
  /** The old and new wording, for a change, a rename or a status. */
  before?: string | undefined;
  after?: string | undefined;
  /**
   * The paragraphs that carry it: the new statement's for an addition or a
   * change, the old one's for a removal (which may no longer be in the dossier).
   */
  cite: string[];
  /** For a change of sources: the paragraphs it no longer cites (`cite` holds the ones it newly cites). */
  formerCite?: string[] | undefined;
  /** Spelling or wording inside a sentence that kept its citations: shown folded. */
  minor: boolean;
  /** Why a judgment moved (its likelihood or confidence), as its author gave it; `cite` is what the reason rests on. */
  reason?: string | undefined;
  /** Other entities the change concerns (a relation's other end, a claim's subjects), by their ids then. */
  about: string[];
}

/** Two snapshots compared. */
export interface SnapshotDiff {
  changes: Change[];
  /** Entities that changed id: old id to new id. */
  renames: Map<string, string>;
}

/** A change that is only a rewording at least this similar (word overlap) is minor, if its citations are the same. */
const MINOR_SIMILARITY = 0.8;
/** Two sentences at least this similar are one sentence changed, not one removed and one added. */
const SAME_SENTENCE = 0.5;
/** A removed and an added entity of one kind that share at least this share of citations are one entity renamed. */
const SAME_ENTITY = 0.5;

/** Word overlap of two texts (Dice's coefficient on their folded words): 1 for the same words, 0 for none shared. */
export function similarity(a: string, b: string): number {
  const words = (text: string) => tokenize(text).map((t) => t.folded);
  const x = words(a);
  const y = words(b);
  if (x.length + y.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of x) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of y) {
    const n = counts.get(word) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(word, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether a rewording is minor: the same citations and nearly the same words. */
function isMinor(before: string, after: string, beforeCite: readonly string[], afterCite: readonly string[]) {
  return sameList(beforeCite, afterCite) && similarity(before, after) >= MINOR_SIMILARITY;
}

/** Pairs items of two lists greedily by a score (best first), above a threshold; the rest stay unpaired. */
function pairUp<A, B>(left: A[], right: B[], score: (a: A, b: B) => number, threshold: number) {
  const candidates: Array<{ i: number; j: number; s: number }> = [];
  left.forEach((a, i) =>
    right.forEach((b, j) => {
      const s = score(a, b);
      if (s >= threshold) candidates.push({ i, j, s });
    }),
  );
  candidates.sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const pairs: Array<[A, B]> = [];
  for (const { i, j } of candidates) {
    if (usedLeft.has(i) || usedRight.has(j)) continue;
    usedLeft.add(i);
    usedRight.add(j);
    pairs.push([left[i]!, right[j]!]);
  }
  return {
    pairs,
    left: left.filter((_, i) => !usedLeft.has(i)),
    right: right.filter((_, j) => !usedRight.has(j)),
  };
}

/** Sentence-level changes of a text: unchanged sentences matched first, then rewordings by similarity. */
export function diffSentences(
  before: ReadonlyArray<{ text: string; cite: string[] }>,
  after: ReadonlyArray<{ text: string; cite: string[] }>,
  make: (change: Pick<Change, 'type' | 'subject' | 'before' | 'after' | 'cite' | 'minor'>) => Change,
): Change[] {
  const changes: Change[] = [];
  const afterLeft = [...after];
  const beforeLeft: (typeof before)[number][] = [];
  for (const sentence of before) {
    const same = afterLeft.findIndex((s) => normalise(s.text) === normalise(sentence.text));
    if (same < 0) {
      beforeLeft.push(sentence);
      continue;
    }
    const [now] = afterLeft.splice(same, 1);
    if (!sameList(sentence.cite, now!.cite)) {
      changes.push(make({ type: 'cited', subject: now!.text, ...citeChange(sentence.cite, now!.cite), minor: false }));
    }
  }
  const { pairs, left, right } = pairUp(beforeLeft, afterLeft, (a, b) => similarity(a.text, b.text), SAME_SENTENCE);
  for (const [was, now] of pairs) {
    changes.push(
      make({
        type: 'changed',
        subject: now.text,
        before: was.text,
        after: now.text,
        cite: now.cite,
        minor: isMinor(was.text, now.text, was.cite, now.cite),
      }),
    );
  }
  for (const now of right) changes.push(make({ type: 'added', subject: now.text, cite: now.cite, minor: false }));
  for (const was of left) changes.push(make({ type: 'removed', subject: was.text, cite: was.cite, minor: false }));
  return changes;
}

/** A change of a statement's sources: the paragraphs it newly cites, and those it no longer does. */
function citeChange(before: readonly string[], after: readonly string[]) {
  const former = before.filter((c) => !after.includes(c));
  return { cite: after.filter((c) => !before.includes(c)), ...(former.length > 0 ? { formerCite: former } : {}) };
}

/** How a fact reads: "Role: President of Colombia", "Participant: Donald Trump", "accused: Gustavo Petro". */
export function factText(fact: SnapshotFact, refName = fact.refName): string {
  if (!fact.ref) return `${fact.label}: ${fact.value}`;
  return fact.value ? `${fact.label}: ${fact.value} (${refName})` : `${fact.label}: ${refName}`;
}

/** Every citation of an entity: its facts' and its summary's. */
const citationsOf = (entity: SnapshotEntity) =>
  new Set([...entity.facts.flatMap((f) => f.cite), ...entity.summary.flatMap((s) => s.cite)]);

/** How likely a removed and an added entity are one entity renamed: 1 for the same name, else their shared citations. */
function renameScore(was: SnapshotEntity, now: SnapshotEntity): number {
  if (was.kind !== now.kind) return 0;
  const names = (e: SnapshotEntity) =>
    new Set([fold(e.name), ...e.facts.filter((f) => f.key.startsWith('alias:')).map((f) => fold(f.value))]);
  const a = names(was);
  const b = names(now);
  if (a.has(fold(now.name)) || b.has(fold(was.name))) return 1;
  const x = citationsOf(was);
  const y = citationsOf(now);
  const shared = [...x].filter((c) => y.has(c)).length;
  const union = new Set([...x, ...y]).size;
  return union === 0 ? 0 : shared / union;
}

/** The first few paragraphs an entity rests on: its summary's first, then its facts'. */
const leadCitations = (entity: SnapshotEntity) =>
  [...new Set([...entity.summary.flatMap((s) => s.cite), ...entity.facts.flatMap((f) => f.cite)])].slice(0, 3);

/** Facts keyed by what they are (their key and the entity they point at), repeats numbered. */
function factsByKey(facts: readonly SnapshotFact[], mapRef: (id: string) => string) {
  const keyed = new Map<string, SnapshotFact>();
  for (const fact of facts) {
    const base = `${fact.key}\u0000${fact.ref ? mapRef(fact.ref) : ''}`;
    let key = base;
    for (let n = 2; keyed.has(key); n += 1) key = `${base}\u0000${n}`;
    keyed.set(key, fact);
  }
  return keyed;
}

/** A change with what most changes have: not minor, about nothing besides its target. */
function change(
  group: ChangeGroup,
  target: ChangeTarget,
  fields: Pick<Change, 'type' | 'subject' | 'cite'> & Partial<Omit<Change, 'group' | 'target'>>,
): Change {
  return { group, target, minor: false, about: [], ...fields };
}

/** Compares two snapshots. `before` is the older. */
export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDiff {
  const { changes: entityChanges, renames } = diffEntities(before.entities, after.entities);
  const mapId = (id: string) => renames.get(id) ?? id;
  const bottomLine: ChangeTarget = { kind: 'briefing', id: 'briefing', name: 'Bottom line' };
  const changes = [
    ...diffArticles(before.articles, after.articles),
    ...entityChanges,
    ...diffQuotes(before.quotes, after.quotes, mapId),
    ...diffClaims(before.claims, after.claims),
    ...diffSentences(before.briefing.bottomLine, after.briefing.bottomLine, (c) => change('briefing', bottomLine, c)),
    ...diffAssessment(
      before.assessment,
      after.assessment,
      (id) => after.claims.find((c) => c.id === id)?.statement ?? id,
    ),
  ];
  return { changes: orderChanges(changes), renames };
}

function diffArticles(before: SnapshotArticle[], after: SnapshotArticle[]): Change[] {
  const changes: Change[] = [];
  const oldById = new Map(before.map((a) => [a.id, a]));
  const newIds = new Set(after.map((a) => a.id));
  const target = (a: SnapshotArticle, gone = false): ChangeTarget => ({
    kind: 'article',
    id: a.id,
    name: a.title,
    ...(gone ? { gone } : {}),
  });
  const subject = (a: SnapshotArticle) => `${a.outlet}, ${a.published}`;
  for (const article of after) {
    const was = oldById.get(article.id);
    // A new article is its own source: its first paragraph.
    if (!was)
      changes.push(
        change('articles', target(article), { type: 'added', subject: subject(article), cite: [`${article.id}#p-1`] }),
      );
    else if (was.digest !== article.digest || was.paragraphs !== article.paragraphs)
      changes.push(
        change('articles', target(article), {
          type: 'changed',
          subject: 'Its text changed',
          before: `${was.paragraphs} paragraphs`,
          after: `${article.paragraphs} paragraphs`,
          cite: [],
        }),
      );
  }
  for (const article of before)
    if (!newIds.has(article.id))
      changes.push(change('articles', target(article, true), { type: 'removed', subject: subject(article), cite: [] }));
  return changes;
}

/**
 * Entities: the same id is the same entity; a removed and an added one of one kind with the same name, an alias of
 * it, or mostly the same citations are one entity renamed. Then each matched pair's facts and summary sentences.
 */
function diffEntities(before: SnapshotEntity[], after: SnapshotEntity[]): SnapshotDiff {
  const changes: Change[] = [];
  const newById = new Map(after.map((e) => [e.id, e]));
  const oldIds = new Set(before.map((e) => e.id));
  const { pairs: renamed } = pairUp(
    before.filter((e) => !newById.has(e.id)),
    after.filter((e) => !oldIds.has(e.id)),
    renameScore,
    SAME_ENTITY,
  );
  const renames = new Map(renamed.map(([was, now]) => [was.id, now.id]));
  const mapId = (id: string) => renames.get(id) ?? id;
  const matched: Array<[SnapshotEntity, SnapshotEntity]> = [
    ...before.filter((e) => newById.has(e.id)).map((e): [SnapshotEntity, SnapshotEntity] => [e, newById.get(e.id)!]),
    ...renamed,
  ];
  const matchedNew = new Set(matched.map(([, now]) => now.id));
  const matchedOld = new Set(matched.map(([was]) => was.id));
  const target = (e: SnapshotEntity, gone = false): ChangeTarget => ({
    kind: 'entity',
    id: e.id,
    name: e.name,
    ...(gone ? { gone } : {}),
  });
  for (const entity of after)
    if (!matchedNew.has(entity.id))
      changes.push(
        change('entities', target(entity), { type: 'added', subject: entity.name, cite: leadCitations(entity) }),
      );
  for (const entity of before)
    if (!matchedOld.has(entity.id))
      changes.push(
        change('entities', target(entity, true), {
          type: 'removed',
          subject: entity.name,
          cite: leadCitations(entity),
        }),
      );
  for (const [was, now] of matched) {
    const t = target(now);
    const idChanged = was.id !== now.id;
    if (was.name !== now.name || idChanged) {
      changes.push(
        change('entities', t, {
          type: 'renamed',
          subject: now.name,
          before: idChanged ? `${was.name} (${was.id})` : was.name,
          after: idChanged ? `${now.name} (${now.id})` : now.name,
          cite: leadCitations(now),
          // A name whose accents or case were corrected is a spelling fix.
          minor: !idChanged && fold(was.name) === fold(now.name),
        }),
      );
    }
    changes.push(...diffFacts(was, now, t, mapId));
    changes.push(...diffSentences(was.summary, now.summary, (c) => change('summaries', t, c)));
  }
  return { changes, renames };
}

function diffFacts(
  was: SnapshotEntity,
  now: SnapshotEntity,
  target: ChangeTarget,
  mapId: (id: string) => string,
): Change[] {
  const changes: Change[] = [];
  const oldFacts = factsByKey(was.facts, mapId);
  const newFacts = factsByKey(now.facts, (id) => id);
  for (const [key, fact] of newFacts) {
    const old = oldFacts.get(key);
    const about = fact.ref ? [fact.ref] : [];
    if (!old) changes.push(change('facts', target, { type: 'added', subject: factText(fact), cite: fact.cite, about }));
    else if (old.value !== fact.value)
      changes.push(
        change('facts', target, {
          type: 'changed',
          subject: fact.label,
          before: factText(old, fact.refName),
          after: factText(fact),
          cite: fact.cite,
          minor: isMinor(old.value, fact.value, old.cite, fact.cite),
          about,
        }),
      );
    // An alias cites where the articles use the name: not a statement whose sources change.
    else if (!sameList(old.cite, fact.cite) && !fact.key.startsWith('alias:'))
      changes.push(
        change('facts', target, { type: 'cited', subject: factText(fact), ...citeChange(old.cite, fact.cite), about }),
      );
  }
  for (const [key, fact] of oldFacts)
    if (!newFacts.has(key))
      changes.push(
        change('facts', target, {
          type: 'removed',
          subject: factText(fact),
          cite: fact.cite,
          about: fact.ref ? [mapId(fact.ref)] : [],
        }),
      );
  return changes;
}

function diffQuotes(before: SnapshotQuote[], after: SnapshotQuote[], mapId: (id: string) => string): Change[] {
  const changes: Change[] = [];
  const oldById = new Map(before.map((q) => [q.id, q]));
  const newIds = new Set(after.map((q) => q.id));
  const target = (q: SnapshotQuote, gone = false): ChangeTarget => ({
    kind: 'quote',
    id: q.id,
    name: q.speakerName,
    ...(gone ? { gone } : {}),
  });
  for (const quote of after) {
    const was = oldById.get(quote.id);
    const about = [quote.speaker];
    if (!was)
      changes.push(
        change('quotes', target(quote), { type: 'added', subject: `“${quote.text}”`, cite: [quote.cite], about }),
      );
    else if (was.text !== quote.text || mapId(was.speaker) !== quote.speaker || was.cite !== quote.cite)
      changes.push(
        change('quotes', target(quote), {
          type: 'changed',
          subject: `${quote.speakerName}’s words`,
          before: `“${was.text}” (${was.speakerName}, ${was.cite})`,
          after: `“${quote.text}” (${quote.speakerName}, ${quote.cite})`,
          cite: [quote.cite],
          minor: mapId(was.speaker) === quote.speaker && isMinor(was.text, quote.text, [was.cite], [quote.cite]),
          about,
        }),
      );
  }
  for (const quote of before)
    if (!newIds.has(quote.id))
      changes.push(
        change('quotes', target(quote, true), {
          type: 'removed',
          subject: `“${quote.text}”`,
          cite: [quote.cite],
          about: [mapId(quote.speaker)],
        }),
      );
  return changes;
}

function diffClaims(before: SnapshotClaim[], after: SnapshotClaim[]): Change[] {
  const changes: Change[] = [];
  const oldById = new Map(before.map((c) => [c.id, c]));
  const newById = new Map(after.map((c) => [c.id, c]));
  const statementOf = (id: string) => newById.get(id)?.statement ?? oldById.get(id)?.statement ?? id;
  const target = (c: SnapshotClaim, gone = false): ChangeTarget => ({
    kind: 'claim',
    id: c.id,
    name: c.statement,
    ...(gone ? { gone } : {}),
  });
  for (const claim of after) {
    const was = oldById.get(claim.id);
    const push = (fields: Parameters<typeof change>[2]) => changes.push(change('claims', target(claim), fields));
    const subject = claim.statement;
    if (!was) push({ type: 'added', subject, after: claim.status, cite: claim.cite });
    else {
      const newCites = claim.cite.filter((c) => !was.cite.includes(c));
      // The paragraphs that moved its status: the new ones, if it has any.
      if (was.status !== claim.status)
        push({
          type: 'status',
          subject,
          before: was.status,
          after: claim.status,
          cite: newCites.length > 0 ? newCites : claim.cite,
        });
      if (was.statement !== claim.statement)
        push({
          type: 'changed',
          subject,
          before: was.statement,
          after: claim.statement,
          cite: claim.cite,
          minor: isMinor(was.statement, claim.statement, was.cite, claim.cite),
        });
      else if (!sameList(was.cite, claim.cite)) push({ type: 'cited', subject, ...citeChange(was.cite, claim.cite) });
    }
    // A new claim's links are new links too.
    const links: Pick<SnapshotClaim, 'supports' | 'contradicts'> = was ?? { supports: [], contradicts: [] };
    for (const relation of ['supports', 'contradicts'] as const) {
      for (const other of claim[relation].filter((o) => !links[relation].includes(o)))
        push({ type: 'linked', subject, after: `${relation} “${statementOf(other)}”`, cite: claim.cite });
      for (const other of links[relation].filter((o) => !claim[relation].includes(o)))
        push({ type: 'unlinked', subject, before: `${relation} “${statementOf(other)}”`, cite: claim.cite });
    }
  }
  for (const claim of before)
    if (!newById.has(claim.id))
      changes.push(
        change('claims', target(claim, true), {
          type: 'removed',
          subject: claim.statement,
          before: claim.status,
          cite: claim.cite,
        }),
      );
  return changes;
}

const TYPE_ORDER: ChangeType[] = [
  'added',
  'renamed',
  'moved',
  'status',
  'changed',
  'linked',
  'cited',
  'unlinked',
  'removed',
];

/** Changes by group, then by what they are about, then by kind of change, then by wording: the same order every build. */
function orderChanges(changes: Change[]): Change[] {
  return changes.sort(
    (a, b) =>
      CHANGE_GROUPS.indexOf(a.group) - CHANGE_GROUPS.indexOf(b.group) ||
      byCodePoint(fold(a.target.name), fold(b.target.name)) ||
      byCodePoint(a.target.id, b.target.id) ||
      TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
      byCodePoint(a.subject, b.subject),
  );
}

/** How many changes of each group a set holds, minor ones apart. */
export function countChanges(changes: readonly Change[]): Record<ChangeGroup, { major: number; minor: number }> {
  const counts = Object.fromEntries(CHANGE_GROUPS.map((g) => [g, { major: 0, minor: 0 }])) as Record<
    ChangeGroup,
    { major: number; minor: number }
  >;
  for (const change of changes) counts[change.group][change.minor ? 'minor' : 'major'] += 1;
  return counts;
}

/** The changes in one line: "1 new article, 12 entities added, 30 facts added …"; "no changes" when there are none. */
export function summariseChanges(changes: readonly Change[]): string {
  if (changes.length === 0) return 'no changes';
  const parts: string[] = [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  for (const group of CHANGE_GROUPS) {
    const items = changes.filter((c) => c.group === group && !c.minor);
    if (items.length === 0) continue;
    const { one, many } = CHANGE_GROUP_LABELS[group];
    const byType = new Map<ChangeType, number>();
    for (const c of items) byType.set(c.type, (byType.get(c.type) ?? 0) + 1);
    const words = TYPE_ORDER.filter((t) => byType.has(t)).map((t) => `${byType.get(t)} ${TYPE_WORDS[t]}`);
    parts.push(`${count(items.length, one, many)} (${words.join(', ')})`);
  }
  const minor = changes.filter((c) => c.minor).length;
  if (minor > 0) parts.push(count(minor, 'minor edit', 'minor edits'));
  return parts.join('; ');
}
