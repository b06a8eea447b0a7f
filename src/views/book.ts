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
import { once, oncePerId } from '../shared/once';
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
import { buildTimeline, type TimelineEntry, type TimelineGroup } from './timeline';

/** A line of the book's contents: a chapter, or a profile or article in it; `id` is its heading's. */
export interface ContentsEntry {
  title: string;
  id: string;
  /** The part of the book that holds it (1 when the book is one page). */
  part: number;
}

/** A chapter of the book, in order, with the sections its contents list. */
export interface BookChapter extends ContentsEntry {
  /** The chapter's name in its ids: `chapter--people`. */
  name: string;
  entries: ContentsEntry[];
}

/**
 * The smallest piece of the book, which a part boundary never cuts: the briefing, one line of the timeline, a
 * profile's head (all but its mentions), one article's group of its mentions, an article, a quote, a dispute or a
 * lone claim.
 */
export type BookItem =
  | { type: 'briefing' }
  | { type: 'timeline'; index: number }
  | { type: 'profile'; id: string }
  | { type: 'mentions'; id: string; index: number }
  | { type: 'article'; id: string }
  | { type: 'quote'; speaker: string; id: string }
  | { type: 'dispute'; index: number }
  | { type: 'claim'; id: string };

/** What one part holds of one chapter: the chapter, whether an earlier part began it, and its items here. */
export interface BookSegment {
  chapter: BookChapter;
  continued: boolean;
  items: BookItem[];
}

/** A part of the book: one page of the site, printed on with the page numbers running on from the part before. */
export interface BookPart {
  number: number;
  segments: BookSegment[];
}

/** Where a link into the book lands: an id, and the part whose page holds it. */
export interface BookPlace {
  id: string;
  part: number;
}

/** What the book holds and how it links, computed once per build. */
export interface Book {
  /** Every chapter in book order: briefing, timeline, one per kind with profiles, articles, quotes, claims. */
  chapters: BookChapter[];
  /** The parts, in order; one when the whole book fits in {@link BOOK_PART_BYTES}. */
  parts: BookPart[];
  /**
   * Where a site URL points inside the book (`/people/gustavo-petro/` → `#profile--gustavo-petro--title` in part 2):
   * every profile, article, paragraph, quote and claim. A link the book does not hold is not in the map.
   */
  links: Map<string, BookPlace>;
}

/**
 * How much HTML one part of the book may hold, as {@link bookItems} estimates it: below 1 MB a page, so that no page
 * of the site grows with the dossier. A part is printed on its own, which also keeps Paged.js fast (it lays out a
 * long document ever more slowly). DOSSIER_BOOK_PART_KB sets another size (src/build/deploy-settings.ts).
 */
export const BOOK_PART_BYTES = 900_000;

/**
 * Every item of the book in book order with the chapter it belongs to and about how many bytes of HTML it makes.
 * The weights are estimates in bytes, set from built books (the real dossier's, whose profiles, timeline and claims
 * are richer, and a synthetic one of 1,000 articles, whose profiles have more mentions) and rounded up: a part's page
 * comes out at 60–110 % of its estimate (docs/performance.md).
 */
function bookItems(dossier: LoadedDossier, kinds: readonly BookKindEntities[], articles: readonly ArticleRecord[]) {
  const items: Array<{ chapter: string; item: BookItem; weight: number }> = [];
  const add = (chapter: string, item: BookItem, weight: number) => items.push({ chapter, item, weight });
  add('briefing', { type: 'briefing' }, 30_000);
  timelineEntries(dossier).forEach((_, index) => add('timeline', { type: 'timeline', index }, 1_500));
  for (const { kind, entities } of kinds) {
    for (const entity of entities) {
      const lists = profileLists(dossier, entity.id);
      const listed =
        lists.relations.length + lists.events.length + PROFILE_REF_LISTS.reduce((n, l) => n + lists[l].length, 0);
      add(kind, { type: 'profile', id: entity.id }, 5_000 + 350 * listed);
      mentionGroups(lists.mentions).forEach((group, index) =>
        add(kind, { type: 'mentions', id: entity.id, index }, 150 + 150 * group.paragraphs.length),
      );
    }
  }
  for (const article of articles) {
    const text = article.paragraphs.reduce((n, p) => n + p.length, 0);
    add('articles', { type: 'article', id: article.id }, 1_200 + 2 * text + 150 * article.paragraphs.length);
  }
  for (const speaker of speakersOf(dossier)) {
    for (const id of profileLists(dossier, speaker.id)['quotes-by']) {
      add('quotes', { type: 'quote', speaker: speaker.id, id }, 1_200 + 2 * dossier.quote(id)!.data.text.length);
    }
  }
  const { disputes, standalone } = claimsOf(dossier);
  disputes.forEach((ids, index) => add('claims', { type: 'dispute', index }, 2_300 * ids.length));
  for (const id of standalone) add('claims', { type: 'claim', id }, 2_300);
  return items;
}

