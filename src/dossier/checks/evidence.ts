import { CITATION_PATTERN } from '../../schemas/citation';
import { didYouMean } from '../../shared/did-you-mean';
import type { CheckCitation } from './citations';
import type { Add } from './report';

/** Checks a list of evidence found in `file` at `field`: each a paragraph that exists, or a claim id that does. */
export type CheckEvidence = (file: string, field: string, evidence: readonly string[]) => void;

/** Evidence (a judgment's basis, its `against`, a change's basis) names existing paragraphs and claims. */
export function evidenceCheck(claimIds: ReadonlySet<string>, checkCitation: CheckCitation, add: Add): CheckEvidence {
  return (file, field, evidence) =>
    evidence.forEach((item, i) => {
      if (CITATION_PATTERN.test(item) || item.includes('#')) checkCitation(file, `${field}[${i}]`, item);
      else if (!claimIds.has(item)) {
        add(
          file,
          `${field}[${i}]`,
          `names "${item}", but there is no claim with that id.${didYouMean(item, claimIds)} Write a claim's id from content/claims.yaml, or a paragraph, e.g. petro-warns-real-threat#p-7.`,
        );
      }
    });
}
