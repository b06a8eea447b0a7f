import type { ClaimRecord } from '../dossier/records';
import type { LoadedDossier } from '../dossier/load';
import { once } from '../shared/once';
import { PAGE_SIZE, pagesOfGroups } from './paging';

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

/** The claim ledger split into pages: disputes and lone claims, never splitting a dispute. */
export interface ClaimLedger {
  pages: Array<{ disputes: string[][]; standalone: string[] }>;
  /** The page (1-based) a claim is on. */
  pageOf(id: string): number;
}

/** Pages of at most about `size` claims, disputes first, each dispute kept on one page. */
export function claimLedger(claims: readonly ClaimRecord[], size: number): ClaimLedger {
  const { disputes, standalone } = groupDisputes(claims);
  const units = [
    ...disputes.map((ids) => ({ ids, dispute: true })),
    ...standalone.map((id) => ({ ids: [id], dispute: false })),
  ];
  const pages = pagesOfGroups(units, (u) => u.ids.length, size).map((page) => ({
    disputes: page.filter((u) => u.dispute).map((u) => u.ids),
    standalone: page.filter((u) => !u.dispute).map((u) => u.ids[0]!),
  }));
  const pageOf = new Map<string, number>();
  pages.forEach((page, i) => [...page.disputes.flat(), ...page.standalone].forEach((id) => pageOf.set(id, i + 1)));
  return { pages, pageOf: (id) => pageOf.get(id) ?? 1 };
}

/** The dossier's claim ledger, in pages of {@link PAGE_SIZE.claims}: built once per build. */
export const ledgerOf = once((dossier: LoadedDossier) => claimLedger(dossier.claims, PAGE_SIZE.claims));

/** What a dispute is about, as its heading names it: the claims' subjects, without repeats, the first four. */
export function disputeSubjects(dossier: Pick<LoadedDossier, 'claim'>, ids: readonly string[]): string[] {
  return [...new Set(ids.flatMap((id) => dossier.claim(id)!.data.about))].slice(0, 4);
}
