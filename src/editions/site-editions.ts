import { dirname, join } from 'node:path';
import type { LoadedDossier } from '../dossier/load';
import { contentDir } from '../content/content-dir';
import { urls } from '../identity/site';
import { once } from '../shared/once';
import { DossierContentError } from '../shared/problems';
import { briefingModel } from '../views/briefing';
import { briefingNews, type BriefingNews } from './briefing-news';
import { readEditions, type Edition } from './edition-file';
import type { Change } from './diff';
import { editionHistory, type EditionHistory } from './history';
import { snapshotOf } from './snapshot';

/** The folder of edition files. */
export const editionsDir = () => join(contentDir, 'editions');

/** The dossier's editions, as this build's pages read them. */
export interface SiteEditions extends EditionHistory {
  files: Edition[];
  /** What today's briefing marks "New": against the latest edition, or the one before it when nothing changed since. */
  currentNews: BriefingNews | undefined;
  /** What an edition's briefing marks "New": against the edition before it. */
  newsOf(id: string): BriefingNews | undefined;
  /** Labels of the articles an edition's briefing cites that the dossier no longer holds. */
  goneLabels(id: string): Record<string, string>;
}

/**
 * Reads content/editions/ and compares the editions with each other and with
 * today's content, once per build. A file that does not parse, was changed by
 * hand, or is out of order fails the build, naming the file and the field.
 */
export const dossierEditions = once((dossier: LoadedDossier): SiteEditions => {
  const dir = editionsDir();
  const { editions, problems } = readEditions(dir, dirname(contentDir));
  if (problems.length > 0) throw new DossierContentError(problems);
  const current = snapshotOf(dossier);
  const history = editionHistory(editions, current);
  const since = (ref: NonNullable<EditionHistory['latest']>) => ({ ...ref, url: urls.edition(ref.id) });
  const newsOf = (id: string) => {
    const previous = history.previousOf(id);
    const briefing = history.briefingOf(id);
    const before = previous && history.briefingOf(previous.id);
    return briefing && before && previous ? briefingNews(briefing, before, since(previous)) : undefined;
  };
  const latest = history.latest;
  // Today's briefing is the next edition's while something changed since the latest, and the latest's otherwise.
  const baseline = latest && (history.unrecorded ? latest : history.previousOf(latest.id));
  const currentNews = baseline
    ? briefingNews(briefingModel(dossier), history.briefingOf(baseline.id)!, since(baseline))
    : undefined;
  return {
    ...history,
    files: editions,
    currentNews,
    newsOf,
    goneLabels: (id) =>
      Object.fromEntries(
        (history.snapshotOf(id)?.articles ?? []).filter((a) => !dossier.article(a.id)).map((a) => [a.id, a.label]),
      ),
  };
});

/** The changes not yet in an edition, by the entities they concern (an entity's own, and those that name it). */
const unrecordedByEntity = once((editions: SiteEditions) => {
  const byEntity = new Map<string, Change[]>();
  const add = (id: string, change: Change) => {
    const list = byEntity.get(id) ?? [];
    if (!list.includes(change)) list.push(change);
    byEntity.set(id, list);
  };
  for (const change of editions.unrecorded?.changes ?? []) {
    if (change.target.kind === 'entity' && !change.target.gone) add(change.target.id, change);
    for (const id of change.about) add(id, change);
  }
  return byEntity;
});

/** One profile's history: the edition it came in, what changed since the latest, and facts added after its first. */
export function entityHistory(editions: SiteEditions, id: string) {
  return {
    latest: editions.latest,
    firstIn: editions.entityFirstIn.get(id),
    changes: unrecordedByEntity(editions).get(id) ?? [],
    laterFacts: editions.laterFacts.get(id) ?? [],
  };
}
