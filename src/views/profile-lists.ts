import { PROFILE_LIST_NAMES, type ProfileListName } from '../identity/urls';
import type { Backlink, RelationView } from '../dossier/link-graph';
import { oncePerId } from '../shared/once';
import type { LoadedDossier } from '../dossier/load';
import type { EntityRecord } from '../dossier/records';
import { buildTimeline, type TimelineEntry } from './timeline';
import { pageCount } from './paging';
import { inSourceOrder } from './quote-order';

/**
 * The lists a profile carries. Each shows its first `onProfile` items on the
 * profile; a longer list continues on its own numbered pages
 * (/<kind>/<id>/<list>/<n>/) of `perPage` items, so no profile grows with the
 * dossier: the most-mentioned entity of a 10,000-article dossier has
 * thousands of mentions, hundreds of relations, quotes and claims.
 */
export const PROFILE_LISTS = {
  relations: { onProfile: 40, perPage: 200 },
  events: { onProfile: 20, perPage: 100 },
  'quotes-by': { onProfile: 10, perPage: 50 },
  'quotes-about': { onProfile: 10, perPage: 50 },
  'claims-by': { onProfile: 10, perPage: 50 },
  'claims-about': { onProfile: 10, perPage: 50 },
  mentions: { onProfile: 50, perPage: 100 },
} as const satisfies Record<ProfileListName, { onProfile: number; perPage: number }>;

export { PROFILE_LIST_NAMES, type ProfileListName };

/** The items of every list of one profile, in the order they are shown. */
export interface ProfileListItems {
  relations: readonly RelationView[];
  events: readonly TimelineEntry[];
  'quotes-by': readonly string[];
  'quotes-about': readonly string[];
  'claims-by': readonly string[];
  'claims-about': readonly string[];
  mentions: readonly Backlink[];
}

/**
 * Every list of `id`'s profile, read from the link graph once per build: the
 * route list, the profile and each of its list pages all ask for them.
 */
export const profileLists = oncePerId(readLists);

function readLists(dossier: LoadedDossier, id: string): ProfileListItems {
  const { graph } = dossier;
  const quotesBy = graph.quotesBy(id);
  const claimsBy = graph.claimsBy(id);
  const sourceOrder = (ids: readonly string[]) =>
    inSourceOrder(ids.map((quote) => dossier.quote(quote)!)).map((q) => q.id);
  return {
    relations: graph.relationsOf(id),
    events: buildTimeline(
      graph.eventsOf(id).map((event) => dossier.entity(event)!),
      [],
    ).flatMap((group) => group.entries),
    'quotes-by': sourceOrder(quotesBy),
    'quotes-about': sourceOrder(graph.quotesAbout(id).filter((quote) => !quotesBy.includes(quote))),
    'claims-by': claimsBy,
    'claims-about': graph.claimsAbout(id).filter((claim) => !claimsBy.includes(claim)),
    mentions: graph.backlinks(id),
  };
}

/** How many list pages a list of `total` items has: none when the profile shows it whole. */
export function profileListPages(list: ProfileListName, total: number): number {
  const { onProfile, perPage } = PROFILE_LISTS[list];
  return total > onProfile ? pageCount(total, perPage) : 0;
}

/**
 * Where a list's heading stands: on the list's own pages, or as a section of
 * the profile, under the entity's name, where an event's lists need not
 * repeat it.
 */
export type HeadingPlace = 'list-page' | 'profile';

/** Headings of a list, worded for the entity (events name their quotes differently) and for where it stands. */
export function profileListHeading(
  list: ProfileListName,
  name: string,
  isEvent: boolean,
  place: HeadingPlace = 'list-page',
): string {
  switch (list) {
    case 'relations':
      return `Relations of ${name}`;
    case 'events':
      return place === 'profile' ? 'Events' : `Events of ${name}`;
    case 'quotes-by':
      return `Quotes by ${name}`;
    case 'quotes-about':
      if (!isEvent) return `Quotes about ${name}`;
      return place === 'profile' ? 'Quotes' : `Quotes at ${name}`;
    case 'claims-by':
      return `Claims by ${name}`;
    case 'claims-about':
      return `Claims about ${name}`;
    case 'mentions':
      return `Sentences that mention ${name}`;
  }
}

/** The lists a profile shows as sections of their own, between its neighbourhood and its mentions. */
export const PROFILE_SECTIONS = ['events', 'quotes-by', 'quotes-about', 'claims-by', 'claims-about'] as const;

/** One of those sections, with its heading and every item of its list. */
export interface ProfileSection {
  list: (typeof PROFILE_SECTIONS)[number];
  heading: string;
  items: ProfileListItems[(typeof PROFILE_SECTIONS)[number]];
}

/** The sections `entity`'s profile shows: those of its lists that have items, in the order of {@link PROFILE_SECTIONS}. */
export function profileSections(dossier: LoadedDossier, entity: EntityRecord): ProfileSection[] {
  const lists = profileLists(dossier, entity.id);
  return PROFILE_SECTIONS.filter((list) => lists[list].length > 0).map((list) => ({
    list,
    heading: profileListHeading(list, entity.data.name, entity.kind === 'events', 'profile'),
    items: lists[list],
  }));
}
