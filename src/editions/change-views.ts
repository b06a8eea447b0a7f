import type { LoadedDossier } from '../dossier/load';
import { urls } from '../identity/site';
import { CHANGE_GROUPS, type ChangeGroup } from '../schemas/changes';
import { changeTargetUrl, splitCitations } from './change-links';
import { CHANGE_GROUP_LABELS, TYPE_LABELS } from './change-words';
import type { Change } from './diff';
import type { EditionRef } from './history';
import { dossierEditions, entityHistory } from './site-editions';

/** One change as its line on the changes page shows it: resolved to today's site. */
export interface ChangeItemView {
  type: Change['type'];
  /** How the line starts: "Added", "Status changed". */
  label: string;
  /** What changed, named, and where it lives today (no link when the dossier no longer holds it). */
  target: { name: string; href?: string | undefined; gone: boolean };
  /** What changed in words, when it says more than the target's name. */
  subject?: string | undefined;
  before?: string | undefined;
  after?: string | undefined;
  /** Its citations today's articles hold, and those of articles (or paragraphs) the dossier no longer holds. */
  cite: { present: string[]; gone: string[] };
  /** For a change of sources: the citations it dropped, split the same way. */
  formerCite?: { present: string[]; gone: string[] } | undefined;
  /** Why a key judgment moved, as its author gave it; only for a change of type `moved`, absent until given. */
  reason?: string | undefined;
  /** Why a change has no citation, when it has none: an article is its own source, a name may be in none. */
  uncited?: string | undefined;
}

/** A change's line. */
export function changeItem(dossier: LoadedDossier, change: Change): ChangeItemView {
  const showSubject =
    change.subject !== change.target.name && !(change.before && change.after && change.subject === change.after);
  return {
    type: change.type,
    label: TYPE_LABELS[change.type],
    target: {
      name: change.target.name,
      href: changeTargetUrl(change, dossier, urls),
      gone: change.target.gone === true,
    },
    subject: showSubject ? change.subject : undefined,
    before: change.before,
    after: change.after,
    cite: splitCitations(change.cite, dossier),
    formerCite: change.formerCite && splitCitations(change.formerCite, dossier),
    reason: change.reason,
    uncited:
      change.cite.length === 0 && !change.formerCite
        ? change.group === 'articles'
          ? 'the article itself'
          : change.group === 'judgments' || change.group === 'grades'
            ? "the dossier's own assessment"
            : 'no paragraph of the articles uses this name as written'
        : undefined,
  };
}

/** A group of changes (articles, facts, quotes …) as a heading and its lines, minor edits apart. */
export interface ChangeGroupView {
  group: ChangeGroup;
  heading: string;
  major: ChangeItemView[];
  minor: ChangeItemView[];
}

/** `changes` by group, in the order of {@link CHANGE_GROUPS}, groups without changes left out. */
export function changeGroups(dossier: LoadedDossier, changes: readonly Change[]): ChangeGroupView[] {
  return CHANGE_GROUPS.map((group) => ({
    group,
    heading: CHANGE_GROUP_LABELS[group].heading,
    major: changes.filter((c) => c.group === group && !c.minor).map((c) => changeItem(dossier, c)),
    minor: changes.filter((c) => c.group === group && c.minor).map((c) => changeItem(dossier, c)),
  })).filter((g) => g.major.length + g.minor.length > 0);
}

/** What the editions say of one profile. */
export interface ProfileHistoryView {
  /** The latest edition; none when none has been recorded. */
  latest: EditionRef | undefined;
  /** The edition the profile came in; none when it came after the latest. */
  firstIn: EditionRef | undefined;
  /** How many changes concern it since the latest edition, and those changes by group. */
  count: number;
  changes: ChangeGroupView[];
  /** Its facts and summary sentences that came in an edition after its first. */
  laterFacts: Array<{ text: string; edition: EditionRef }>;
}

/** A profile's history. */
export function profileHistory(dossier: LoadedDossier, id: string): ProfileHistoryView {
  const { latest, firstIn, changes, laterFacts } = entityHistory(dossierEditions(dossier), id);
  return { latest, firstIn, count: changes.length, changes: changeGroups(dossier, changes), laterFacts };
}
