import { countChanges, diffSnapshots, summariseChanges, type Change, type ChangeGroup } from './diff';
import type { Edition } from './edition-file';
import type { Snapshot } from './snapshot';
import type { BriefingModel } from '../views/briefing';

/** An edition as pages name it. */
export interface EditionRef {
  id: string;
  number: number;
  title: string;
  asOf: string;
  note?: string | undefined;
}

/** What changed from one edition to the next, or from the latest edition to today's content. */
export interface ChangeSet {
  /** The edition compared with. */
  since: EditionRef;
  /** The edition that holds the changes; undefined for changes not yet in an edition. */
  edition: EditionRef | undefined;
  changes: Change[];
  /** Entities that changed id, old to new. */
  renames: Map<string, string>;
  counts: Record<ChangeGroup, { major: number; minor: number }>;
  /** The changes in one line. */
  summary: string;
}

/** What a snapshot holds, in one line: "1 article, 41 entities, 9 quotes and 6 claims". */
export function describeSnapshot(snapshot: Snapshot): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `${n(snapshot.articles.length, 'article', 'articles')}, ${n(snapshot.entities.length, 'entity', 'entities')}, ${n(snapshot.quotes.length, 'quote', 'quotes')} and ${n(snapshot.claims.length, 'claim', 'claims')}`;
}

/** The dossier's editions and what changed between them. */
export interface EditionHistory {
  /** Oldest first. */
  editions: EditionRef[];
  /** Changes between consecutive editions and since the latest, newest first; the first edition has none. */
  changeSets: ChangeSet[];
  /** Changes since the latest edition (not yet in an edition), when there are editions and something changed. */
  unrecorded: ChangeSet | undefined;
  /** The latest edition. */
  latest: EditionRef | undefined;
  /** The first edition each of today's entities was in (by today's id); absent when it is in none yet. */
  entityFirstIn: Map<string, EditionRef>;
  /**
   * Facts and summary sentences of today's entities that came in an edition after the entity's first, by
   * entity id: what each was and the edition it came in.
   */
  laterFacts: Map<string, Array<{ text: string; edition: EditionRef }>>;
  /** An edition's briefing as it was, with its entity ids carried forward to today's. */
  briefingOf(id: string): BriefingModel | undefined;
  /** The snapshot an edition holds. */
  snapshotOf(id: string): Snapshot | undefined;
  /** The edition an edition's briefing marks "New" against: the one before it. */
  previousOf(id: string): EditionRef | undefined;
  /** What an edition brought, in one line: its changes, or for the first edition what it holds. */
  summaryOf(id: string): string;
  /** The changes an edition brought since the one before it; undefined for the first. */
  changesOf(id: string): ChangeSet | undefined;
}

export const editionRef = (e: Edition): EditionRef => ({
  id: e.id,
  number: e.number,
  title: e.title,
  asOf: e.asOf,
  ...(e.note ? { note: e.note } : {}),
});

function changeSet(since: Edition, edition: EditionRef | undefined, before: Snapshot, after: Snapshot): ChangeSet {
  const { changes, renames } = diffSnapshots(before, after);
  return {
    since: editionRef(since),
    edition,
    changes,
    renames,
    counts: countChanges(changes),
    summary: summariseChanges(changes),
  };
}

/** The facts of a snapshot by entity, as keys that stay the same from edition to edition. */
function factKeys(snapshot: Snapshot, mapId: (id: string) => string | undefined) {
  const keys = new Map<string, Map<string, string>>();
  for (const entity of snapshot.entities) {
    const id = mapId(entity.id);
    if (!id) continue;
    const own = new Map<string, string>();
    for (const fact of entity.facts) {
      const ref = fact.ref ? mapId(fact.ref) : '';
      own.set(
        `${fact.key}\u0000${ref ?? fact.ref}`,
        `${fact.label}: ${fact.value || fact.refName || ''}`.replace(/: $/, ''),
      );
    }
    for (const sentence of entity.summary) own.set(`sentence\u0000${sentence.text}`, `Summary: ${sentence.text}`);
    keys.set(id, own);
  }
  return keys;
}

/**
 * Compares each edition with the one before it, and today's content with the
 * latest; follows renamed entities from edition to edition, so that a profile
 * knows the edition it first appeared in under any of its names.
 */
