import { judgmentSchema } from '../../schemas/judgment';
import { confidenceBasisProblems, wordingProblems } from '../judgment-wording';
import type { DossierInput } from '../records';
import { evidenceSupport, supportIndex } from '../support';
import type { CheckEvidence } from './evidence';
import type { CheckFields } from './references';
import type { Add } from './report';

/**
 * Key judgments (content/judgments.yaml) are worded by the ICD 203 rules (their own likelihood term, no second-row
 * term, no bare hedge, no confidence word beside the likelihood), rest on evidence that exists, and claim high
 * confidence only on support from more than one outlet and more than one claimant.
 */
export function checkJudgments(
  input: DossierInput,
  checkFields: CheckFields,
  checkEvidence: CheckEvidence,
  add: Add,
): void {
  const index = supportIndex(input);
  for (const { filePath, id, data } of input.judgments) {
    checkFields(filePath, judgmentSchema, data, { path: id });
    for (const problem of wordingProblems(data.text, data.likelihood)) add(filePath, `${id}.text`, problem);
    for (const problem of confidenceBasisProblems(data.confidenceBasis))
      add(filePath, `${id}.confidenceBasis`, problem);
    checkEvidence(filePath, `${id}.basis`, data.basis);
    checkEvidence(filePath, `${id}.against`, data.against);
    if (data.change) checkEvidence(filePath, `${id}.change.basis`, data.change.basis);
    if (data.confidence !== 'high') continue;
    const support = evidenceSupport(index, data.basis);
    if (support.outlets.length === 1) {
      add(
        filePath,
        `${id}.confidence`,
        `is high, but all of its basis comes from one outlet (${support.articles.join(', ')}). High confidence needs support from more than one outlet: add evidence from another, or lower confidence to moderate.`,
      );
    } else if (support.claimants.length === 1) {
      const who = support.claimants[0]!.replace(/^(?:note|article):/, '');
      add(
        filePath,
        `${id}.confidence`,
        `is high, but all of its basis comes from one claimant (${who}). High confidence needs more than one party's word: add evidence from another, or lower confidence to moderate.`,
      );
    }
  }
}
