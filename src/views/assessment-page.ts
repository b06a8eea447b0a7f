import type { LoadedDossier } from '../dossier/load';
import { evidenceSupport, supportIndex, type Support } from '../dossier/support';
import { CITATION_PATTERN } from '../schemas/citation';
import { ACCESS, CREDIBILITY, RELIABILITY, SOURCE_KINDS, type Reliability } from '../schemas/grading';
import { once } from '../shared/once';
import {
  assessmentModel,
  claimGrade,
  sourceReliability,
  sourceSummaryText,
  type AssessmentModel,
  type ClaimGrade,
} from './assessment';
import { dateLine, newestArticles, outletLine } from './article-meta';
import { urls } from '../identity/site';
import { claimUrl } from './locations';
import { siteChrome, type SiteChrome } from './site-chrome';
import { PAGE_SIZE, pageCount } from './paging';

/** One piece of evidence as the assessment page lists it: a claim (with its grade) or a paragraph cited directly. */
export type EvidenceView =
  | {
      kind: 'claim';
      id: string;
      /** Where the claim is on the claims page. */
      href: string;
      statement: string;
      status: string;
      cite: string[];
      grade?: ClaimGrade | undefined;
    }
  | { kind: 'paragraph'; cite: string };

/** A key judgment with everything it rests on, numbered as the briefing numbers it. */
export interface JudgmentView {
  number: number;
  judgment: AssessmentModel['judgments'][number];
  basis: EvidenceView[];
  against: EvidenceView[];
  about: string[];
  support: Support;
  /** The indicators that move it, and the gaps that bear on it, by id. */
  indicators: string[];
  gaps: string[];
}

/** An article's source as the grades table shows it. */
export interface SourceRow {
  article: string;
  label: string;
  title: string;
  outlet: string;
  published: string;
  kind: string;
  access: string;
  group: string;
  reliability: Reliability;
  reliabilityLabel: string;
  reliabilityBasis: string;
  limits?: string | undefined;
  received?: { retrieved: string; sha256: string } | undefined;
}

/** Everything /assessment/ shows, computed once per build. */
export interface AssessmentPageView {
  site: SiteChrome;
  model: AssessmentModel;
  judgments: JudgmentView[];
  /** Each judgment's number, by id. */
  numbers: Map<string, number>;
  summary: string;
  /** The first page of the sources table ({@link PAGE_SIZE}`.sources` rows), oldest first. */
  sources: SourceRow[];
  /** How many sources there are, and on how many pages the table runs. */
  sourceCount: number;
  sourcePages: number;
  /** The graded claims, with their grades. */
  graded: Array<{ id: string; href: string; statement: string; grade: ClaimGrade }>;
  /** The scales, as tables. */
  reliability: Array<{ grade: string; label: string }>;
  credibility: Array<{ grade: string; label: string }>;
}

/** A claim or citation as evidence. */
function evidenceView(dossier: LoadedDossier, item: string): EvidenceView {
  if (CITATION_PATTERN.test(item)) return { kind: 'paragraph', cite: item };
  const claim = dossier.claim(item)!;
  return {
    kind: 'claim',
    id: item,
    href: claimUrl(dossier, urls, item),
    statement: claim.data.statement,
    status: claim.data.status,
    cite: [...claim.data.cite],
    grade: claimGrade(dossier, claim),
  };
}

/** The assessment page's view of the dossier. */
export const assessmentPage = once((dossier: LoadedDossier): AssessmentPageView => {
  const model = assessmentModel(dossier);
  const index = supportIndex(dossier);
  const numbers = new Map(model.judgments.map((j, i) => [j.id, i + 1]));
  const judgments = dossier.judgments.map(({ id, data }, i): JudgmentView => ({
    number: i + 1,
    judgment: model.judgments[i]!,
    basis: data.basis.map((item) => evidenceView(dossier, item)),
    against: data.against.map((item) => evidenceView(dossier, item)),
    about: [...data.about],
    support: evidenceSupport(index, data.basis),
    indicators: dossier.indicators.filter((x) => x.data.moves.some((m) => m.judgment === id)).map((x) => x.id),
    gaps: dossier.gaps.filter((g) => g.data.judgments.includes(id)).map((g) => g.id),
  }));
  const sources = sourceRows(dossier);
  const graded = dossier.claims.flatMap((claim) => {
    const grade = claimGrade(dossier, claim);
    return grade
      ? [{ id: claim.id, href: claimUrl(dossier, urls, claim.id), statement: claim.data.statement, grade }]
      : [];
  });
  return {
    site: siteChrome(dossier),
    model,
    judgments,
    numbers,
    summary: sourceSummaryText(model.sources),
    sources: sources.slice(0, PAGE_SIZE.sources),
    sourceCount: sources.length,
    sourcePages: pageCount(sources.length, PAGE_SIZE.sources),
    graded,
    reliability: Object.entries(RELIABILITY).map(([grade, label]) => ({ grade, label })),
    credibility: Object.entries(CREDIBILITY).map(([grade, label]) => ({ grade, label })),
  };
});

/** Every source article as the grades table shows it, oldest first: once per build. */
const sourceRows = once((dossier: LoadedDossier): SourceRow[] =>
  [...newestArticles(dossier)].reverse().map((article): SourceRow => {
    const reliability = sourceReliability(dossier, article);
    const { source, received } = article.data;
    return {
      article: article.id,
      label: article.data.label,
      title: article.data.title,
      outlet: outletLine(article.data),
      published: dateLine(article.data),
      kind: SOURCE_KINDS[source.kind],
      access: ACCESS[source.access],
      group: source.independenceGroup,
      reliability: reliability.grade,
      reliabilityLabel: RELIABILITY[reliability.grade],
      reliabilityBasis: reliability.basis,
      ...(source.limits ? { limits: source.limits } : {}),
      ...(received ? { received: { retrieved: received.retrieved, sha256: received.sha256 } } : {}),
    };
  }),
);

/** A page of the sources table past the first: /assessment/sources/<page>/. */
export interface AssessmentSourcesView {
  site: SiteChrome;
  page: number;
  pages: number;
  /** The number of the first row on this page. */
  first: number;
  count: number;
  sources: SourceRow[];
}

/** Page `page` (2…) of the assessment's sources table. */
export function assessmentSourcesPage(dossier: LoadedDossier, page: number): AssessmentSourcesView {
  const all = sourceRows(dossier);
  const start = (page - 1) * PAGE_SIZE.sources;
  return {
    site: siteChrome(dossier),
    page,
    pages: pageCount(all.length, PAGE_SIZE.sources),
    first: start + 1,
    count: all.length,
    sources: all.slice(start, start + PAGE_SIZE.sources),
  };
}
