import type { LoadedDossier } from '../dossier/load';
import { isKind, type ArticleRecord, type EntityOf, type EntityRecord } from '../dossier/records';
import { KIND_LABELS } from '../schemas/kinds';
import { assertNever } from '../shared/assert-never';
import { dateSortKey, formatDossierDate, parseDossierDate, type DossierDate } from '../shared/dates';
import { dateLine, newestArticles, outletLine } from './article-meta';
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
      // A superseded role no longer stands: the briefing names the first that does.
      return entity.data.roles.find((role) => !role.superseded)?.title ?? '';
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

/**
 * The one-page briefing as data: everything its page shows, resolved to text, so that an edition can keep it
 * (content/editions/) and show it as it was after the profiles it names are renamed or removed. The page renders
 * this, for today's dossier and for every edition alike.
 */
export interface BriefingModel {
  title: string;
  scope: string;
  asOf: string;
  bottomLine: Array<{ text: string; cite: string[] }>;
  keyActors: Array<{ entity: string; name: string; role: string; position: string; cite: string[] }>;
  timeline: Array<{ entity: string; name: string; date?: string | undefined; cite: string[] }>;
  keyQuotes: Array<{
    id: string;
    speaker: string;
    speakerName: string;
    text: string;
    note?: string | undefined;
    cite: string;
  }>;
  sources: Array<{ id: string; title: string; label: string; outlet: string; published: string }>;
}

/** How many sources the briefing lists: a large dossier lists the newest ten. */
const BRIEFING_SOURCES = 10;

/** Today's briefing of the dossier (see {@link BriefingModel}), built once per build. */
export const briefingModel = once((dossier: LoadedDossier): BriefingModel => {
  const { data } = dossier.dossier;
  const name = (id: string) => dossier.entity(id)?.data.name ?? id;
  return {
    title: data.title,
    scope: data.scope,
    asOf: data.asOf.edtf,
    bottomLine: data.bottomLine.map(({ text, cite }) => ({ text, cite: [...cite] })),
    keyActors: data.keyActors.map((actor) => ({
      entity: actor.ref,
      name: name(actor.ref),
      role: actorRole(dossier.entity(actor.ref)),
      position: actor.position,
      cite: [...actor.cite],
    })),
    timeline: keyEventsInDateOrder(dossier).map(({ event, date }) => ({
      entity: event.id,
      name: event.data.name,
      ...(date ? { date: formatDossierDate(date) } : {}),
      cite: [...(event.data.date?.cite ?? [])],
    })),
    keyQuotes: data.keyQuotes.map((id) => {
      const quote = dossier.quote(id)!.data;
      return {
        id,
        speaker: quote.speaker,
        speakerName: name(quote.speaker),
        text: quote.text,
        ...(quote.context.note ? { note: quote.context.note } : {}),
        cite: quote.cite,
      };
    }),
    // The briefing lists its sources oldest first.
    sources: newestArticles(dossier).slice(0, BRIEFING_SOURCES).reverse().map(briefingSource),
  };
});

/** An article as the briefing lists it among its sources (and an edition keeps it): title, label, outlet, date. */
export function briefingSource(article: ArticleRecord): BriefingModel['sources'][number] {
  return {
    id: article.id,
    title: article.data.title,
    label: article.data.label,
    outlet: outletLine(article.data),
    published: dateLine(article.data),
  };
}
