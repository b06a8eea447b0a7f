import type { LoadedDossier } from '../dossier/load';
import { asOfDay, factTime, type FactTime, type TimedFact } from '../dossier/time-scope';
import { parseCitation } from '../schemas/citation';
import { formatDossierDate, parseDossierDate } from '../shared/dates';

/** A role's or relation's standing, as a profile says it. */
export interface FactTimeView extends FactTime {
  /** "current as of 9 January 2026, last supported by BBC interview ¶1", "ended 3 January 2026", "status unknown". */
  text: string;
  /** The citation it was last supported by, to link. */
  lastCite?: string | undefined;
}

/** "BBC interview ¶1": how a citation is named in running text. */
export function citationLabel(dossier: Pick<LoadedDossier, 'article'>, cite: string): string {
  const { article, paragraph } = parseCitation(cite);
  return `${dossier.article(article)?.data.label ?? article} ¶${paragraph}`;
}

/** A fact's standing as of the dossier's date, in words. */
export function factTimeView(dossier: Pick<LoadedDossier, 'article' | 'dossier'>, fact: TimedFact): FactTimeView {
  const asOfEdtf = dossier.dossier.data.asOf.edtf;
  const time = factTime(fact, asOfDay(asOfEdtf), (id) => dossier.article(id));
  const last = time.lastSupported;
  const supported = last ? `last supported by ${citationLabel(dossier, last.cite)}` : undefined;
  const valid = fact.valid ? parseDossierDate(fact.valid) : undefined;
  let text: string;
  switch (time.status) {
    case 'current':
      text = `current as of ${formatDossierDate(parseDossierDate(asOfEdtf))}${supported ? `, ${supported}` : ''}`;
      break;
    case 'ended': {
      const end = valid?.kind === 'interval' ? valid.to : valid?.kind === 'date' ? valid.point : null;
      text = end ? `ended ${formatDossierDate({ kind: 'date', edtf: fact.valid!, point: end })}` : 'ended';
      break;
    }
    case 'unknown':
      text = `status unknown${supported ? `; ${supported}` : ''}`;
      break;
    case 'superseded':
      text = `superseded: ${fact.superseded!.reason}`;
      break;
  }
  return { ...time, text, ...(last ? { lastCite: last.cite } : {}) };
}