const PROFILE_REF_LISTS = ['quotes-by', 'quotes-about', 'claims-by', 'claims-about'] as const;

/** The timeline's lines in order, as the timeline chapter prints them. */
const timelineEntries = once((dossier: LoadedDossier): Array<{ group: TimelineGroup; entry: TimelineEntry }> =>
  buildTimeline(dossier.entitiesOfKind('events'), dossier.articles).flatMap((group) =>
    group.entries.map((entry) => ({ group, entry })),
  ),
);

/** A profile's mentions, one group per article. */
const mentionGroups = (mentions: ReturnType<typeof profileLists>['mentions']) =>
  groupCitations(mentions.map((m) => formatCitation(m.article, m.paragraph)));

/** The claims chapter's disputes and lone claims, in the ledger's order. */
const claimsOf = once((dossier: LoadedDossier) => {
  const pages = ledgerOf(dossier).pages;
  return { disputes: pages.flatMap((page) => page.disputes), standalone: pages.flatMap((page) => page.standalone) };
});

/** The items in order, cut into parts of at most `budget` estimated bytes (an item larger than that is a part). */
export function packParts<T extends { weight: number }>(items: readonly T[], budget: number): T[][] {
  const parts: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length > 0 && size + item.weight > budget) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.weight;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

interface BookKindEntities {
  kind: EntityKind;
  entities: EntityRecord[];
}

const chapter = (name: string, title: string, part: number, entries: ContentsEntry[] = []): BookChapter => ({
  name,
  title,
  id: bookAnchor.title(bookAnchor.chapter(name)),
  part,
  entries,
});

/**
 * The book: the dossier to print, in the order a reader works through it. Contents list the chapters and, under
 * them, every profile and article (the sections that start a page); quotes and claims are one chapter each. Links to
 * anything the book holds go to its place in the book. A book larger than `budget` is cut into parts, each a page of
 * its own, between items (a line of the timeline, a profile, an article's mentions, an article, a quote, a claim).
 */
export function bookOf(dossier: LoadedDossier, urls: SiteUrls, budget = BOOK_PART_BYTES): Book {
  return bookUnder(dossier, `${urls.home()} ${budget}`);
}

