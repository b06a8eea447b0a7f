/**
 * Page sizes for long lists, so no page grows with the dossier: past these,
 * lists continue on numbered pages (a profile's own lists: see profile-lists.ts).
 */
export const PAGE_SIZE = {
  /** Articles on an index page. */
  articles: 100,
  /** Profiles on a kind's index page. */
  entities: 200,
  /** Claims on a page of the ledger (disputes are not split). */
  claims: 100,
  /** Quotes listed on /quotes/ before it shows only the speaker index. */
  quotesInline: 150,
  /** Speakers listed on each speaker's page; past this, only /quotes/ lists them. */
  speakersInNav: 40,
  /** Entries on a page of the timeline (a month is split only when longer than this). */
  timeline: 250,
  /**
   * Nodes of the whole-dossier graph and of each cluster's (the most connected entities): about as many as
   * stay legible when the drawing is fitted to a page…
   */
  graphNodes: 70,
  /** …as long as the relations among them stay within this many. */
  graphEdges: 150,
  /** Nodes of a profile's neighbourhood graph. */
  neighbourhood: 24,
  /** Source articles in the assessment's grades table; past this, the table goes on at /assessment/sources/<n>/. */
  sources: 100,
  /** Items in the RSS and JSON feeds (newest first). */
  feed: 100,
} as const;

/** How many pages `total` items fill. Never less than one. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The title of page `page` of a paged list: "Claims", then "Claims, page 2". */
export function pagedTitle(title: string, page: number): string {
  return page > 1 ? `${title}, page ${page}` : title;
}

/** The items of page `page` (1-based). */
export function pageSlice<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/**
 * Splits groups (months, disputes …) into pages of about `size` items
 * without splitting a group; a group larger than `size` gets a page of its own.
 */
export function pagesOfGroups<G>(groups: readonly G[], sizeOf: (group: G) => number, size: number): G[][] {
  const pages: G[][] = [];
  let current: G[] = [];
  let count = 0;
  for (const group of groups) {
    if (current.length > 0 && count + sizeOf(group) > size) {
      pages.push(current);
      current = [];
      count = 0;
    }
    current.push(group);
    count += sizeOf(group);
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}
