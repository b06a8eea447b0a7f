/**
 * The fragment ids of what a link can point into, made here only, so a link
 * and the element it points at can never disagree: a paragraph of an article
 * (`p-7`, what citations name), a quote's card (`quote-<id>`) and a claim's card
 * (`claim-<id>`) wherever they are shown.
 */
export const paragraphAnchor = (n: number) => `p-${n}`;

/** The anchor of a quote's card: `quote-<id>`. */
export const quoteAnchor = (id: string) => `quote-${id}`;

/** The anchor of a claim's card: `claim-<id>`. */
export const claimAnchor = (id: string) => `claim-${id}`;

/** The anchor of a key judgment on the assessment page and the briefing: `j-<id>`. */
export const judgmentAnchor = (id: string) => `j-${id}`;

/** The anchor of an indicator: `i-<id>`. */
export const indicatorAnchor = (id: string) => `i-${id}`;

/** The anchor of an information gap: `gap-<id>`. */
export const gapAnchor = (id: string) => `gap-${id}`;

/** The anchors of the assessment page's explanations: the likelihood yardstick, the Admiralty grades. */
export const SCALE_ANCHORS = { yardstick: 'yardstick', grades: 'grades' } as const;

/**
 * Ids inside the book (`/book/`, printed as dossier.pdf), where the whole dossier is one page: each profile, article,
 * chapter and card is a section whose own ids are prefixed with the section's id (`article--<id>--p-7`), so that
 * the paragraphs of two articles cannot share an id. `--` never occurs in a content id, so no two sections can
 * produce the same id.
 */
export const bookAnchor = {
  /** The id `id` takes inside the book section `section`. */
  within: (section: string, id: string) => `${section}--${id}`,
  /** A chapter: `chapter--timeline`, `chapter--people`. */
  chapter: (name: string) => `chapter--${name}`,
  /** A profile's section. */
  profile: (id: string) => `profile--${id}`,
  /** An article's section. */
  article: (id: string) => `article--${id}`,
  /** Paragraph `n` of an article: `article--<id>--p-7`. */
  paragraph: (article: string, n: number) => bookAnchor.within(bookAnchor.article(article), paragraphAnchor(n)),
  /** A quote's card in the quotes chapter. */
  quote: (id: string) => bookAnchor.within(bookAnchor.chapter('quotes'), quoteAnchor(id)),
  /** A claim's card in the claims chapter. */
  claim: (id: string) => bookAnchor.within(bookAnchor.chapter('claims'), claimAnchor(id)),
  /** The id of a section's heading, which the book's contents and bookmarks point at. */
  title: (section: string) => bookAnchor.within(section, 'title'),
};
