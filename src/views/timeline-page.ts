import type { LoadedDossier } from '../dossier/load';
import { timelineGroups, type TimelineGroupView } from './cards';
import { siteChrome, type SiteChrome } from './site-chrome';
import { timelinePages } from './timeline';

/** A page of the timeline: /timeline/, /timeline/page/<n>/. */
export interface TimelineView {
  site: SiteChrome;
  page: number;
  pages: number;
  /** This page's months, in date order. */
  groups: TimelineGroupView[];
}

/** Page `page` of the timeline. */
export function timelineView(dossier: LoadedDossier, page = 1): TimelineView {
  const pages = timelinePages(dossier);
  return {
    site: siteChrome(dossier),
    page,
    pages: pages.length,
    groups: timelineGroups(dossier, pages[page - 1] ?? []),
  };
}
