import type { BriefingModel } from '../views/briefing';
import type { EditionRef } from './history';
import { similarity } from './diff';

/** A bottom-line sentence this close in words to one the edition before had is that sentence, reworded. */
const REWORDED = 0.8;

/** What a briefing marks "New": per section, per item, in the briefing's order. */
export interface BriefingNews {
  /** The edition the marks compare with, and its page. */
  since: EditionRef & { url: string };
  bottomLine: boolean[];
  keyActors: boolean[];
  timeline: boolean[];
  keyQuotes: boolean[];
  sources: boolean[];
}

/**
 * Which lines of `briefing` the edition before it did not have: a bottom-line
 * sentence whose words are new (a rewording is not news), an actor, event,
 * quote or source it did not list. Both briefings name entities by the same
 * (today's) ids.
 */
export function briefingNews(
  briefing: BriefingModel,
  before: BriefingModel,
  since: BriefingNews['since'],
): BriefingNews {
  const had = {
    keyActors: new Set(before.keyActors.map((a) => a.entity)),
    timeline: new Set(before.timeline.map((e) => e.entity)),
    keyQuotes: new Set(before.keyQuotes.map((q) => q.id)),
    sources: new Set(before.sources.map((s) => s.id)),
  };
  return {
    since,
    bottomLine: briefing.bottomLine.map((s) => !before.bottomLine.some((b) => similarity(b.text, s.text) >= REWORDED)),
    keyActors: briefing.keyActors.map((a) => !had.keyActors.has(a.entity)),
    timeline: briefing.timeline.map((e) => !had.timeline.has(e.entity)),
    keyQuotes: briefing.keyQuotes.map((q) => !had.keyQuotes.has(q.id)),
    sources: briefing.sources.map((s) => !had.sources.has(s.id)),
  };
}
