import { gapSchema } from '../../schemas/gap';
import { indicatorSchema } from '../../schemas/indicator';
import { didYouMean } from '../../shared/did-you-mean';
import type { DossierInput } from '../records';
import type { CheckFields } from './references';
import type { Add } from './report';

/**
 * Indicators move judgments that exist and are cited when seen (and only then); gaps name judgments that exist.
 */
export function checkIndicatorsAndGaps(input: DossierInput, checkFields: CheckFields, add: Add): void {
  const judgments = new Set(input.judgments.map((j) => j.id));
  const judgmentRef = (file: string, field: string, id: string) => {
    if (!judgments.has(id)) {
      add(
        file,
        field,
        `names the judgment "${id}", but content/judgments.yaml has no such id.${didYouMean(id, judgments)}`,
      );
    }
  };
  for (const { filePath, id, data } of input.indicators) {
    checkFields(filePath, indicatorSchema, data, { path: id });
    data.moves.forEach((move, i) => judgmentRef(filePath, `${id}.moves[${i}].judgment`, move.judgment));
    if (data.status === 'seen' && !data.cite) {
      add(filePath, `${id}.status`, 'is seen, but says nowhere where. Add cite: the paragraph that reports it seen.');
    }
    if (data.status !== 'seen' && data.cite) {
      add(
        filePath,
        `${id}.cite`,
        'cites a paragraph, but the indicator is not seen. Write status: seen if the paragraph reports it, or remove cite.',
      );
    }
  }
  for (const { filePath, id, data } of input.gaps) {
    checkFields(filePath, gapSchema, data, { path: id });
    data.judgments.forEach((judgment, i) => judgmentRef(filePath, `${id}.judgments[${i}]`, judgment));
  }
}
