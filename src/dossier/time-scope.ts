import { parseCitation, CITATION_PATTERN } from '../schemas/citation';
import type { FactStatus, Superseded } from '../schemas/time-scope';
import { dayRange, daysBetween, parseDossierDate } from '../shared/dates';
import type { ArticleRecord } from './records';

/**
 * How recent a citation must be for a fact to count as current: within this many days before the dossier's as-of date.
 * A month: a role or relation last reported longer ago may have changed without the sources saying so.
 */
export const CURRENT_WITHIN_DAYS = 31;

/** A role or relation as far as time goes: its citations and what its author wrote of its time. */
export interface TimedFact {
  cite: readonly string[];
  valid?: string | undefined;
  status?: FactStatus | undefined;
  superseded?: Superseded | undefined;
}

/** Where and when a fact was last supported: the citation of the newest article that states it. */
export interface LastSupported {
  cite: string;
  /** The first day that article can have been published (`YYYY-MM-DD`). */
  day: string;
}

/** A fact's standing as of the dossier's date, computed by {@link factTime}. */
export interface FactTime {
  /** current, ended or unknown; superseded when it no longer stands. */
  status: FactStatus | 'superseded';
  /** Whether the author wrote the status or it was computed. */
  written: boolean;
  lastSupported?: LastSupported | undefined;
  /** What is wrong with a written status, for the build to refuse it; undefined when nothing is. */
  problem?: string | undefined;
}

/** The first day an article can have been published, `YYYY-MM-DD`, when the dossier knows one (stated or inferred). */
export function publishedDay(article: ArticleRecord | undefined): string | undefined {
  const published = article?.data.published;
  if (!published || published.status === 'not-stated') return undefined;
  return dayRange(parseDossierDate(published.value)).first ?? undefined;
}

/** The newest of a fact's citations, by its article's publication day; the first cited wins a tie. */
export function lastSupported(
  cite: readonly string[],
  article: (id: string) => ArticleRecord | undefined,
): LastSupported | undefined {
  let best: LastSupported | undefined;
  for (const c of cite) {
    if (!CITATION_PATTERN.test(c)) continue;
    const day = publishedDay(article(parseCitation(c).article));
    if (day && (!best || day > best.day)) best = { cite: c, day };
  }
  return best;
}

/** The day a dossier's as-of date stands for: its last day (the picture is current to the end of it). */
export function asOfDay(asOf: string): string {
  const range = dayRange(parseDossierDate(asOf));
  return range.last ?? range.first ?? '';
}

/**
 * A role's or relation's standing as of `asOf` (a day, `YYYY-MM-DD`), by explicit rules (OpenSanctions' lesson: a
 * missing end does not make a fact current). Superseded when marked so. Otherwise ended when `valid` ends before the
 * as-of day; current when a citation dated within {@link CURRENT_WITHIN_DAYS} days of it supports the fact; unknown
 * otherwise. A written status is taken as written, unless these rules contradict it (`problem`).
 */
export function factTime(fact: TimedFact, asOf: string, article: (id: string) => ArticleRecord | undefined): FactTime {
  const last = lastSupported(fact.cite, article);
  if (fact.superseded) return { status: 'superseded', written: true, lastSupported: last };
  const valid = fact.valid ? dayRange(parseDossierDate(fact.valid)) : undefined;
  const endedOn = valid?.last && valid.last < asOf ? valid.last : undefined;
  const startsAfter = valid?.first && valid.first > asOf ? valid.first : undefined;
  const age = last ? daysBetween(last.day, asOf) : undefined;
  const recent = age !== undefined && age <= CURRENT_WITHIN_DAYS;
  const computed: FactStatus = endedOn ? 'ended' : recent && !startsAfter ? 'current' : 'unknown';
  if (!fact.status) return { status: computed, written: false, lastSupported: last };
  let problem: string | undefined;
  if (fact.status === 'current') {
    if (endedOn)
      problem = `is "current", but valid ends on ${endedOn}, before the as-of date ${asOf}. Write status: ended, or correct valid.`;
    else if (startsAfter)
      problem = `is "current", but valid starts on ${startsAfter}, after the as-of date ${asOf}. Write status: unknown, or correct valid.`;
    else if (!last)
      problem = `is "current", but none of its citations is to an article with a known date, so nothing shows it holds as of ${asOf}. Cite a dated article, or write status: unknown.`;
    else if (!recent)
      problem = `is "current", but its newest citation (${last.cite}) is dated ${last.day}, ${age} days before the as-of date ${asOf} (at most ${CURRENT_WITHIN_DAYS} allowed). Cite a more recent paragraph that states it, or write status: unknown.`;
  }
  return { status: fact.status, written: true, lastSupported: last, problem };
}