export function editionHistory(editions: readonly Edition[], current: Snapshot): EditionHistory {
  const refs = editions.map(editionRef);
  const sets: ChangeSet[] = [];
  for (let i = 1; i < editions.length; i += 1)
    sets.push(changeSet(editions[i - 1]!, refs[i], editions[i - 1]!.snapshot, editions[i]!.snapshot));
  const latestEdition = editions.at(-1);
  const toCurrent = latestEdition ? changeSet(latestEdition, undefined, latestEdition.snapshot, current) : undefined;
  const unrecorded = toCurrent && toCurrent.changes.length > 0 ? toCurrent : undefined;

  // Each edition's entity ids carried forward to today's: through every rename after it; undefined once removed.
  const stepRenames = [...sets.map((s) => s.renames), toCurrent?.renames ?? new Map<string, string>()];
  const stepKept = [
    ...editions.slice(1).map((e) => new Set(e.snapshot.entities.map((x) => x.id))),
    new Set(current.entities.map((x) => x.id)),
  ];
  const forward = (index: number) => (id: string) => {
    let now: string | undefined = id;
    for (let step = index; step < editions.length && now; step += 1) {
      now = stepRenames[step]!.get(now) ?? now;
      if (!stepKept[step]!.has(now)) now = undefined;
    }
    return now;
  };
  const forwards = editions.map((_, i) => forward(i));
  // Changes between editions name entities by the later edition's ids: carry them to today's, so links hold.
  sets.forEach((set, k) => {
    const mapId = forwards[k + 1]!;
    for (const change of set.changes) {
      if (change.target.kind !== 'entity' || change.target.gone) continue;
      const now = mapId(change.target.id);
      change.target = now ? { ...change.target, id: now } : { ...change.target, gone: true };
    }
  });

  const entityFirstIn = new Map<string, EditionRef>();
  const laterFacts = new Map<string, Array<{ text: string; edition: EditionRef }>>();
  const seenFacts = new Map<string, Set<string>>();
  editions.forEach((edition, i) => {
    for (const [id, keys] of factKeys(edition.snapshot, forwards[i]!)) {
      if (!entityFirstIn.has(id)) entityFirstIn.set(id, refs[i]!);
      const seen = seenFacts.get(id) ?? new Set<string>();
      const isFirst = entityFirstIn.get(id) === refs[i];
      for (const [key, text] of keys) {
        if (seen.has(key)) continue;
        seen.add(key);
        if (!isFirst) laterFacts.set(id, [...(laterFacts.get(id) ?? []), { text, edition: refs[i]! }]);
      }
      seenFacts.set(id, seen);
    }
  });
  // A fact recorded later but gone today is not one of today's facts.
  const today = factKeys(current, (id) => id);
  for (const [id, facts] of laterFacts) {
    const now = new Set(today.get(id)?.values() ?? []);
    laterFacts.set(
      id,
      facts.filter((f) => now.has(f.text)),
    );
  }

  const byId = new Map(editions.map((e, i) => [e.id, { edition: e, index: i }]));
  const setOf = new Map(sets.map((set) => [set.edition!.id, set]));
  return {
    editions: refs,
    changeSets: [...(unrecorded ? [unrecorded] : []), ...sets.reverse()],
    unrecorded,
    latest: refs.at(-1),
    entityFirstIn,
    laterFacts,
    snapshotOf: (id) => byId.get(id)?.edition.snapshot,
    changesOf: (id) => setOf.get(id),
    summaryOf: (id) => {
      const set = setOf.get(id);
      if (set) return set.summary;
      const snapshot = byId.get(id)?.edition.snapshot;
      return snapshot ? `the first edition: ${describeSnapshot(snapshot)}` : '';
    },
    previousOf: (id) => {
      const found = byId.get(id);
      return found && found.index > 0 ? refs[found.index - 1] : undefined;
    },
    briefingOf: (id) => {
      const found = byId.get(id);
      if (!found) return undefined;
      const mapId = forwards[found.index]!;
      const { briefing } = found.edition.snapshot;
      // A profile removed since is named, not linked: '' is no entity's id.
      const carry = <T extends { entity: string }>(item: T): T => ({ ...item, entity: mapId(item.entity) ?? '' });
      return {
        ...briefing,
        keyActors: briefing.keyActors.map(carry),
        timeline: briefing.timeline.map(carry),
        keyQuotes: briefing.keyQuotes.map((q) => ({ ...q, speaker: mapId(q.speaker) ?? '' })),
      };
    },
  };
}
