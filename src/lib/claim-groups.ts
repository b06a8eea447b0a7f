import type { ClaimRecord } from './model';

/**
 * Groups claims into disputes: claims joined, directly or through others, by
 * "contradicts" links, each group in file order. Claims that contradict
 * nothing and are contradicted by nothing are returned apart.
 */
export function groupDisputes(claims: readonly ClaimRecord[]): { disputes: string[][]; standalone: string[] } {
  const parent = new Map(claims.map((c) => [c.id, c.id]));
  const find = (id: string): string => {
    const up = parent.get(id) ?? id;
    if (up === id) return id;
    const root = find(up);
    parent.set(id, root);
    return root;
  };
  const linked = new Set<string>();
  for (const claim of claims) {
    for (const other of claim.data.contradicts) {
      if (!parent.has(other)) continue;
      parent.set(find(claim.id), find(other));
      linked.add(claim.id).add(other);
    }
  }
  const groups = new Map<string, string[]>();
  for (const claim of claims) {
    if (!linked.has(claim.id)) continue;
    const root = find(claim.id);
    groups.set(root, [...(groups.get(root) ?? []), claim.id]);
  }
  return { disputes: [...groups.values()], standalone: claims.filter((c) => !linked.has(c.id)).map((c) => c.id) };
}
