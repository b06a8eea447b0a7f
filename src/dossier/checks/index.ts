import type { LineLocator } from '../../content/read/field-lines';
import { articleSchema } from '../../schemas/article';
import { KINDS } from '../../schemas/kinds';
import type { Problem } from '../../shared/problems';
import type { DossierInput } from '../records';
import { checkArticlesPresent, citationCheck } from './citations';
import { checkClaims } from './claims';
import { evidenceCheck } from './evidence';
import { checkGrading } from './grading';
import { checkIndicatorsAndGaps } from './indicators';
import { checkJudgments } from './judgments';
import { checkPreservation } from './preservation';
import { checkTimeScope } from './time-scope';
import { checkIds } from './ids';
import { checkNames } from './names';
import { checkOverview } from './overview';
import { checkQuotes } from './quotes';
import { referenceCheck } from './references';
import { reporter } from './report';
import { summaryCheck } from './summaries';

/**
 * Checks what the schemas cannot see one file at a time: ids unique across
 * kinds, aliases claimed once, every reference to an existing entity and every
 * citation to an existing paragraph, every summary sentence cited, quotes word
 * for word, claims linked to claims, received texts unchanged, sources graded as
 * the Admiralty code asks, roles and relations current only on recent support,
 * key judgments worded and supported as ICD 203 asks, indicators and gaps tied
 * to judgments. Returns all problems at once, in file
 * order within each concern, so an author fixes them in one pass.
 */
export function validateDossier(input: DossierInput, locate: LineLocator = () => undefined): Problem[] {
  const problems: Problem[] = [];
  const add = reporter(problems, locate);

  const byId = checkIds(input.entities, add);
  checkNames(input.entities, add, locate);

  const articles = new Map(input.articles.map((a) => [a.id, a]));
  checkArticlesPresent(articles, add);
  const checkCitation = citationCheck(articles, add);
  const checkFields = referenceCheck(byId, checkCitation, add);
  const checkSummary = summaryCheck(checkCitation, add);

  for (const entity of input.entities) {
    checkFields(entity.filePath, KINDS[entity.kind].schema, entity.data, { self: entity.id });
    checkSummary(entity.filePath, 'summary', entity.summary);
  }
  for (const article of input.articles) checkFields(article.filePath, articleSchema, article.data);
  checkOverview(input, byId, checkFields, checkSummary, add);
  checkQuotes(input, articles, checkFields, add);
  checkClaims(input, checkFields, add);
  checkPreservation(input, add);
  checkGrading(input, byId, add);
  checkTimeScope(input, add);
  const checkEvidence = evidenceCheck(new Set(input.claims.map((c) => c.id)), checkCitation, add);
  checkJudgments(input, checkFields, checkEvidence, add);
  checkIndicatorsAndGaps(input, checkFields, add);
  return problems;
}
