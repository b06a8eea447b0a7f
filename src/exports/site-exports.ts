import type { LoadedDossier } from '../dossier/load';
import { urls } from '../identity/site';
import { oncePerId } from '../shared/once';
import { claimUrl, quoteUrl } from '../views/locations';
import { buildDossierJson, type DossierContentJson } from './dossier-json';

/**
 * dossier.json's data for this site (its base and public origin), built once
 * per build: /dossier.json serialises it and the CSV tables of /data/ are cut
 * from it, so they always hold the same items.
 */
export const siteDossierJson = oncePerId((dossier: LoadedDossier, site: string): DossierContentJson =>
  buildDossierJson(dossier, dossier.graph, {
    urls,
    site: site ? new URL(site) : undefined,
    quoteUrl: (id) => quoteUrl(dossier, urls, id),
    claimUrl: (id) => claimUrl(dossier, urls, id),
  }),
);
