import type { Backlink } from '../dossier/link-graph';
import type { LoadedDossier } from '../dossier/load';
import { claimGrade, type ClaimGrade } from './assessment';
import { claimReview } from './claim-review';
import { urls } from '../identity/site';
import type { Claim } from '../schemas/claim';
import { KIND_LABELS } from '../schemas/kinds';
import { byCodePoint } from '../shared/order';
import { dateLine, outletLine } from './article-meta';
import { claimCitationText, quoteCitationText } from './citation-text';
import { claimUrl } from './locations';
import { schemaOrg } from './schema-org';
import type { TimelineEntry, TimelineGroup } from './timeline';

/**
 * The items pages list, resolved from their ids to what their cards show: a
 * quote, a claim, a row of the timeline, a sentence that mentions an entity.
 * Pages build them for the items they show, never for a whole list, so a page
 * holds only its own.
 */

/** A quote's card: the words, who said them to whom, where, and its paragraph. */
export interface QuoteCardView {
  id: string;
  text: string;
  /** The language of the words (a BCP 47 tag). */
  language: string;
  /** The dossier's English translation, when the words are in another language. */
  translation?: string | undefined;
  /** Who said it, to whom, at which event and where (entity ids). */
  speaker: string;
  to?: string | undefined;
  event?: string | undefined;
  where?: string | undefined;
  /** The circumstances, in a few words. */
  note?: string | undefined;
  /** The paragraph the words are in. */
  cite: string;
  /** Name the speaker (off where the speaker is the page's subject). */
  showSpeaker: boolean;
  /** What "Copy citation" copies, before the address. */
  citeText: string;
  /** Its schema.org Quotation. */
  jsonLd: Record<string, unknown>;
}

/** A quote's card; `showSpeaker: false` on the speaker's own pages. */
export function quoteCard(dossier: LoadedDossier, id: string, { showSpeaker = true } = {}): QuoteCardView {
  const { data } = dossier.quote(id)!;
  const { to, where, event, note } = data.context;
  return {
    id,
    text: data.text,
    language: data.language,
    translation: data.translation,
    speaker: data.speaker,
    to,
    event,
    where,
    note,
    cite: data.cite,
    showSpeaker,
    citeText: quoteCitationText(dossier, id),
    jsonLd: schemaOrg(dossier, urls).quotation(id),
  };
}

/** How a claim's status reads on its card. */
export const CLAIM_STATUS_LABELS: Record<Claim['status'], string> = {
  reported: 'Reported',
  disputed: 'Disputed',
  denied: 'Denied',
  confirmed: 'Confirmed',
};

/** A claim's card: its status, the statement, who claims it about whom, and the claims it supports or contradicts. */
export interface ClaimCardView {
  id: string;
  status: Claim['status'];
  statusLabel: string;
  statement: string;
  /** Who claims it (an entity id), or, when no profile does, who in words. */
  claimant?: string | undefined;
  claimantNote?: string | undefined;
  /** What it is about (entity ids). */
  about: string[];
  cite: string[];
  note?: string | undefined;
  /** The claims it supports, is supported by or contradicts, each with where it is and what it says. */
  links: Array<{ type: 'supports' | 'contradicts'; label: string; href: string; statement: string }>;
  /** What "Copy citation" copies, before the address. */
  citeText: string;
  /** Its schema.org Claim. */
  jsonLd: Record<string, unknown>;
  /** Its grade on the Admiralty code, and why, in words; none when the dossier does not grade it. */
  grade?: { mark: ClaimGrade; basis: string } | undefined;
  /** Its schema.org ClaimReview; none when ungraded or graded 6 (no verdict). */
  review?: Record<string, unknown> | undefined;
}

