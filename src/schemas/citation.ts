import { z } from 'astro/zod';
import { reference } from './references';
import { ID_SOURCE } from '../shared/id-pattern';

/**
 * A citation points at one paragraph of one source article: `<article-id>#p-<n>`,
 * the same fragment the article page uses as the paragraph's anchor.
 */
export const CITATION_PATTERN = new RegExp(`^(${ID_SOURCE})#p-([1-9][0-9]*)$`);

/** One citation string, e.g. `petro-warns-real-threat#p-7`: a reference to that paragraph. */
export const citation = reference(
  z.string().regex(CITATION_PATTERN, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a citation. Write <article-id>#p-<paragraph>, e.g. petro-warns-real-threat#p-7.`,
  }),
  'paragraph',
);

/** One citation or a list of them; always read back as a non-empty list. */
export const cite = reference(
  z
    .union([citation, z.array(citation).min(1)], {
      error: () => 'cite must be a citation like petro-warns-real-threat#p-7, or a non-empty list of them.',
    })
    .transform((value) => (Array.isArray(value) ? value : [value])),
  'paragraph',
);

export type Citation = z.infer<typeof citation>;

/** The citation of paragraph `paragraph` (1-based) of article `article`: `petro-warns-real-threat#p-7`. */
export function formatCitation(article: string, paragraph: number): Citation {
  return `${article}#p-${paragraph}`;
}

/** Splits a citation into its article id and 1-based paragraph number. */
export function parseCitation(value: string): { article: string; paragraph: number } {
  const match = CITATION_PATTERN.exec(value);
  if (!match) throw new Error(`Not a citation: ${value}`);
  return { article: match[1]!, paragraph: Number(match[2]) };
}
