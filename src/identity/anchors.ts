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
