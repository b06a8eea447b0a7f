import type { Indicator } from '../schemas/indicator';
import { dayRange, parseDossierDate } from '../shared/dates';

/** What a reader is told of an indicator: not seen yet, seen (cited), or lapsed (not seen by its check-by date). */
export type IndicatorStatus = 'not-seen' | 'seen' | 'lapsed';

/**
 * An indicator's status as of the dossier's as-of day (`YYYY-MM-DD`): seen when the author cites it seen; lapsed when
 * the last day its check-by date can mean is before the as-of day; not seen otherwise. Never the clock's date: a
 * dossier reads the same whenever it is built.
 */
export function indicatorStatus(indicator: Pick<Indicator, 'status' | 'checkBy'>, asOf: string): IndicatorStatus {
  if (indicator.status === 'seen') return 'seen';
  const last = dayRange(parseDossierDate(indicator.checkBy)).last;
  return last !== null && last < asOf ? 'lapsed' : 'not-seen';
}
