import { claimSchema } from '../../schemas/claim';
import { didYouMean } from '../../shared/did-you-mean';
import type { DossierInput } from '../records';
import type { CheckFields } from './references';
import type { Add } from './report';

/** Claims' references check out; they name existing claims as support or contradiction, never themselves, and have a claimant. */
export function checkClaims(input: DossierInput, checkFields: CheckFields, add: Add): void {
  const ids = new Set(input.claims.map((c) => c.id));
  for (const { filePath, id, data } of input.claims) {
    checkFields(filePath, claimSchema, data, { path: id });
    if (!data.claimant && !data.claimantNote) {
      add(
        filePath,
        `${id}.claimant`,
        'says nobody makes the claim. Name the claimant (an entity id) or describe them in claimantNote.',
      );
    }
    for (const key of ['supports', 'contradicts'] as const) {
      data[key].forEach((other, i) => {
        if (other === id) add(filePath, `${id}.${key}[${i}]`, `the claim ${key} itself. Point it at another claim.`);
        else if (!ids.has(other)) {
          add(
            filePath,
            `${id}.${key}[${i}]`,
            `names the claim "${other}", but there is no such claim.${didYouMean(other, ids)}`,
          );
        }
      });
    }
  }
}