const bookUnder = oncePerId((dossier: LoadedDossier, key: string): Book => {
  const [base, budget] = key.split(' ') as [string, string];
  const urls = createUrls(base);
  const kinds = ENTITY_KINDS.map((kind) => ({ kind, entities: dossier.entitiesOfKind(kind) })).filter(
    ({ entities }) => entities.length > 0,
  );
  const articles = [...dossier.articles].sort((a, b) => {
    const [x, y] = [articleSortKey(a.data), articleSortKey(b.data)];
    if (!x !== !y) return x ? -1 : 1;
    return byCodePoint(x, y) || byCodePoint(a.id, b.id);
  });

  // Which part each item falls in, and so each chapter, profile and article.
  const packed = packParts(bookItems(dossier, kinds, articles), Number(budget));
  const partOf = new Map<string, number>();
  const place = (item: BookItem) => `${item.type} ${'id' in item ? item.id : 'index' in item ? item.index : ''}`;
  packed.forEach((items, i) => {
    for (const { chapter: name, item } of items) {
      if (!partOf.has(`chapter ${name}`)) partOf.set(`chapter ${name}`, i + 1);
      partOf.set(place(item), i + 1);
    }
  });
  const partOfChapter = (name: string) => partOf.get(`chapter ${name}`) ?? 1;

  const chapters = [
    chapter('briefing', 'Briefing', partOfChapter('briefing')),
    chapter('timeline', 'Timeline', partOfChapter('timeline')),
    ...kinds.map(({ kind, entities }) =>
      chapter(
        kind,
        KIND_LABELS[kind].plural,
        partOfChapter(kind),
        entities.map((entity) => ({
          title: entity.data.name,
          id: bookAnchor.title(bookAnchor.profile(entity.id)),
          part: partOf.get(`profile ${entity.id}`)!,
        })),
      ),
    ),
    chapter(
      'articles',
      'Source articles',
      partOfChapter('articles'),
      articles.map((article) => ({
        title: article.data.title,
        id: bookAnchor.title(bookAnchor.article(article.id)),
        part: partOf.get(`article ${article.id}`)!,
      })),
    ),
    ...(dossier.quotes.length > 0 ? [chapter('quotes', 'Quotes', partOfChapter('quotes'))] : []),
    ...(dossier.claims.length > 0 ? [chapter('claims', 'Claims', partOfChapter('claims'))] : []),
  ];
  const byName = new Map(chapters.map((c) => [c.name, c]));
  const parts: BookPart[] = packed.map((items, i) => {
    const segments: BookSegment[] = [];
    for (const { chapter: name, item } of items) {
      const last = segments.at(-1);
      if (last?.chapter.name === name) last.items.push(item);
      else segments.push({ chapter: byName.get(name)!, continued: byName.get(name)!.part < i + 1, items: [item] });
    }
    return { number: i + 1, segments };
  });

  const links = new Map<string, BookPlace>();
  const at = (url: string, id: string, part: number | undefined) => links.set(url, { id, part: part ?? 1 });
  for (const entity of dossier.entities) {
    at(urls.entity(entity.kind, entity.id), bookAnchor.title(bookAnchor.profile(entity.id)), partOf.get(`profile ${entity.id}`));
  }
  for (const article of dossier.articles) {
    const part = partOf.get(`article ${article.id}`);
    at(urls.article(article.id), bookAnchor.title(bookAnchor.article(article.id)), part);
    article.paragraphs.forEach((_, i) => at(urls.paragraph(article.id, i + 1), bookAnchor.paragraph(article.id, i + 1), part));
  }
  for (const quote of dossier.quotes) {
    at(quoteUrl(dossier, urls, quote.id), bookAnchor.quote(quote.id), partOf.get(`quote ${quote.id}`));
  }
  const { disputes } = claimsOf(dossier);
  const disputeOf = new Map(disputes.flatMap((ids, index) => ids.map((id) => [id, index] as const)));
  for (const claim of dossier.claims) {
    const dispute = disputeOf.get(claim.id);
    const part = dispute === undefined ? partOf.get(`claim ${claim.id}`) : partOf.get(`dispute ${dispute}`);
    at(claimUrl(dossier, urls, claim.id), bookAnchor.claim(claim.id), part);
  }
  const chapterPages: Array<[string, string]> = [
    ['briefing', urls.briefing()],
    ['timeline', urls.timeline()],
    ['quotes', urls.quotes()],
    ['claims', urls.claims()],
  ];
  for (const [name, page] of chapterPages) {
    const found = byName.get(name);
    if (found) at(page, bookAnchor.title(bookAnchor.chapter(name)), found.part);
  }
  return { chapters, parts, links };
});

