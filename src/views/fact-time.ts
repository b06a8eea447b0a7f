import type { LoadedDossier } from '../dossier/load';
import { asOfDay, factTime, type FactTime, type TimedFact } from '../dossier/time-scope';
import { parseCitation } from '../schemas/citation';
import { formatDossierDate, parseDossierDate } from '../shared/dates';

/** A role's or relation's standing, as a profile says it. */
export interface FactTimeView extends FactTime {
  /** "current as of 9 January 2026", "ended 3 January 2026", "status unknown", "superseded". */
  words: string;
  /** The citation it was last supported by, and how it is named ("BBC interview ¶1"), to link. */
  last?: { cite: string; label: string; day: string } | undefined;
  /** The whole line in words: "current as of 9 January 2026, last supported by BBC interview ¶1". */
  text: string;
}

/** "BBC interview ¶1": how a citation is named in running text. */
export function citationLabel(dossier: Pick<LoadedDossier, 'article'>, cite: string): string {
  const { article, paragraph } = parseCitation(cite);
  return `${dossier.article(article)?.data.label ?? article} ¶${paragraph}`;
}

/** A fact's standing as of the dossier's date, in words (see {@link factTime} for the rules). */
export function factTimeView(dossier: Pick<LoadedDossier, 'article' | 'dossier'>, fact: TimedFact): FactTimeView {
  const asOfEdtf = dossier.dossier.data.asOf.edtf;
  const time = factTime(fact, asOfDay(asOfEdtf), (id) => dossier.article(id));
  const valid = fact.valid ? parseDossierDate(fact.valid) : undefined;
  const end = valid?.kind === 'interval' ? valid.to : valid?.kind === 'date' ? valid.point : null;
  const words = {
    current: `current as of ${formatDossierDate(parseDossierDate(asOfEdtf))}`,
    ended: end ? `ended ${formatDossierDate({ kind: 'date', edtf: fact.valid!, point: end })}` : 'ended',
    unknown: 'status unknown',
    superseded: 'superseded',
  }[time.status];
  const last = time.lastSupported && {
    cite: time.lastSupported.cite,
    label: citationLabel(dossier, time.lastSupported.cite),
    day: time.lastSupported.day,
  };
  const text = last && time.status !== 'superseded' ? `${words}, last supported by ${last.label}` : words;
  return { ...time, words, ...(last ? { last } : {}), text };
}