/** A claim's card. */
export function claimCard(dossier: LoadedDossier, id: string): ClaimCardView {
  const claim = dossier.claim(id)!;
  const { data } = claim;
  const grade = claimGrade(dossier, claim);
  return {
    id,
    status: data.status,
    statusLabel: CLAIM_STATUS_LABELS[data.status],
    statement: data.statement,
    claimant: data.claimant,
    claimantNote: data.claimantNote,
    about: data.about,
    cite: data.cite,
    note: data.note,
    links: dossier.graph.claimLinks(id).map((link) => ({
      type: link.type,
      label: link.label,
      href: claimUrl(dossier, urls, link.other),
      statement: dossier.claim(link.other)!.data.statement,
    })),
    citeText: claimCitationText(dossier, id),
    jsonLd: schemaOrg(dossier, urls).claim(id),
    grade: grade && {
      mark: grade,
      basis: `Graded ${grade.code}. Source: ${[...new Set(grade.sources.map((s) => s.basis))].join(' ')} Information: ${grade.credibility.basis}`,
    },
    review: claimReview(dossier, urls, id),
  };
}

/** A row of the timeline: an event with its place, participants and the citations of its date, or an article's publication. */
export type TimelineEntryView =
  | (TimelineEntry & {
      kind: 'event';
      /** Where it happened (an entity id). */
      location?: string | undefined;
      /** Who took part (entity ids). */
      participants: string[];
      /** Where the sources date it, and the reasoning when the date is inferred; absent when undated. */
      dateSource?: { cite: string[]; inferred?: string | undefined } | undefined;
      /** Its schema.org Event. */
      jsonLd: Record<string, unknown>;
    })
  | (TimelineEntry & {
      kind: 'publication';
      title: string;
      /** The outlet and date as a list shows them: "BBC (inferred)", "8 January 2026". */
      outlet: string;
      published: string;
    });

/** A row of the timeline, resolved. */
export function timelineEntry(dossier: LoadedDossier, entry: TimelineEntry): TimelineEntryView {
  if (entry.kind === 'publication') {
    const { data } = dossier.article(entry.id)!;
    return { ...entry, title: data.title, outlet: outletLine(data), published: dateLine(data) };
  }
  const event = dossier.entity(entry.id);
  const data = event?.kind === 'events' ? event.data : undefined;
  return {
    ...entry,
    location: data?.location?.ref,
    participants: data?.participants.map((p) => p.ref) ?? [],
    dateSource: data?.date && { cite: data.date.cite, inferred: data.date.inferred },
    jsonLd: schemaOrg(dossier, urls).event(entry.id),
  };
}

/** A sentence of an article that mentions an entity, with the article it is in. */
export interface BacklinkView extends Backlink {
  title: string;
  outlet: string;
  published: string;
}

/** A mentioning sentence, with its article's title, outlet and date. */
export function backlink(dossier: LoadedDossier, link: Backlink): BacklinkView {
  const { data } = dossier.article(link.article)!;
  return { ...link, title: data.title, outlet: outletLine(data), published: dateLine(data) };
}

/** What an entity's link previews on hover: its name, kind and the first sentence of its summary. */
export interface EntityPreviewView {
  name: string;
  kind: string;
  summary: string;
}

/** Previews of the entities a page links to, by id in code-point order (ids without a profile left out). */
export function entityPreviews(dossier: LoadedDossier, ids: readonly string[]): Record<string, EntityPreviewView> {
  const previews: Record<string, EntityPreviewView> = {};
  for (const id of [...ids].sort(byCodePoint)) {
    const entity = dossier.entity(id);
    if (entity)
      previews[id] = { name: entity.data.name, kind: KIND_LABELS[entity.kind].singular, summary: entity.summary.lede };
  }
  return previews;
}

/** A month of the timeline (or a year, or "date not stated"), its rows resolved. */
export interface TimelineGroupView {
  key: string;
  label: string;
  entries: TimelineEntryView[];
}

/** Months of the timeline, resolved. */
export function timelineGroups(dossier: LoadedDossier, groups: readonly TimelineGroup[]): TimelineGroupView[] {
  return groups.map((group) => ({ ...group, entries: group.entries.map((entry) => timelineEntry(dossier, entry)) }));
}