/** A profile as the book prints it. */
export interface BookProfileView {
  id: string;
  name: string;
  /** Its kind, in the singular. */
  kind: string;
  /**
   * Its head: fact box, summary, relations, events, quotes and claims. Absent where a part goes on with the mentions
   * of a profile an earlier part began.
   */
  head?: {
    facts: FactBoxView;
    summary: ProsePart[];
    relations: readonly RelationView[];
    /**
     * Its events, quotes and claims: events in full, quotes and claims as references to where the book prints them
     * (their chapters), with the words or the statement.
     */
    sections: Array<
      | { list: 'events'; heading: string; events: TimelineEntryView[] }
      | {
          list: Exclude<ProfileSection['list'], 'events'>;
          heading: string;
          refs: Array<{ href: string; text: string }>;
        }
    >;
  };
  /** Paragraphs that name it, once, one list per article: all of them, or those this part holds. */
  mentions: string[][];
}

function bookProfile(dossier: LoadedDossier, entity: EntityRecord, head: boolean, mentions: number[]): BookProfileView {
  const lists = profileLists(dossier, entity.id);
  const groups = mentionGroups(lists.mentions);
  return {
    id: entity.id,
    name: entity.data.name,
    kind: KIND_LABELS[entity.kind].singular,
    ...(head && {
      head: {
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
      },
    }),
    // A block per article, as Paged.js can lose the middle of a long inline run that crosses a page.
    mentions: mentions.map((i) => groups[i]!.paragraphs.map((p) => p.cite)),
  };
}

/** An article as the book prints it: its metadata and its text. */
export interface BookArticleView {
  id: string;
  data: Article;
  paragraphs: number;
  html: string;
}

/** Someone quoted, with their quotes (in a part: those the part holds). */
export interface BookSpeakerView {
  id: string;
  name: string;
  quotes: QuoteCardView[];
}

/** What a part prints of one chapter. */
export type BookSegmentView = { chapter: BookChapter; continued: boolean } & (
  | { type: 'briefing'; briefing: BriefingModel }
  | { type: 'timeline'; timeline: TimelineGroupView[] }
  | { type: 'profiles'; profiles: BookProfileView[] }
  | { type: 'articles'; articles: BookArticleView[] }
  | { type: 'quotes'; speakers: BookSpeakerView[] }
  | { type: 'claims'; disputes: DisputeView[]; standalone: ClaimCardView[] }
);

/** One part of the book, as its page prints it. */
export interface BookPartView {
  number: number;
  /** The part's own contents: its chapters (those begun before as "continued") and the profiles and articles in it. */
  contents: BookChapter[];
  segments: BookSegmentView[];
}

/** A part as the front page of a book in parts lists it: its page, and what of each chapter it holds. */
export interface BookPartEntry {
  number: number;
  href: string;
  chapters: Array<{ title: string; href: string; first?: string; last?: string }>;
}

/** The book page: the whole book (one part), the front of a book in parts (`part` absent), or one of its parts. */
export interface BookView {
  site: SiteChrome;
  /** The overview: title, scope, as-of date, bottom line. */
  data: Dossier;
  overview: ProsePart[];
  chapters: BookChapter[];
  /** How many parts the book has (1: it is one page, /book/). */
  parts: number;
  /** The part this page prints; absent on the front page of a book in parts, which holds the cover and contents. */
  part?: BookPartView;
  /** On the front page of a book in parts: the parts, in order. */
  partList: BookPartEntry[];
  /** Where a site URL points inside the book ({@link Book.links}). */
  links: ReadonlyMap<string, BookPlace>;
}

/** The book's page: `part` 1 of a book in one part is the whole book at /book/; see {@link BookView}. */
export function bookView(dossier: LoadedDossier, part?: number, budget = BOOK_PART_BYTES): BookView {
  const book = bookOf(dossier, urls, budget);
  const number = book.parts.length === 1 ? 1 : part;
  const found = number === undefined ? undefined : book.parts[number - 1];
  if (number !== undefined && !found) throw new Error(`The book has no part ${number}.`);
  return {
    site: siteChrome(dossier),
    data: dossier.dossier.data,
    overview: dossier.prose(dossier.dossier),
    chapters: book.chapters,
    parts: book.parts.length,
    ...(found && {
      part: {
        number: found.number,
        contents: found.segments.map((segment) => segmentContents(segment, found.number)),
        segments: found.segments.map((segment) => segmentView(dossier, segment)),
      },
    }),
    partList: book.parts.length > 1 && number === undefined ? book.parts.map(partEntry) : [],
    links: book.links,
  };
}

