import type { EntityKind } from '../schemas/entity';
import { parseCitation } from '../schemas/citation';
import { paragraphAnchor } from './anchors';

/** The lists of a profile long enough to continue on numbered pages of their own, as their URLs name them. */
export const PROFILE_LIST_NAMES = [
  'relations',
  'events',
  'quotes-by',
  'quotes-about',
  'claims-by',
  'claims-about',
  'mentions',
] as const;
export type ProfileListName = (typeof PROFILE_LIST_NAMES)[number];

/**
 * Every internal URL of the site, built in one place so that all links honour
 * Astro's `base` (a deploy under /dossier/ works the same as one at /).
 */
export interface SiteUrls {
  home(): string;
  /** A kind's index (or the articles'), page 1 at the folder itself. */
  kindIndex(kind: EntityKind | 'articles', page?: number): string;
  /** Page `page` of one of a profile's long lists (its mentions, relations, quotes …). */
  profileList(kind: EntityKind, id: string, list: ProfileListName, page: number): string;
  entity(kind: EntityKind, id: string): string;
  /** An entity's one-page brief, for printing. */
  brief(kind: EntityKind, id: string): string;
  article(id: string): string;
  /** The anchor id of paragraph `n` on an article page: `p-7`. */
  paragraphAnchor(n: number): string;
  paragraph(articleId: string, n: number): string;
  /** The page and paragraph a citation string points at. */
  citation(value: string): string;
  asset(path: string): string;
  /** The one-page briefing. */
  briefing(): string;
  /**
   * The full assessment: every key judgment with what it rests on, what to watch, the unknowns, the source grades
   * and the scales; with a fragment, one item or one scale on it.
   */
  assessment(fragment?: string): string;
  /** An article's text exactly as it was received (its seed file), for `sha256sum`. */
  receivedText(articleId: string): string;
  /** The whole dossier as a book to print (dossier.pdf): one page, or the front page of a book in parts. */
  book(): string;
  /** Part `n` of a book in parts (/book/2/); the parts of a book too large for one page. */
  bookPart(n: number): string;
  /** The timeline of events and publications, page 1 at /timeline/. */
  timeline(page?: number): string;
  /** The quote registry, or one speaker's quotes. */
  quotes(speaker?: string): string;
  /** The claim ledger, page 1 at /claims/. */
  claims(page?: number): string;
  /** The relationship graph. */
  graph(): string;
  /** The drawing of one cluster of the relationship graph, numbered from 1. */
  graphCluster(n: number): string;
  /** The page that lists the data exports. */
  data(): string;
  /** One of the data exports by file name: `/data/entities.csv`, `/dossier.json`. */
  dataFile(name: string): string;
  /** The search page, optionally with a query: `/search/?q=petro`. */
  search(query?: string): string;
  /**
   * What changed: since the latest edition, then edition by edition. With an edition's id, its section: the
   * changes it brought (or, with `unrecorded`, those not yet in an edition).
   */
  changes(edition?: string | 'unrecorded'): string;
  /** The list of editions. */
  editions(): string;
  /** An edition's briefing as it was. */
  edition(id: string): string;
}

/** URL builder for a site deployed under `base` ("/" or "/some/path/"). */
export function createUrls(base: string): SiteUrls {
  const root = base.endsWith('/') ? base : `${base}/`;
  const urls: SiteUrls = {
    home: () => root,
    kindIndex: (kind, page = 1) => `${root}${kind}/${page > 1 ? `page/${page}/` : ''}`,
    profileList: (kind, id, list, page) => `${root}${kind}/${id}/${list}/${page}/`,
    entity: (kind, id) => `${root}${kind}/${id}/`,
    brief: (kind, id) => `${root}${kind}/${id}/brief/`,
    article: (id) => `${root}articles/${id}/`,
    paragraphAnchor,
    paragraph: (articleId, n) => `${urls.article(articleId)}#${urls.paragraphAnchor(n)}`,
    citation: (value) => {
      const { article, paragraph } = parseCitation(value);
      return urls.paragraph(article, paragraph);
    },
    asset: (path) => `${root}${path.replace(/^\//, '')}`,
    briefing: () => `${root}briefing/`,
    assessment: (fragment) => `${root}assessment/${fragment ? `#${fragment}` : ''}`,
    receivedText: (id) => `${root}articles/${id}/source.txt`,
    book: () => `${root}book/`,
    bookPart: (n) => `${root}book/${n}/`,
    timeline: (page = 1) => `${root}timeline/${page > 1 ? `page/${page}/` : ''}`,
    quotes: (speaker) => `${root}quotes/${speaker ? `by/${speaker}/` : ''}`,
    claims: (page = 1) => `${root}claims/${page > 1 ? `page/${page}/` : ''}`,
    graph: () => `${root}graph/`,
    graphCluster: (n) => `${root}graph/cluster/${n}/`,
    data: () => `${root}data/`,
    dataFile: (name) => `${root}${name.endsWith('.csv') ? 'data/' : ''}${name}`,
    search: (query) => `${root}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
    changes: (edition) =>
      `${root}changes/${edition ? `#${edition === 'unrecorded' ? 'unrecorded' : `edition-${edition}`}` : ''}`,
    editions: () => `${root}editions/`,
    edition: (id) => `${root}editions/${id}/`,
  };
  return urls;
}
