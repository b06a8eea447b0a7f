import type { DossierInput, EntityRecord } from '../records';
import { claimSupport, supportIndex } from '../support';
import type { Add } from './report';

/**
 * Sources are graded as the Admiralty code asks: an article's outlet is an organisation's profile (it carries the
 * reliability grade), and a claim is "confirmed", or credible at grade 1, only when its support spans two or more
 * independence groups, the lines of reporting of its articles.
 */
export function checkGrading(input: DossierInput, byId: ReadonlyMap<string, EntityRecord>, add: Add): void {
  for (const article of input.articles) {
    const outlet = article.data.source?.outlet;
    const target = outlet ? byId.get(outlet) : undefined;
    if (target && target.kind !== 'organizations') {
      add(
        article.filePath,
        'source.outlet',
        `"${outlet}" is a profile of kind ${target.kind}, not an organisation. Name the organisation that published the article.`,
      );
    }
  }
  const index = supportIndex(input);
  for (const claim of input.claims) {
    const { filePath, id, data } = claim;
    const confirmed = data.status === 'confirmed';
    const gradeOne = data.credibility?.grade === 1;
    if (!confirmed && !gradeOne) continue;
    const support = claimSupport(index, claim);
    if (support.groups.length >= 2) continue;
    const where =
      support.groups.length === 1
        ? `one line of reporting (independence group ${support.groups[0]}: ${support.articles.join(', ')})`
        : 'no article with an independence group';
    const fix =
      'Cite a paragraph from an article of another independence group, or link a claim from one that supports it';
    if (confirmed) {
      add(
        filePath,
        `${id}.status`,
        `is confirmed, but its support comes from ${where}. Confirmed means a second, independent party confirms it: ${fix}; or write status: reported.`,
      );
    }
    if (gradeOne) {
      add(
        filePath,
        `${id}.credibility.grade`,
        `is 1 (confirmed by other independent sources), but its support comes from ${where}. ${fix}; or grade it 2 or lower.`,
      );
    }
  }
}
