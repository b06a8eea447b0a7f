import type { LoadedDossier } from '../dossier/load';
import { indicatorStatus, type IndicatorStatus } from '../dossier/indicator-status';
import { findTerms } from '../dossier/judgment-wording';
import type { ArticleRecord, ClaimRecord, DossierInput } from '../dossier/records';
import {
  articleReliability,
  evidenceSupport,
  reliabilityLetters,
  supportIndex,
  type SourceReliability,
} from '../dossier/support';
import { asOfDay } from '../dossier/time-scope';
import { CITATION_PATTERN, parseCitation } from '../schemas/citation';
import {
  CREDIBILITY,
  RELIABILITY,
  type Access,
  type Credibility,
  type Reliability,
  type SourceKind,
} from '../schemas/grading';
import type { Likelihood, Confidence } from '../schemas/likelihood';
import type { ALERTS, TRENDS } from '../schemas/dossier';
import { once } from '../shared/once';
import { byCodePoint } from '../shared/order';

/**
 * The dossier's assessment as data: its key judgments, what to watch, what it does not know, the trend and the alert,
 * and the computed summary of its sources, resolved to text and citations. The briefing shows it, and an edition keeps
 * it (content/editions/), so that an edition's briefing shows the terms as they were.
 */
export interface AssessmentModel {
  judgments: Array<{
    id: string;
    text: string;
    likelihood: Likelihood;
    confidence: Confidence;
    confidenceBasis: string;
    /** The paragraphs the basis rests on: its citations, and those of the claims it names. */
    cite: string[];
    /** Its linchpin assumptions. */
    assumptions: Array<{ text: string; ifWrong: string }>;
    /** True when all of its basis is one line of reporting (one independence group). */
    singleLine: boolean;
    /** Why the likelihood or confidence moved since the latest edition, when the author says. */
    change?: { reason: string; cite: string[] } | undefined;
  }>;
  indicators: Array<{
    id: string;
    observable: string;
    /** EDTF. */
    checkBy: string;
    status: IndicatorStatus;
    /** Where it was seen (status seen only). */
    cite: string[];
    moves: Array<{ judgment: string; direction: 'up' | 'down' }>;
  }>;
  unknowns: Array<{ id: string; question: string; whyItMatters: string; judgments: string[] }>;
  trend?: { direction: (typeof TRENDS)[number]; rationale: string; cite: string[] } | undefined;
  alert?: { kind: (typeof ALERTS)[number]; rationale: string; cite: string[] } | undefined;
  sources: SourceSummary;
  /** Every article's source grade and descriptor, and every graded claim's grade ("F3"), by id. */
  grades: {
    sources: Array<{ article: string; reliability: Reliability; kind: SourceKind; access: Access; group: string }>;
    claims: Array<{ id: string; grade: string }>;
  };
}

/** The counts the briefing's Sources section opens with, computed from the articles, their grades and the judgments. */
export interface SourceSummary {
  articles: number;
  /** Distinct outlets with a profile. */
  namedOutlets: number;
  /** Articles that name no outlet with a profile. */
  unnamedOutlets: number;
  /** Independence groups: lines of reporting. */
  lines: number;
  firstHand: number;
  secondHand: number;
  judgments: number;
  /** Judgments whose basis is all one line of reporting. */
  singleLine: number;
  /** Claims that carry a credibility grade. */
  gradedClaims: number;
}

/** The paragraphs some evidence rests on: its citations, and the citations of the claims it names, by article and paragraph. */
export function evidenceCitations(dossier: Pick<DossierInput, 'claims'>, evidence: readonly string[]): string[] {
  const claims = new Map(dossier.claims.map((c) => [c.id, c]));
  const cites = evidence.flatMap((e) => (CITATION_PATTERN.test(e) ? [e] : (claims.get(e)?.data.cite ?? [])));
  const key = (cite: string) => {
    const { article, paragraph } = parseCitation(cite);
    return `${article}#${String(paragraph).padStart(6, '0')}`;
  };
  return [...new Set(cites)].sort((a, b) => byCodePoint(key(a), key(b)));
}

