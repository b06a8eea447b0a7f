import { judgmentsAbout, type NumberedJudgment } from './assessment';
import type { CoMention, RelationView } from '../dossier/link-graph';
import type { LoadedDossier } from '../dossier/load';
import type { EntityRecord } from '../dossier/records';
import type { ProsePart } from '../content/render/prose';
import { urls } from '../identity/site';
import { KIND_LABELS, type EntityKind } from '../schemas/kinds';
import { assertNever } from '../shared/assert-never';
import {
  backlink,
  claimCard,
  quoteCard,
  timelineEntry,
  type BacklinkView,
  type ClaimCardView,
  type QuoteCardView,
  type TimelineEntryView,
} from './cards';
import { factBox, type FactBoxView } from './profile-facts';
import {
  PROFILE_LISTS,
  PROFILE_SECTIONS,
  profileListHeading,
  profileListPages,
  profileLists,
  type ProfileListName,
} from './profile-lists';
import { pageCount } from './paging';
import { drawNeighbourhood, type Drawing } from './relation-drawing';
import { schemaOrg } from './schema-org';
import { entityFacets, type SearchFacets } from './search-facets';
import { siteChrome, type SiteChrome } from './site-chrome';

/** The entity a page is about, as its frame names and links it. */
export interface EntityHead {
  id: string;
  kind: EntityKind;
  name: string;
  /** The kind's names: "Person", "People". */
  kindLabel: { singular: string; plural: string };
}

export function entityHead(entity: EntityRecord): EntityHead {
  return { id: entity.id, kind: entity.kind, name: entity.data.name, kindLabel: KIND_LABELS[entity.kind] };
}

/** The items of one of a profile's lists that a page shows, resolved for their cards, by list. */
export type ListItems =
  | { list: 'relations'; items: RelationView[] }
  | { list: 'events'; items: TimelineEntryView[] }
  | { list: 'quotes-by' | 'quotes-about'; items: QuoteCardView[] }
  | { list: 'claims-by' | 'claims-about'; items: ClaimCardView[] }
  | { list: 'mentions'; items: BacklinkView[] };

/** One of a profile's lists, as a page shows it: some of its items, and how many there are. */
export type ProfileListView = ListItems & {
  /** How many items the whole list has. */
  total: number;
  /** On the profile, when the list goes on past what it shows: the link to its own pages. */
  more?: { href: string; label: string } | undefined;
};

/** The items `from` (inclusive) to `to` of `entity`'s list, resolved. */
function listItems(dossier: LoadedDossier, id: string, list: ProfileListName, from: number, to: number): ListItems {
  const lists = profileLists(dossier, id);
  switch (list) {
    case 'relations':
      return { list, items: lists.relations.slice(from, to) };
    case 'events':
      return { list, items: lists.events.slice(from, to).map((entry) => timelineEntry(dossier, entry)) };
    case 'quotes-by':
      // The speaker's own list does not name them on every card.
      return { list, items: lists[list].slice(from, to).map((q) => quoteCard(dossier, q, { showSpeaker: false })) };
    case 'quotes-about':
      return { list, items: lists[list].slice(from, to).map((q) => quoteCard(dossier, q)) };
    case 'claims-by':
    case 'claims-about':
      return { list, items: lists[list].slice(from, to).map((c) => claimCard(dossier, c)) };
    case 'mentions':
      return { list, items: lists.mentions.slice(from, to).map((b) => backlink(dossier, b)) };
    default:
      return assertNever(list);
  }
}

/**
 * A profile's list as the profile shows it (`page` undefined: its first items,
 * and a link to the rest when there are more), or page `page` of the list's own
 * pages.
 */
export function profileListView(
  dossier: LoadedDossier,
  entity: EntityRecord,
  list: ProfileListName,
  page?: number,
): ProfileListView {
  const total = profileLists(dossier, entity.id)[list].length;
  const { onProfile, perPage } = PROFILE_LISTS[list];
  const [from, to] = page === undefined ? [0, onProfile] : [(page - 1) * perPage, page * perPage];
  const more =
    page === undefined && profileListPages(list, total) > 0
      ? {
          href: urls.profileList(entity.kind, entity.id, list, 1),
          label: profileListHeading(list, entity.data.name, entity.kind === 'events'),
        }
      : undefined;
  return { ...listItems(dossier, entity.id, list, from, to), total, more };
}

/** Everything a profile page shows, but its history (the editions', `src/editions/profile-history.ts`). */
export interface ProfileView {
  site: SiteChrome;
  entity: EntityHead;
  /** What the search index keeps of the page besides its text. */
  facets: SearchFacets;
  facts: FactBoxView;
  summary: ProsePart[];
  relations: ProfileListView;
  /** Its relations that no longer stand, each worded from its end: kept, marked, with why. */
  supersededRelations: readonly RelationView[];
  /** The key judgments that concern it, numbered as the assessment numbers them. */
  judgments: NumberedJudgment[];
  /** The drawing of its neighbourhood; none when it has no relations. */
  neighbourhood: Drawing | undefined;
  /** Its events, quotes and claims, each list that has items a section with its heading. */
  sections: Array<{ heading: string; list: ProfileListView }>;
  mentions: ProfileListView;
  /** The entities mentioned in the same paragraphs most often, the first few. */
  coMentions: CoMention[];
  /** Its schema.org object. */
  jsonLd: Record<string, unknown>;
}

/** How many entities "Mentioned alongside" names. */
const CO_MENTIONS_SHOWN = 12;

/** A profile page, built once per page from the loaded dossier. */
export function profileView(dossier: LoadedDossier, id: string): ProfileView {
  const entity = dossier.entity(id)!;
  const lists = profileLists(dossier, id);
  return {
    site: siteChrome(dossier),
    entity: entityHead(entity),
    facets: entityFacets(entity),
    facts: factBox(entity, dossier),
    summary: dossier.prose(entity),
    relations: profileListView(dossier, entity, 'relations'),
    supersededRelations: dossier.graph.supersededRelationsOf(id),
    judgments: judgmentsAbout(dossier, id),
    neighbourhood: drawNeighbourhood(dossier, id),
    sections: PROFILE_SECTIONS.filter((list) => lists[list].length > 0).map((list) => ({
      heading: profileListHeading(list, entity.data.name, entity.kind === 'events', 'profile'),
      list: profileListView(dossier, entity, list),
    })),
    mentions: profileListView(dossier, entity, 'mentions'),
    coMentions: dossier.graph.coMentioned(id).slice(0, CO_MENTIONS_SHOWN),
    jsonLd: schemaOrg(dossier, urls).entity(id),
  };
}

/** A page of one of a profile's lists: /<kind>/<id>/<list>/<n>/. */
export interface ProfileListPageView {
  site: SiteChrome;
  entity: EntityHead;
  /** "Quotes by Gustavo Petro". */
  heading: string;
  /** The page shown (1-based) and how many there are. */
  page: number;
  pages: number;
  list: ProfileListView;
}

export function profileListPageView(
  dossier: LoadedDossier,
  id: string,
  list: ProfileListName,
  page: number,
): ProfileListPageView {
  const entity = dossier.entity(id)!;
  const view = profileListView(dossier, entity, list, page);
  return {
    site: siteChrome(dossier),
    entity: entityHead(entity),
    heading: profileListHeading(list, entity.data.name, entity.kind === 'events'),
    page,
    pages: pageCount(view.total, PROFILE_LISTS[list].perPage),
    list: view,
  };
}
