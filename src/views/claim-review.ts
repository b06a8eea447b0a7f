import type { LoadedDossier } from '../dossier/load';
import type { SiteUrls } from '../identity/urls';
import { KINDS } from '../schemas/kinds';
import { SCALE_ANCHORS } from '../identity/anchors';
import { claimGrade } from './assessment';
import { claimUrl } from './locations';

/**
 * A graded claim as a schema.org ClaimReview: the dossier's review of the claim, its rating the claim's credibility
 * on the Admiralty code. Grades 1 (confirmed by other independent sources) to 5 (improbable) rate 5 down to 1;
 * grade 6 ("truth cannot be judged") is no verdict, and an ungraded claim is not reviewed: both give undefined.
 */
export function claimReview(dossier: LoadedDossier, urls: SiteUrls, id: string): Record<string, unknown> | undefined {
  const claim = dossier.claim(id)!;
  const grade = claimGrade(dossier, claim);
  if (!grade || grade.credibility.grade === 6) return undefined;
  const claimant = claim.data.claimant ? dossier.entity(claim.data.claimant) : undefined;
  return {
    '@type': 'ClaimReview',
    url: claimUrl(dossier, urls, id),
    claimReviewed: claim.data.statement,
    author: { '@type': 'Organization', name: dossier.dossier.data.title, url: urls.home() },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: 6 - grade.credibility.grade,
      bestRating: 5,
      worstRating: 1,
      alternateName: `${grade.code}: ${grade.credibility.label}`,
      ratingExplanation: `Credibility ${grade.credibility.grade} of 6 on the NATO Admiralty code (1 confirmed by other independent sources … 6 cannot be judged): ${grade.credibility.basis}`,
    },
    reviewBody: `Graded ${grade.code}: the letters are its sources' reliability, the number its credibility. Scales: ${urls.assessment(SCALE_ANCHORS.grades)}`,
    itemReviewed: {
      '@type': 'Claim',
      ...(claimant
        ? { author: { '@type': KINDS[claimant.kind].schemaOrg, name: claimant.data.name } }
        : { author: { name: claim.data.claimantNote } }),
      appearance: claim.data.cite.map((cite) => ({ '@type': 'NewsArticle', url: urls.citation(cite) })),
    },
  };
}
