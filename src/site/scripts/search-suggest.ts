import { nameKey, type NameList } from '../../shared/name-key';

export type { NameList };

/** A profile a misspelt query may have meant. */
export interface Suggestion {
  kind: string;
  kindLabel: string;
  id: string;
  name: string;
  /** The name or alias the query is closest to. */
  matched: string;
  /** Edits from the query; a word of a longer name counts half an edit more than a whole name or alias. */
  distance: number;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment):
 * "Donlad" is one edit from "Donald", as readers mistype. Stops early, returning
 * `limit + 1`, once every alignment is past `limit`.
 */
export function typoDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous = before.map((_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits a query of this length may be from a name: one in a short word, more in a longer one. */
export function typoAllowance(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : length <= 10 ? 2 : 3;
}

/**
 * The profiles whose name or alias (or a word of one, for a query of one
 * word) is within a few edits of the query, ignoring case and accents,
 * closest first. An exact match is not a suggestion: the query already finds
 * that profile.
 */
export function suggestNames(query: string, list: NameList, max = 3): Suggestion[] {
  const key = nameKey(query);
  const allowance = typoAllowance(key.length);
  if (allowance === 0) return [];
  const oneWord = !key.includes(' ');
  const best = new Map<string, Suggestion>();
  for (const [kind, id, name, ...aliases] of list.entries) {
    for (const written of [name, ...aliases]) {
      const full = nameKey(written);
      const words = oneWord && full.includes(' ') ? full.split(' ').filter((word) => word.length >= 4) : [];
      for (const candidate of [full, ...words]) {
        if (candidate === key) return [];
        const edits = typoDistance(key, candidate, allowance);
        if (edits > allowance) continue;
        // "Trunp" is Trump (an alias of Donald Trump) before it is the first word of "Trump administration".
        const distance = candidate === full ? edits : edits + 0.5;
        const known = best.get(id);
        if (!known || distance < known.distance) {
          best.set(id, {
            kind: list.kinds[kind]!,
            kindLabel: list.labels[kind]!,
            id,
            name,
            matched: written,
            distance,
          });
        }
      }
    }
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, max);
}

/**
 * The suggestion to search as well: the closest profile, when no other is as
 * close; none when two are equally close (the reader chooses from the links).
 */
export function correctionOf(suggestions: readonly Suggestion[]): Suggestion | undefined {
  const [first, second] = suggestions;
  return first && (!second || second.distance > first.distance) ? first : undefined;
}

/** The shard a word belongs to: its first letter or digit, ignoring case and accents; `_` for anything else. */
export function shardOf(word: string): string {
  const first = nameKey(word)[0] ?? '';
  return /[a-z0-9]/.test(first) ? first : '_';
}

/** The shards a query needs: one per first letter of its words. */
export function shardsFor(query: string): string[] {
  return [...new Set(nameKey(query).split(' ').filter(Boolean).map(shardOf))].sort();
}

/** Every shard there is, so that the page never asks for one that was not written (a 404 in its console). */
export const SHARD_KEYS = [...'abcdefghijklmnopqrstuvwxyz0123456789_'];

/** Splits a name list into its shards (see {@link NameList}), an empty one for a letter no word starts with. */
export function nameShards(list: NameList): Map<string, NameList> {
  const shards = new Map<string, NameList>(
    SHARD_KEYS.map((key) => [key, { kinds: list.kinds, labels: list.labels, entries: [] }]),
  );
  for (const entry of list.entries) {
    const [, , ...written] = entry;
    const keys = new Set(written.flatMap((name) => nameKey(name).split(' ').filter(Boolean).map(shardOf)));
    for (const key of keys) shards.get(key)!.entries.push(entry);
  }
  return shards;
}

/** Joins shards into one list, each profile once. */
export function joinShards(shards: readonly NameList[]): NameList | undefined {
  const [first] = shards;
  if (!first) return undefined;
  const seen = new Set<string>();
  const entries = shards.flatMap((shard) => shard.entries).filter(([, id]) => !seen.has(id) && Boolean(seen.add(id)));
  return { kinds: first.kinds, labels: first.labels, entries };
}
