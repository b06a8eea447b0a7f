import type { EntityKind } from '../schemas/entity';
import { parseCitation } from '../schemas/citation';

/**
 * Every internal URL of the site, built in one place so that all links honour
 * Astro's `base` (a deploy under /dossier/ works the same as one at /).
 */
export interface SiteUrls {
  home(): string;
  kindIndex(kind: EntityKind | 'articles'): string;
  entity(kind: EntityKind, id: string): string;
  article(id: string): string;
  /** The anchor id of paragraph `n` on an article page: `p-7`. */
  paragraphAnchor(n: number): string;
  paragraph(articleId: string, n: number): string;
  /** The page and paragraph a citation string points at. */
  citation(value: string): string;
  asset(path: string): string;
  /** The one-page briefing. */
  briefing(): string;
  /** The timeline of events and publications. */
  timeline(): string;
  /** The quote registry, or one speaker's quotes. */
  quotes(speaker?: string): string;
  /** The claim ledger. */
  claims(): string;
  /** The relationship graph. */
  graph(): string;
  /** The search page, optionally with a query: `/search/?q=petro`. */
  search(query?: string): string;
}

/** URL builder for a site deployed under `base` ("/" or "/some/path/"). */
export function createUrls(base: string): SiteUrls {
  const root = base.endsWith('/') ? base : `${base}/`;
  const urls: SiteUrls = {
    home: () => root,
    kindIndex: (kind) => `${root}${kind}/`,
    entity: (kind, id) => `${root}${kind}/${id}/`,
    article: (id) => `${root}articles/${id}/`,
    paragraphAnchor: (n) => `p-${n}`,
    paragraph: (articleId, n) => `${urls.article(articleId)}#${urls.paragraphAnchor(n)}`,
    citation: (value) => {
      const { article, paragraph } = parseCitation(value);
      return urls.paragraph(article, paragraph);
    },
    asset: (path) => `${root}${path.replace(/^\//, '')}`,
    briefing: () => `${root}briefing/`,
    timeline: () => `${root}timeline/`,
    quotes: (speaker) => `${root}quotes/${speaker ? `by/${speaker}/` : ''}`,
    claims: () => `${root}claims/`,
    graph: () => `${root}graph/`,
    search: (query) => `${root}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  };
  return urls;
}