/** The source summary of a dossier (see {@link SourceSummary}). */
export function sourceSummary(input: Pick<DossierInput, 'articles' | 'claims' | 'judgments'>): SourceSummary {
  const index = supportIndex(input);
  const outlets = new Set(input.articles.map((a) => a.data.source?.outlet).filter(Boolean));
  const access = (value: string) => input.articles.filter((a) => a.data.source?.access === value).length;
  return {
    articles: input.articles.length,
    namedOutlets: outlets.size,
    unnamedOutlets: input.articles.filter((a) => !a.data.source?.outlet).length,
    lines: new Set(input.articles.map((a) => a.data.source?.independenceGroup).filter(Boolean)).size,
    firstHand: access('first-hand'),
    secondHand: access('second-hand'),
    judgments: input.judgments.length,
    singleLine: input.judgments.filter((j) => evidenceSupport(index, j.data.basis).groups.length <= 1).length,
    gradedClaims: input.claims.filter((c) => c.data.credibility).length,
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The summary in words, e.g. "2 articles: 1 from a named outlet, 1 whose outlet is not named; 2 independent lines of
 * reporting (1 first-hand, 1 second-hand); 4 key judgments, 2 resting on a single line of reporting; 5 claims graded."
 */
export function sourceSummaryText(summary: SourceSummary): string {
  const outlets = [
    summary.namedOutlets > 0 ? count(summary.namedOutlets, 'named outlet', 'named outlets') : undefined,
    summary.unnamedOutlets > 0
      ? `${summary.unnamedOutlets} ${summary.unnamedOutlets === 1 ? 'article whose outlet is' : 'articles whose outlets are'} not named`
      : undefined,
  ].filter(Boolean);
  const access = [
    summary.firstHand > 0 ? `${summary.firstHand} first-hand` : undefined,
    summary.secondHand > 0 ? `${summary.secondHand} second-hand` : undefined,
  ].filter(Boolean);
  const parts = [
    `${count(summary.articles, 'article', 'articles')}${outlets.length > 0 ? ` (${outlets.join(', ')})` : ''}`,
    `${count(summary.lines, 'independent line of reporting', 'independent lines of reporting')}${access.length > 0 ? ` (${access.join(', ')})` : ''}`,
  ];
  if (summary.judgments > 0)
    parts.push(
      `${count(summary.judgments, 'key judgment', 'key judgments')}, ${summary.singleLine} resting on a single line of reporting`,
    );
  parts.push(`${count(summary.gradedClaims, 'claim', 'claims')} graded`);
  return `${parts.join('; ')}.`;
}

/** What the assessment is computed from: the dossier's records with its overview, and lookups by id. */
export type AssessmentInput = Pick<DossierInput, 'articles' | 'claims' | 'judgments' | 'indicators' | 'gaps'> &
  GradingLookup & { dossier: { data: Pick<LoadedDossier['dossier']['data'], 'asOf' | 'trend' | 'alert'> } };

/** Today's assessment (see {@link AssessmentModel}), computed once per build. */
export const assessmentModel = once((dossier: LoadedDossier): AssessmentModel => buildAssessment(dossier));

/** The assessment of a dossier (see {@link AssessmentModel}). */
export function buildAssessment(dossier: AssessmentInput): AssessmentModel {
  const index = supportIndex(dossier);
  const asOf = asOfDay(dossier.dossier.data.asOf.edtf);
  const { trend, alert } = dossier.dossier.data;
  return {
    judgments: dossier.judgments.map(({ id, data }) => ({
      id,
      text: data.text,
      likelihood: data.likelihood,
      confidence: data.confidence,
      confidenceBasis: data.confidenceBasis,
      cite: evidenceCitations(dossier, data.basis),
      assumptions: data.assumptions.map((a) => ({ text: a.text, ifWrong: a.ifWrong })),
      singleLine: evidenceSupport(index, data.basis).groups.length <= 1,
      ...(data.change
        ? { change: { reason: data.change.reason, cite: evidenceCitations(dossier, data.change.basis) } }
        : {}),
    })),
    indicators: dossier.indicators.map(({ id, data }) => ({
      id,
      observable: data.observable,
      checkBy: data.checkBy,
      status: indicatorStatus(data, asOf),
      cite: data.status === 'seen' ? [...(data.cite ?? [])] : [],
      moves: data.moves.map((m) => ({ judgment: m.judgment, direction: m.direction })),
    })),
    unknowns: dossier.gaps.map(({ id, data }) => ({
      id,
      question: data.question,
      whyItMatters: data.whyItMatters,
      judgments: [...data.judgments],
    })),
    ...(trend ? { trend: { direction: trend.direction, rationale: trend.rationale, cite: [...trend.cite] } } : {}),
    ...(alert ? { alert: { kind: alert.kind, rationale: alert.rationale, cite: [...alert.cite] } } : {}),
    sources: sourceSummary(dossier),
    grades: {
      sources: [...dossier.articles]
        .sort((a, b) => byCodePoint(a.id, b.id))
        .map((article) => ({
          article: article.id,
          reliability: sourceReliability(dossier, article).grade,
          kind: article.data.source.kind,
          access: article.data.source.access,
          group: article.data.source.independenceGroup,
        })),
      claims: [...dossier.claims]
        .sort((a, b) => byCodePoint(a.id, b.id))
        .flatMap((claim) => {
          const grade = claimGrade(dossier, claim);
          return grade ? [{ id: claim.id, grade: grade.code }] : [];
        }),
    },
  };
}

/** A claim's grade as printed after it: its sources' reliability letters and its credibility, e.g. "B2" or "B/F3". */
export interface ClaimGrade {
  /** "B2". */
  code: string;
  reliability: Array<{ grade: Reliability; label: string }>;
  credibility: { grade: Credibility; label: string; basis: string };
  /** The reliability of each source behind it, with its basis. */
  sources: Array<{ article: string } & SourceReliability>;
}

/** What grading reads of a dossier: its articles and profiles by id. */
export type GradingLookup = Pick<LoadedDossier, 'article' | 'entity'>;

/** The grade of a claim that carries a credibility; undefined for an ungraded claim. */
export function claimGrade(dossier: GradingLookup, claim: ClaimRecord): ClaimGrade | undefined {
  const credibility = claim.data.credibility;
  if (!credibility) return undefined;
  const articles = [...new Set(claim.data.cite.map((c) => c.split('#')[0]!))]
    .map((id) => dossier.article(id))
    .filter((a): a is ArticleRecord => a !== undefined);
  const sources = articles.map((article) => ({ article: article.id, ...sourceReliability(dossier, article) }));
  const letters = reliabilityLetters(sources.map((s) => s.grade));
  return {
    code: `${letters.join('/')}${credibility.grade}`,
    reliability: letters.map((grade) => ({ grade, label: RELIABILITY[grade] })),
    credibility: { grade: credibility.grade, label: CREDIBILITY[credibility.grade], basis: credibility.basis },
    sources,
  };
}

/** An article's reliability as the dossier grades its source (its outlet's grade, or F and why). */
export function sourceReliability(dossier: Pick<GradingLookup, 'entity'>, article: ArticleRecord): SourceReliability {
  return articleReliability(article, (id) => {
    const entity = dossier.entity(id);
    return entity?.kind === 'organizations'
      ? { name: entity.data.name, reliability: entity.data.reliability }
      : undefined;
  });
}

/** How much of the assessment the one-page briefing carries; /assessment/ has the rest. */
export const BRIEFING_LIMITS = { judgments: 5, indicators: 5, unknowns: 3 } as const;

/** The part of an assessment the one-page briefing shows, and how much it leaves to /assessment/. */
export interface BriefingAssessment {
  judgments: AssessmentModel['judgments'];
  indicators: AssessmentModel['indicators'];
  unknowns: AssessmentModel['unknowns'];
  left: { judgments: number; indicators: number; unknowns: number };
}

/**
 * What the briefing shows of an assessment, within {@link BRIEFING_LIMITS}: the first judgments and unknowns in the
 * dossier's order, and the indicators still to watch before those seen and those lapsed (each group in order).
 */
export function briefingAssessment(model: AssessmentModel): BriefingAssessment {
  const rank = { 'not-seen': 0, seen: 1, lapsed: 2 } as const;
  const indicators = model.indicators
    .map((indicator, index) => ({ indicator, index }))
    .sort((a, b) => rank[a.indicator.status] - rank[b.indicator.status] || a.index - b.index)
    .map(({ indicator }) => indicator);
  const judgments = model.judgments.slice(0, BRIEFING_LIMITS.judgments);
  const shownIndicators = indicators.slice(0, BRIEFING_LIMITS.indicators);
  const unknowns = model.unknowns.slice(0, BRIEFING_LIMITS.unknowns);
  return {
    judgments,
    indicators: shownIndicators,
    unknowns,
    left: {
      judgments: model.judgments.length - judgments.length,
      indicators: model.indicators.length - shownIndicators.length,
      unknowns: model.unknowns.length - unknowns.length,
    },
  };
}

/** A judgment's text split around its likelihood term, for the term to be set in bold: before, term, after. */
export function splitAtTerm(text: string, likelihood: Likelihood): [string, string, string] {
  const term = findTerms(text).find((t) => t.kind === 'likelihood' && t.likelihood === likelihood);
  if (!term) return [text, '', ''];
  return [text.slice(0, term.index), term.text, text.slice(term.index + term.text.length)];
}

/** What the briefing's assessment parts render: see {@link briefingAssessmentView}. */
export interface BriefingAssessmentView {
  judgments: Array<{ number: number; judgment: AssessmentModel['judgments'][number] }>;
  indicators: AssessmentModel['indicators'];
  unknowns: AssessmentModel['unknowns'];
  /** Each judgment's number (J1 …), by id, to name what an indicator moves. */
  numbers: Map<string, number>;
  trend: AssessmentModel['trend'];
  alert: AssessmentModel['alert'];
  /** The source summary in words, which the Sources section opens with. */
  summary: string;
  left: BriefingAssessment['left'];
}

/** The briefing's view of an assessment, today's or an edition's: numbered judgments within the limits, and the rest. */
export function briefingAssessmentView(model: AssessmentModel): BriefingAssessmentView {
  const shown = briefingAssessment(model);
  const numbers = new Map(model.judgments.map((j, i) => [j.id, i + 1]));
  return {
    judgments: shown.judgments.map((judgment) => ({ number: numbers.get(judgment.id)!, judgment })),
    indicators: shown.indicators,
    unknowns: shown.unknowns,
    numbers,
    trend: model.trend,
    alert: model.alert,
    summary: sourceSummaryText(model.sources),
    left: shown.left,
  };
}

/** A key judgment with its number on the assessment page (J1 …). */
export interface NumberedJudgment {
  number: number;
  judgment: AssessmentModel['judgments'][number];
}

/** The judgments that concern an entity (its `about`), numbered as the briefing numbers them. */
export function judgmentsAbout(dossier: LoadedDossier, id: string): NumberedJudgment[] {
  const model = assessmentModel(dossier);
  return dossier.graph.judgmentsAbout(id).map((judgmentId) => {
    const index = model.judgments.findIndex((j) => j.id === judgmentId);
    return { number: index + 1, judgment: model.judgments[index]! };
  });
}
