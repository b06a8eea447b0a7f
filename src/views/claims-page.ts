import type { LoadedDossier } from '../dossier/load';
import { CLAIM_STATUSES } from '../schemas/claim';
import { claimCard, type ClaimCardView } from './cards';
import { disputeSubjects, ledgerOf } from './claim-ledger';
import { siteChrome, type SiteChrome } from './site-chrome';

/** A dispute: claims that contradict each other, and what they are about (the first few subjects). */
export interface DisputeView {
  subjects: string[];
  claims: ClaimCardView[];
}

/** A page of the claim ledger: /claims/, /claims/page/<n>/. */
export interface ClaimsView {
  site: SiteChrome;
  page: number;
  pages: number;
  /** How many claims the dossier holds in each status. */
  statusCounts: Array<{ status: string; count: number }>;
  disputes: DisputeView[];
  /** Claims that contradict nothing and that nothing contradicts. */
  standalone: ClaimCardView[];
}

/** Page `page` of the claim ledger. */
export function claimsView(dossier: LoadedDossier, page = 1): ClaimsView {
  const ledger = ledgerOf(dossier);
  const { disputes, standalone } = ledger.pages[page - 1] ?? { disputes: [], standalone: [] };
  return {
    site: siteChrome(dossier),
    page,
    pages: ledger.pages.length,
    statusCounts: CLAIM_STATUSES.map((status) => ({
      status,
      count: dossier.claims.filter((c) => c.data.status === status).length,
    })),
    disputes: disputes.map((ids) => disputeView(dossier, ids)),
    standalone: standalone.map((id) => claimCard(dossier, id)),
  };
}

/** A dispute of the ledger, its claims resolved. */
export function disputeView(dossier: LoadedDossier, ids: readonly string[]): DisputeView {
  return { subjects: disputeSubjects(dossier, ids), claims: ids.map((id) => claimCard(dossier, id)) };
}
