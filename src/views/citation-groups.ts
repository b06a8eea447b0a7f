import { parseCitation } from '../schemas/citation';

/** Citations of one article, in the order given: rendered as "[BBC interview ¶1, ¶5]". */
export interface CitationGroup {
  article: string;
  paragraphs: Array<{ paragraph: number; cite: string }>;
}

/** Groups citation strings by article, keeping first-appearance order. */
export function groupCitations(cites: readonly string[]): CitationGroup[] {
  const groups = new Map<string, CitationGroup>();
  for (const cite of cites) {
    const { article, paragraph } = parseCitation(cite);
    const group = groups.get(article) ?? { article, paragraphs: [] };
    if (!group.paragraphs.some((p) => p.paragraph === paragraph)) group.paragraphs.push({ paragraph, cite });
    groups.set(article, group);
  }
  return [...groups.values()];
}
