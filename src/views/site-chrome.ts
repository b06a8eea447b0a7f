import type { LoadedDossier } from '../dossier/load';
import { urls } from '../identity/site';
import { ENTITY_KINDS, KIND_LABELS } from '../schemas/kinds';
import { once } from '../shared/once';

/** What every page's frame shows: the dossier's title and as-of date, and the sections the header links to. */
export interface SiteChrome {
  /** The dossier's title: the header's, the end of every page's title, the printed pages' stamp. */
  title: string;
  /** The date the dossier is current to (EDTF): the footer's and the printed pages'. */
  asOf: string;
  /** The header's links to the dossier's sections, in order. */
  nav: Array<{ href: string; label: string }>;
}

/** The frame of every page, once per build. */
export const siteChrome = once((dossier: LoadedDossier): SiteChrome => ({
  title: dossier.dossier.data.title,
  asOf: dossier.dossier.data.asOf.edtf,
  nav: [
    { href: urls.home(), label: 'Overview' },
    { href: urls.briefing(), label: 'Briefing' },
    { href: urls.assessment(), label: 'Assessment' },
    { href: urls.changes(), label: 'Changes' },
    { href: urls.timeline(), label: 'Timeline' },
    { href: urls.quotes(), label: 'Quotes' },
    { href: urls.claims(), label: 'Claims' },
    { href: urls.graph(), label: 'Graph' },
    { href: urls.kindIndex('articles'), label: 'Articles' },
    ...ENTITY_KINDS.map((kind) => ({ href: urls.kindIndex(kind), label: KIND_LABELS[kind].plural })),
  ],
}));
