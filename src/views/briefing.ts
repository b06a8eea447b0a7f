import type { LoadedDossier } from '../dossier/load';
import { isKind, type EntityOf, type EntityRecord } from '../dossier/model';
import { KIND_LABELS } from '../schemas/kinds';
import { assertNever } from '../shared/assert-never';
import { dateSortKey, parseDossierDate, type DossierDate } from '../shared/dates';
import { once } from '../shared/once';
import { byCodePoint } from '../shared/order';

/** A key event of the briefing's timeline, with its date read. */
export interface KeyEvent {
  event: EntityOf<'events'>;
  date: DossierDate | undefined;
}

/**
 * The overview's key events in date order (by the earliest moment each date
 * can mean), undated last, as the timeline orders them. Unlike the timeline,
 * events of the same date keep the order the overview lists them in.
 */
export const keyEventsInDateOrder = once((dossier: Pick<LoadedDossier, 'dossier' | 'entity'>): KeyEvent[] =>
  dossier.dossier.data.keyEvents
    .map(({ ref }) => dossier.entity(ref))
    .filter((e): e is EntityOf<'events'> => e !== undefined && isKind(e, 'events'))
    .map((event) => ({ event, date: event.data.date && parseDossierDate(event.data.date.edtf) }))
    .sort((a, b) => {
      if (!a.date || !b.date) return Number(!a.date) - Number(!b.date);
      return byCodePoint(dateSortKey(a.date), dateSortKey(b.date));
    }),
);

/** A person's first role, or an organisation's or place's type: what the briefing says a key actor is. */
export function actorRole(entity: EntityRecord | undefined): string {
  if (!entity) return '';
  switch (entity.kind) {
    case 'people':
      return entity.data.roles[0]?.title ?? '';
    case 'organizations':
    case 'places':
      return entity.data.type.value;
    case 'events':
    case 'topics':
      return KIND_LABELS[entity.kind].singular;
    default:
      return assertNever(entity);
  }
}