/** The id of a chapter's heading where a part prints it: the chapter's own, or its continuation's. */
export function segmentTitle({ chapter, continued }: Pick<BookSegment, 'chapter' | 'continued'>): string {
  const id = bookAnchor.chapter(chapter.name);
  return continued ? bookAnchor.within(id, 'title-continued') : bookAnchor.title(id);
}

/** What a part's contents list of one chapter: the chapter, and its profiles or articles that this part holds. */
function segmentContents(segment: BookSegment, part: number): BookChapter {
  const { chapter, continued } = segment;
  return {
    ...chapter,
    title: continued ? `${chapter.title} (continued)` : chapter.title,
    id: segmentTitle(segment),
    entries: chapter.entries.filter((entry) => entry.part === part),
  };
}

function partEntry(part: BookPart): BookPartEntry {
  const href = urls.bookPart(part.number);
  return {
    number: part.number,
    href,
    chapters: part.segments.map((segment) => {
      const entries = segment.chapter.entries.filter((entry) => entry.part === part.number);
      return {
        title: segment.continued ? `${segment.chapter.title} (continued)` : segment.chapter.title,
        href: `${href}#${segmentTitle(segment)}`,
        ...(entries.length > 0 && { first: entries[0]!.title, last: entries.at(-1)!.title }),
      };
    }),
  };
}

function segmentView(dossier: LoadedDossier, { chapter, continued, items }: BookSegment): BookSegmentView {
  const of = <T extends BookItem['type']>(type: T) =>
    items.filter((item): item is Extract<BookItem, { type: T }> => item.type === type);
  const base = { chapter, continued };
  switch (chapter.name) {
    case 'briefing':
      return { ...base, type: 'briefing', briefing: briefingModel(dossier) };
    case 'timeline': {
      const all = timelineEntries(dossier);
      const groups: TimelineGroup[] = [];
      for (const { index } of of('timeline')) {
        const { group, entry } = all[index]!;
        const last = groups.at(-1);
        if (last?.key === group.key) last.entries.push(entry);
        else groups.push({ ...group, entries: [entry] });
      }
      return { ...base, type: 'timeline', timeline: timelineGroups(dossier, groups) };
    }
    case 'articles':
      return {
        ...base,
        type: 'articles',
        articles: of('article').map(({ id }) => {
          const article = dossier.article(id)!;
          return { id, data: article.data, paragraphs: article.paragraphs.length, html: dossier.articleHtml(id) };
        }),
      };
    case 'quotes': {
      const speakers: BookSpeakerView[] = [];
      for (const { speaker, id } of of('quote')) {
        let last = speakers.at(-1);
        if (last?.id !== speaker) {
          last = { id: speaker, name: dossier.entity(speaker)?.data.name ?? speaker, quotes: [] };
          speakers.push(last);
        }
        last.quotes.push(quoteCard(dossier, id, { showSpeaker: false }));
      }
      return { ...base, type: 'quotes', speakers };
    }
    case 'claims': {
      const { disputes } = claimsOf(dossier);
      return {
        ...base,
        type: 'claims',
        disputes: of('dispute').map(({ index }) => disputeView(dossier, disputes[index]!)),
        standalone: of('claim').map(({ id }) => claimCard(dossier, id)),
      };
    }
    default: {
      // A kind's chapter: its profiles, each with its head and the mentions this part holds.
      const profiles: Array<{ id: string; head: boolean; mentions: number[] }> = [];
      for (const item of items) {
        if (item.type !== 'profile' && item.type !== 'mentions') continue;
        let last = profiles.at(-1);
        if (last?.id !== item.id) {
          last = { id: item.id, head: false, mentions: [] };
          profiles.push(last);
        }
        if (item.type === 'profile') last.head = true;
        else last.mentions.push(item.index);
      }
      return {
        ...base,
        type: 'profiles',
        profiles: profiles.map(({ id, head, mentions }) => bookProfile(dossier, dossier.entity(id)!, head, mentions)),
      };
    }
  }
}
