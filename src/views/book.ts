import type { LoadedDossier } from '../dossier/load';
import type { ArticleRecord, EntityRecord } from '../dossier/records';
import { bookAnchor } from '../identity/anchors';
import { createUrls, type SiteUrls } from '../identity/urls';
import { ENTITY_KINDS, type EntityKind } from '../schemas/entity';
import { KIND_LABELS } from '../schemas/kinds';
import { oncePerId } from '../shared/once';
import { byCodePoint } from '../shared/order';
import { articleSortKey } from './article-meta';
import { claimUrl, quoteUrl } from './locations';

/** A line of the book's contents: a chapter, or a profile or article in it; `id` is its heading's. */
export interface ContentsEntry {
  title: string;
  id: string;
}

/** A chapter of the book, in order, with the sections its contents list. */
export interface BookChapter extends ContentsEntry {
  /** The chapter's name in its ids: `chapter--people`. */
  name: string;
  entries: ContentsEntry[];
}

/** The profiles of one kind, in the order of the kind's index. */
export interface BookKind {
  kind: EntityKind;
  chapter: BookChapter;
  entities: EntityRecord[];
}

/** What the book holds and how it links, computed once per build. */
export interface Book {
  /** Every chapter in book order: briefing, timeline, one per kind with profiles, articles, quotes, claims. */
  chapters: BookChapter[];
  /** The kinds that have profiles, each with its chapter. */
  kinds: BookKind[];
  /** The articles, oldest first (undated last), as the timeline has them. */
  articles: ArticleRecord[];
  /**
   * Where a site URL points inside the book (`/people/gustavo-petro/` → `#profile--gustavo-petro--title`): every
   * profile, article, paragraph, quote and claim. A link the book does not hold is not in the map.
   */
  links: Map<string, string>;
}

const chapter = (name: string, title: string, entries: ContentsEntry[] = []): BookChapter => ({
  name,
  title,
  id: bookAnchor.title(bookAnchor.chapter(name)),
  entries,
});

/**
 * The book: the dossier as one page to print, in the order a reader works through it. Contents list the chapters
 * and, under them, every profile and article (the sections that start a page); quotes and claims are one chapter
 * each. Links to anything the book holds go to its place in the book.
 */
export function bookOf(dossier: LoadedDossier, urls: SiteUrls): Book {
  return bookUnder(dossier, urls.home());
}

const bookUnder = oncePerId((dossier: LoadedDossier, base: string): Book => {
  const urls = createUrls(base);
  const kinds = ENTITY_KINDS.map((kind) => ({ kind, entities: dossier.entitiesOfKind(kind) }))
    .filter(({ entities }) => entities.length > 0)
    .map(({ kind, entities }) => ({
      kind,
      entities,
      chapter: chapter(
        kind,
        KIND_LABELS[kind].plural,
        entities.map((entity) => ({ title: entity.data.name, id: bookAnchor.title(bookAnchor.profile(entity.id)) })),
      ),
    }));
  const articles = [...dossier.articles].sort((a, b) => {
    const [x, y] = [articleSortKey(a.data), articleSortKey(b.data)];
    if (!x !== !y) return x ? -1 : 1;
    return byCodePoint(x, y) || byCodePoint(a.id, b.id);
  });
  const articleChapter = chapter(
    'articles',
    'Source articles',
    articles.map((article) => ({
      title: article.data.title,
      id: bookAnchor.title(bookAnchor.article(article.id)),
    })),
  );
  const chapters = [
    chapter('briefing', 'Briefing'),
    chapter('timeline', 'Timeline'),
    ...kinds.map((k) => k.chapter),
    articleChapter,
    ...(dossier.quotes.length > 0 ? [chapter('quotes', 'Quotes')] : []),
    ...(dossier.claims.length > 0 ? [chapter('claims', 'Claims')] : []),
  ];

  const links = new Map<string, string>();
  for (const entity of dossier.entities) {
    links.set(urls.entity(entity.kind, entity.id), bookAnchor.title(bookAnchor.profile(entity.id)));
  }
  for (const article of dossier.articles) {
    links.set(urls.article(article.id), bookAnchor.title(bookAnchor.article(article.id)));
    article.paragraphs.forEach((_, i) =>
      links.set(urls.paragraph(article.id, i + 1), bookAnchor.paragraph(article.id, i + 1)),
    );
  }
  for (const quote of dossier.quotes) links.set(quoteUrl(dossier, urls, quote.id), bookAnchor.quote(quote.id));
  for (const claim of dossier.claims) links.set(claimUrl(dossier, urls, claim.id), bookAnchor.claim(claim.id));
  const chapterPages: Array<[string, string]> = [
    ['briefing', urls.briefing()],
    ['timeline', urls.timeline()],
    ['quotes', urls.quotes()],
    ['claims', urls.claims()],
  ];
  for (const [name, page] of chapterPages) {
    if (chapters.some((c) => c.name === name)) links.set(page, bookAnchor.title(bookAnchor.chapter(name)));
  }
  return { chapters, kinds, articles, links };
});
