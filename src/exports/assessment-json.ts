import type { ArticleRecord, ClaimRecord } from '../dossier/records';
import { evidenceSupport, supportIndex } from '../dossier/support';
import { asOfDay, factTime, type TimedFact } from '../dossier/time-scope';
import { gapAnchor, indicatorAnchor, judgmentAnchor } from '../identity/anchors';
import { CITATION_PATTERN } from '../schemas/citation';
import { CREDIBILITY, RELIABILITY } from '../schemas/grading';
import { LIKELIHOODS } from '../schemas/likelihood';
import {
  buildAssessment,
  claimGrade,
  evidenceCitations,
  sourceReliability,
  sourceSummaryText,
  type GradingLookup,
} from '../views/assessment';
import { absolute, citationJson, citationsJson, dateJson, type ExportInput, type ExportSite } from './common';
import type {
  ClaimJson,
  DossierContentJson,
  EvidenceJson,
  ReceivedJson,
  RoleJson,
  SourceDescriptorJson,
} from './dossier-json-schema';

/**
 * The parts of dossier.json that grade, scope in time and judge: each article's source descriptor and preservation
 * record, each role's and relation's standing as of the dossier's date, claims' grades, and the key judgments,
 * indicators, unknowns, trend, alert and source summary. Pure, like dossier-json.ts, which calls it.
 */

/** What the functions below read besides a record: lookups by id and the dossier's as-of day. Built once per export. */
export interface GradingContext extends GradingLookup {
  asOf: string;
}

/** The {@link GradingContext} of an export's input. */
export function gradingContext(input: ExportInput): GradingContext {
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  return {
    article: (id) => articles.get(id),
    entity: (id) => entities.get(id),
    asOf: asOfDay(input.dossier.data.asOf.edtf),
  };
}

/** An article's source descriptor with its reliability. */
export function sourceJson(article: ArticleRecord, find: GradingLookup): SourceDescriptorJson {
  const { source } = article.data;
  const reliability = sourceReliability(find, article);
  return {
    kind: source.kind,
    access: source.access,
    independenceGroup: source.independenceGroup,
    ...(source.outlet ? { outlet: source.outlet } : {}),
    ...(source.limits ? { limits: source.limits } : {}),
    reliability: {
      grade: reliability.grade,
      label: RELIABILITY[reliability.grade],
      basis: reliability.basis,
      graded: reliability.graded,
    },
  };
}

/** An article's preservation record, when it has one. */
export function receivedJson(article: ArticleRecord, site: ExportSite): { received?: ReceivedJson } {
  const { received } = article.data;
  if (!received) return {};
  return {
    received: {
      retrieved: dateJson(received.retrieved),
      ...(received.basis ? { basis: received.basis } : {}),
      sha256: received.sha256,
      url: absolute(site.urls.receivedText(article.id), site.site),
    },
  };
}

/** A role's or relation's standing as of the dossier's date: valid, status, lastSupported, superseded. */
export function timeJson(
  fact: TimedFact,
  context: GradingContext,
  site: ExportSite,
): Pick<RoleJson, 'valid' | 'status' | 'lastSupported' | 'superseded'> {
  const time = factTime(fact, context.asOf, context.article);
  return {
    ...(fact.valid ? { valid: dateJson(fact.valid) } : {}),
    status: time.status,
    ...(time.lastSupported
      ? { lastSupported: { citation: citationJson(time.lastSupported.cite, site), date: time.lastSupported.day } }
      : {}),
    ...(fact.superseded
      ? { superseded: { reason: fact.superseded.reason, citations: citationsJson(fact.superseded.cite ?? [], site) } }
      : {}),
  };
}

/** A claim's credibility and grade, when graded. */
export function claimGradeJson(claim: ClaimRecord, find: GradingLookup): Pick<ClaimJson, 'credibility' | 'grade'> {
  const credibility = claim.data.credibility;
  const grade = claimGrade(find, claim);
  if (!credibility || !grade) return {};
  return {
    credibility: { grade: credibility.grade, label: CREDIBILITY[credibility.grade], basis: credibility.basis },
    grade: grade.code,
  };
}

function evidenceJson(input: ExportInput, evidence: readonly string[], site: ExportSite): EvidenceJson[] {
  return evidence.map((item) =>
    CITATION_PATTERN.test(item)
      ? { citations: citationsJson([item], site) }
      : { claim: item, citations: citationsJson(evidenceCitations(input, [item]), site) },
  );
}

/** The key judgments, indicators, unknowns, trend, alert and source summary of dossier.json. */
export function assessmentJson(
  input: ExportInput,
  find: GradingContext,
  site: ExportSite,
): Pick<DossierContentJson, 'judgments' | 'indicators' | 'unknowns' | 'trend' | 'alert' | 'sourceSummary'> {
  const index = supportIndex(input);
  const model = buildAssessment({ ...input, ...find });
  const { urls } = site;
  const { trend, alert } = input.dossier.data;
  return {
    judgments: input.judgments.map(({ id, data }) => {
      const support = evidenceSupport(index, data.basis);
      const { term, range } = LIKELIHOODS[data.likelihood];
      return {
        id,
        url: absolute(urls.assessment(judgmentAnchor(id)), site.site),
        text: data.text,
        likelihood: data.likelihood,
        term,
        range: [range[0], range[1]],
        confidence: data.confidence,
        confidenceBasis: data.confidenceBasis,
        basis: evidenceJson(input, data.basis, site),
        against: evidenceJson(input, data.against, site),
        about: [...data.about],
        assumptions: data.assumptions.map((a) => ({ text: a.text, ifWrong: a.ifWrong })),
        support: {
          articles: support.articles.length,
          outlets: support.outlets.length,
          lines: support.groups.length,
          claimants: support.claimants.length,
        },
        ...(data.change
          ? {
              change: {
                reason: data.change.reason,
                citations: citationsJson(evidenceCitations(input, data.change.basis), site),
              },
            }
          : {}),
      };
    }),
    indicators: model.indicators.map((indicator) => ({
      id: indicator.id,
      url: absolute(urls.assessment(indicatorAnchor(indicator.id)), site.site),
      observable: indicator.observable,
      checkBy: dateJson(indicator.checkBy),
      status: indicator.status,
      citations: citationsJson(indicator.cite, site),
      moves: indicator.moves,
    })),
    unknowns: input.gaps.map(({ id, data }) => ({
      id,
      url: absolute(urls.assessment(gapAnchor(id)), site.site),
      question: data.question,
      whyItMatters: data.whyItMatters,
      judgments: [...data.judgments],
      ...(data.wouldClose ? { wouldClose: data.wouldClose } : {}),
    })),
    ...(trend
      ? {
          trend: { direction: trend.direction, rationale: trend.rationale, citations: citationsJson(trend.cite, site) },
        }
      : {}),
    ...(alert
      ? { alert: { kind: alert.kind, rationale: alert.rationale, citations: citationsJson(alert.cite, site) } }
      : {}),
    sourceSummary: { ...model.sources, text: sourceSummaryText(model.sources) },
  };
}
