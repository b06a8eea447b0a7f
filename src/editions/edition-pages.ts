import { getDossier, type LoadedDossier } from '../dossier/load';
import { assessmentModel, briefingAssessmentView, type BriefingAssessmentView } from '../views/assessment';
import type { BriefingModel } from '../views/briefing';
import { briefingModel } from '../views/briefing';
import { siteChrome, type SiteChrome } from '../views/site-chrome';
import type { BriefingNews } from './briefing-news';
import { changeGroups, type ChangeGroupView } from './change-views';
import type { ChangeGroup } from '../schemas/changes';
import { CHANGE_GROUPS } from '../schemas/changes';
import { CHANGE_GROUP_LABELS } from './change-words';
import type { EditionRef } from './history';
import { dossierEditions } from './site-editions';

/**
 * The pages the editions make or add to: the briefing (today's, marked "New"
 * against the edition before, and each edition's as it was), the editions,
 * what changed, and the home page's line on the latest edition. Each is
 * built once per page from the loaded dossier and its editions.
 */

/** A briefing page: today's, or an edition's as it was. */
export interface BriefingPageView {
  site: SiteChrome;
  briefing: BriefingModel;
  /** What is marked "New", against the edition before; none when there is no edition before. */
  news: BriefingNews | undefined;
  /** Labels of cited articles the dossier no longer holds (an edition's briefing cites what it cited then). */
  labels?: Record<string, string> | undefined;
  /** The assessment as the briefing shows it, with its terms as they were; none in an edition recorded before any. */
  assessment?: BriefingAssessmentView | undefined;
}

/** Today's one-page briefing. */
export function briefingPageView(dossier: LoadedDossier): BriefingPageView {
  return {
    site: siteChrome(dossier),
    briefing: briefingModel(dossier),
    news: dossierEditions(dossier).currentNews,
    assessment: briefingAssessmentView(assessmentModel(dossier)),
  };
}

/** An edition's briefing, as it was: /editions/<id>/. */
export interface EditionBriefingView extends BriefingPageView {
  edition: EditionRef;
}

export function editionBriefingView(dossier: LoadedDossier, id: string): EditionBriefingView {
  const editions = dossierEditions(dossier);
  // The assessment as the edition recorded it: its terms as they were (none in editions recorded before any).
  const recorded = editions.snapshotOf(id)?.assessment;
  return {
    site: siteChrome(dossier),
    edition: editions.editions.find((e) => e.id === id)!,
    briefing: editions.briefingOf(id)!,
    news: editions.newsOf(id),
    labels: editions.goneLabels(id),
    assessment: recorded && briefingAssessmentView(recorded),
  };
}

/** Paths of every edition's briefing: /editions/<id>/. */
export async function editionPaths() {
  return dossierEditions(await getDossier()).editions.map((edition) => ({
    params: { id: edition.id },
    props: { id: edition.id },
  }));
}

/** What the home page says of the editions: what changed since the latest, or what it brought. */
export interface HomeEditionsView {
  /** The latest edition; none before the first is recorded. */
  latest: EditionRef | undefined;
  /** What changed since it, in one line; none when nothing did. */
  unrecorded: string | undefined;
  /** What the latest edition brought, in one line. */
  latestSummary: string | undefined;
}

export function homeEditions(dossier: LoadedDossier): HomeEditionsView {
  const editions = dossierEditions(dossier);
  const { latest, unrecorded } = editions;
  return {
    latest,
    unrecorded: unrecorded?.summary,
    latestSummary: latest && !unrecorded ? editions.summaryOf(latest.id) : undefined,
  };
}

/** An edition as the editions and changes pages list it. */
export interface EditionEntry extends EditionRef {
  /** What it brought, in one line, with a capital (for the first edition: what it held). */
  summary: string;
  /** The edition before it and what changed since, by group; none for the first. */
  changes?:
    | {
        before: EditionRef;
        summary: string;
        counts: Array<{ group: ChangeGroup; heading: string; major: number; minor: number }>;
        groups: ChangeGroupView[];
      }
    | undefined;
}

/** The editions, newest first, each with what it changed (`withChanges`: the changes themselves, by group). */
function editionEntries(dossier: LoadedDossier, withChanges: boolean): EditionEntry[] {
  const editions = dossierEditions(dossier);
  return [...editions.editions].reverse().map((edition) => {
    const set = editions.changesOf(edition.id);
    const before = editions.previousOf(edition.id);
    return {
      ...edition,
      summary: editions.summaryOf(edition.id).replace(/^./, (c) => c.toUpperCase()),
      changes:
        set && before
          ? {
              before,
              summary: set.summary,
              counts: CHANGE_GROUPS.map((group) => ({
                group,
                heading: CHANGE_GROUP_LABELS[group].heading,
                ...set.counts[group],
              })),
              groups: withChanges ? changeGroups(dossier, set.changes) : [],
            }
          : undefined,
    };
  });
}

/** The editions page: /editions/. */
export interface EditionsPageView {
  site: SiteChrome;
  /** Newest first. */
  editions: EditionEntry[];
}

export function editionsPageView(dossier: LoadedDossier): EditionsPageView {
  return { site: siteChrome(dossier), editions: editionEntries(dossier, false) };
}

/** What changed: /changes/. */
export interface ChangesPageView {
  site: SiteChrome;
  /** The latest edition; none before the first. */
  latest: EditionRef | undefined;
  /** What changed since it, in one line and by group; none when nothing did. */
  unrecorded: { summary: string; groups: ChangeGroupView[] } | undefined;
  /** Newest first. */
  editions: EditionEntry[];
}

export function changesPageView(dossier: LoadedDossier): ChangesPageView {
  const { latest, unrecorded } = dossierEditions(dossier);
  return {
    site: siteChrome(dossier),
    latest,
    unrecorded: unrecorded && { summary: unrecorded.summary, groups: changeGroups(dossier, unrecorded.changes) },
    editions: editionEntries(dossier, true),
  };
}
