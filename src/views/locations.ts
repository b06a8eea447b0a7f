import type { LoadedDossier } from '../dossier/load';
import { ledgerOf } from './claim-ledger';
import { PAGE_SIZE } from './paging';
import { PROFILE_LISTS, profileLists } from './profile-lists';
import { claimAnchor, quoteAnchor } from '../identity/anchors';
import type { SiteUrls } from '../identity/urls';

/**
 * The page a quote is found on, with its anchor: the quote index when it
 * lists every quote, otherwise the speaker's page for their first quotes and
 * the speaker's numbered list pages for the rest. Links to a quote (search
 * results, JSON-LD, dossier.json) all go here, so none points at a page that
 * does not show it.
 */
export function quoteUrl(dossier: LoadedDossier, urls: SiteUrls, id: string): string {
  const anchor = `#${quoteAnchor(id)}`;
  if (dossier.quotes.length <= PAGE_SIZE.quotesInline) return `${urls.quotes()}${anchor}`;
  const { speaker } = dossier.quote(id)!.data;
  const position = profileLists(dossier, speaker)['quotes-by'].indexOf(id);
  const { perPage } = PROFILE_LISTS['quotes-by'];
  const entity = dossier.entity(speaker)!;
  return position < perPage
    ? `${urls.quotes(speaker)}${anchor}`
    : `${urls.profileList(entity.kind, speaker, 'quotes-by', Math.floor(position / perPage) + 1)}${anchor}`;
}

/** The ledger page a claim is on, with its anchor. */
export function claimUrl(dossier: LoadedDossier, urls: SiteUrls, id: string): string {
  return `${urls.claims(ledgerOf(dossier).pageOf(id))}#${claimAnchor(id)}`;
}
