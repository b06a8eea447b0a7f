import type { LoadedDossier } from '../dossier/load';
import { parseCitation } from '../schemas/citation';
import { citationPrefix } from './article-meta';

/** A citation as a reader writes it: `BBC interview, “Title”, BBC (inferred), 8 January 2026, ¶7`. */
export function sourceText(dossier: LoadedDossier, cite: string): string {
  const { article, paragraph } = parseCitation(cite);
  return `${citationPrefix(dossier.article(article)!.data)}, ¶${paragraph}`;
}

/** What "Copy citation" copies for a quote, before its address: the words, who said them, where. */
export function quoteCitationText(dossier: LoadedDossier, id: string): string {
  const { text, speaker, cite } = dossier.quote(id)!.data;
  return `“${text}” (${dossier.entity(speaker)?.data.name ?? speaker}), ${sourceText(dossier, cite)}`;
}

/** What "Copy citation" copies for a claim, before its address: the statement, its status and claimant, its sources. */
export function claimCitationText(dossier: LoadedDossier, id: string): string {
  const { statement, status, claimant, claimantNote, cite } = dossier.claim(id)!.data;
  const by = claimant ? (dossier.entity(claimant)?.data.name ?? claimant) : claimantNote;
  return `Claim (${status}) by ${by}: “${statement}”, ${cite.map((c) => sourceText(dossier, c)).join('; ')}`;
}
