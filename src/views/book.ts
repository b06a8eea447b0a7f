import type { LoadedDossier } from '../dossier/load';
import type { RelationView } from '../dossier/link-graph';
import type { ArticleRecord, EntityRecord } from '../dossier/records';
import type { ProsePart } from '../content/render/prose';
import { bookAnchor } from '../identity/anchors';
import { urls } from '../identity/site';
import { createUrls, type SiteUrls } from '../identity/urls';
import type { Article } from '../schemas/article';
import { formatCitation } from '../schemas/citation';
import type { Dossier } from '../schemas/dossier';
import { ENTITY_KINDS, type EntityKind } from '../schemas/entity';
import { KIND_LABELS } from '../schemas/kinds';
import { assertNever } from '../shared/assert-never';
import { oncePerId } from '../shared/once';
import { byCodePoint } from '../shared/order';
import { articleSortKey } from './article-meta';
import { briefingModel, type BriefingModel } from './briefing';
import {
  claimCard,
  quoteCard,
  timelineEntry,
  timelineGroups,
  type ClaimCardView,
  type QuoteCardView,
  type TimelineEntryView,
  type TimelineGroupView,
} from './cards';
import { groupCitations } from './citation-groups';
import { disputeView, type DisputeView } from './claims-page';
import { ledgerOf } from './claim-ledger';
import { claimUrl, quoteUrl } from './locations';
import { factBox, type FactBoxView } from './profile-facts';
import { profileLists, profileSections, type ProfileSection } from './profile-lists';
import { siteChrome, type SiteChrome } from './site-chrome';
import { speakersOf } from './speakers';
import { buildTimeline } from './timeline';

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

/** A profile as the book prints it. */
export interface BookProfileView {
  id: string;
  name: string;
  /** Its kind, in the singular. */
  kind: string;
  facts: FactBoxView;
  summary: ProsePart[];
  relations: readonly RelationView[];
  /**
   * Its events, quotes and claims: events in full, quotes and claims as references to where the book prints them
   * (their chapters), with the words or the statement.
   */
  sections: Array<
    | { list: 'events'; heading: string; events: TimelineEntryView[] }
    | { list: Exclude<ProfileSection['list'], 'events'>; heading: string; refs: Array<{ href: string; text: string }> }
  >;
  /** Every paragraph that names it, once, one list per article. */
  mentions: string[][];
}

function bookProfile(dossier: LoadedDossier, entity: EntityRecord): BookProfileView {
  const lists = profileLists(dossier, entity.id);
  return {
    id: entity.id,
    name: entity.data.name,
    kind: KIND_LABELS[entity.kind].singular,
    facts: factBox(entity, dossier),
    summary: dossier.prose(entity),
    relations: lists.relations,
    sections: profileSections(dossier, entity).map(({ list, heading }) => {
      switch (list) {
        case 'events':
          return { list, heading, events: lists.events.map((entry) => timelineEntry(dossier, entry)) };
        case 'quotes-by':
        case 'quotes-about':
          return {
            list,
            heading,
            refs: lists[list].map((id) => ({
              href: quoteUrl(dossier, urls, id),
              text: `“${dossier.quote(id)!.data.text}”`,
            })),
          };
        case 'claims-by':
        case 'claims-about':
          return {
            list,
            heading,
            refs: lists[list].map((id) => ({
              href: claimUrl(dossier, urls, id),
              text: dossier.claim(id)!.data.statement,
            })),
          };
        default:
          return assertNever(list);
      }
    }),
    // A block per article, as Paged.js can lose the middle of a long inline run that crosses a page.
    mentions: groupCitations(lists.mentions.map((m) => formatCitation(m.article, m.paragraph))).map((group) =>
      group.paragraphs.map((p) => p.cite),
    ),
  };
}

/** An article as the book prints it: its metadata and its text. */
export interface BookArticleView {
  id: string;
  data: Article;
  paragraphs: number;
  html: string;
}

/** Everything the book (/book/) prints. */
export interface BookView {
  site: SiteChrome;
  /** The overview: title, scope, as-of date, bottom line. */
  data: Dossier;
  overview: ProsePart[];
  chapters: BookChapter[];
  /** Where a site URL points inside the book ({@link Book.links}). */
  links: ReadonlyMap<string, string>;
  briefing: BriefingModel;
  timeline: TimelineGroupView[];
  /** Each kind that has profiles, with its chapter. */
  kinds: Array<{ chapter: BookChapter; profiles: BookProfileView[] }>;
  /** Oldest first, undated last. */
  articles: BookArticleView[];
  /** Everyone quoted, most quoted first, with their quotes in source order. */
  speakers: Array<{ id: string; name: string; quotes: QuoteCardView[] }>;
  disputes: DisputeView[];
  standalone: ClaimCardView[];
}

/** The book: the whole dossier, to print. */
export function bookView(dossier: LoadedDossier): BookView {
  const book = bookOf(dossier, urls);
  const claims = ledgerOf(dossier).pages;
  return {
    site: siteChrome(dossier),
    data: dossier.dossier.data,
    overview: dossier.prose(dossier.dossier),
    chapters: book.chapters,
    links: book.links,
    briefing: briefingModel(dossier),
    timeline: timelineGroups(dossier, buildTimeline(dossier.entitiesOfKind('events'), dossier.articles)),
    kinds: book.kinds.map(({ chapter, entities }) => ({
      chapter,
      profiles: entities.map((entity) => bookProfile(dossier, entity)),
    })),
    articles: book.articles.map((article) => ({
      id: article.id,
      data: article.data,
      paragraphs: article.paragraphs.length,
      html: dossier.articleHtml(article.id),
    })),
    speakers: speakersOf(dossier).map((speaker) => ({
      id: speaker.id,
      name: speaker.name,
      quotes: profileLists(dossier, speaker.id)['quotes-by'].map((id) =>
        quoteCard(dossier, id, { showSpeaker: false }),
      ),
    })),
    disputes: claims.flatMap((page) => page.disputes).map((ids) => disputeView(dossier, ids)),
    standalone: claims.flatMap((page) => page.standalone).map((id) => claimCard(dossier, id)),
  };
}
