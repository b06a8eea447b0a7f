import { CITATION_PATTERN, parseCitation } from '../schemas/citation';
import { RELIABILITY_GRADES, type Reliability } from '../schemas/grading';
import type { ArticleRecord, ClaimRecord, DossierInput } from './records';

/**
 * What a statement rests on, counted the ways the standards ask: how many articles, outlets, lines of reporting
 * (independence groups, ICD 206) and claimants. Pure: read from the dossier's records.
 */
export interface Support {
  /** Article ids, in the order first met. */
  articles: string[];
  /** Independence groups of those articles. */
  groups: string[];
  /** Outlets: an organisation's id, or `article:<id>` for an article whose outlet has no profile. */
  outlets: string[];
  /** Who makes the claims it rests on: an entity id, a claimant note, or `article:<id>` for a paragraph cited directly. */
  claimants: string[];
}

/** The part of the dossier these functions read. */
export type SupportInput = Pick<DossierInput, 'articles' | 'claims'>;

/** The records of a dossier by id, for the functions below. */
export interface SupportIndex {
  article(id: string): ArticleRecord | undefined;
  claim(id: string): ClaimRecord | undefined;
  /** The claims that declare they support `id`. */
  supportersOf(id: string): ClaimRecord[];
}

/** Indexes a dossier's articles and claims once. */
export function supportIndex(input: SupportInput): SupportIndex {
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const claims = new Map(input.claims.map((c) => [c.id, c]));
  const supporters = new Map<string, ClaimRecord[]>();
  for (const claim of input.claims) {
    for (const id of claim.data.supports) supporters.set(id, [...(supporters.get(id) ?? []), claim]);
  }
  return {
    article: (id) => articles.get(id),
    claim: (id) => claims.get(id),
    supportersOf: (id) => supporters.get(id) ?? [],
  };
}

/** The outlet an article counts as: its organisation's id, or the article itself when it names none. */
export function outletKey(article: ArticleRecord): string {
  return article.data.source?.outlet ?? `article:${article.id}`;
}

const unique = (values: Iterable<string>) => [...new Set(values)];

/** The support of some citations and claims, each claim counted with the citations it rests on. */
function gather(index: SupportIndex, citations: readonly string[], claims: readonly ClaimRecord[]): Support {
  const cited = [...citations, ...claims.flatMap((c) => c.data.cite)].filter((c) => CITATION_PATTERN.test(c));
  const articles = unique(cited.map((c) => parseCitation(c).article)).filter((id) => index.article(id));
  const records = articles.map((id) => index.article(id)!);
  return {
    articles,
    groups: unique(records.map((a) => a.data.source?.independenceGroup).filter((g): g is string => Boolean(g))),
    outlets: unique(records.map(outletKey)),
    claimants: unique([
      ...claims.map((c) => c.data.claimant ?? `note:${c.data.claimantNote ?? c.id}`),
      ...citations.filter((c) => CITATION_PATTERN.test(c)).map((c) => `article:${parseCitation(c).article}`),
    ]),
  };
}

/** What a list of evidence (claim ids and paragraph citations, as a judgment's basis) rests on. Unknown ids are skipped. */
export function evidenceSupport(index: SupportIndex, evidence: readonly string[]): Support {
  const citations = evidence.filter((e) => CITATION_PATTERN.test(e));
  const claims = evidence
    .filter((e) => !CITATION_PATTERN.test(e))
    .map((id) => index.claim(id))
    .filter((c): c is ClaimRecord => c !== undefined);
  return gather(index, citations, claims);
}

/**
 * What a claim rests on: the paragraphs that report it and those of the claims that declare they support it. This is
 * what "confirmed" and credibility 1 are checked against: at least two independence groups.
 */
export function claimSupport(index: SupportIndex, claim: ClaimRecord): Support {
  return gather(index, [], [claim, ...index.supportersOf(claim.id)]);
}

/** A source's reliability and why, as the dossier grades it: its outlet's grade, or F when there is none to read. */
export interface SourceReliability {
  grade: Reliability;
  basis: string;
  /** True when the outlet carries the grade; false when F stands because the outlet is unnamed or ungraded. */
  graded: boolean;
}

/** The reliability of an article's source: the grade its outlet's profile carries, else F with the reason. */
export function articleReliability(
  article: ArticleRecord,
  outlet: (id: string) => { name: string; reliability?: { grade: Reliability; basis: string } | undefined } | undefined,
): SourceReliability {
  const id = article.data.source?.outlet;
  const profile = id ? outlet(id) : undefined;
  if (profile?.reliability) return { ...profile.reliability, graded: true };
  return {
    grade: 'F',
    basis: profile
      ? `${profile.name} is not graded in this dossier, so its reliability cannot be judged here.`
      : 'The article does not name its outlet, so the reliability of its source cannot be judged.',
    graded: false,
  };
}

/** The letters of several sources' reliability, best first, without repeats: ["B", "F"]. */
export function reliabilityLetters(grades: Iterable<Reliability>): Reliability[] {
  return [...new Set(grades)].sort((a, b) => RELIABILITY_GRADES.indexOf(a) - RELIABILITY_GRADES.indexOf(b));
}
