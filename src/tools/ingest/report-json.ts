import { relative } from 'node:path';
import type { IngestReport } from './ingest';
import { NAME_KINDS } from './names';
import type { Speaker } from './quotes';

/** A speaker as the machine-readable report writes it: a profile id, a new name with its content folder, or null. */
export type SpeakerJson = string | { name: string; kind: string } | null;

function speakerJson(speaker: Speaker): SpeakerJson {
  if (speaker === null) return null;
  if ('entity' in speaker) return speaker.entity;
  return { name: speaker.name, kind: NAME_KINDS[speaker.kind] };
}

/**
 * The report `--report <file.json>` writes for newsroom tooling: the article,
 * its language, the names without a profile (kind is a content folder), the
 * quotations with their speakers, the dated events in EDTF, the profiles to
 * draft, and more (links, ambiguities, where the drafts wait). Paths are
 * relative to `cwd`. Stable field names; new fields are only ever added.
 */
export function reportJson(report: IngestReport, cwd: string, dryRun: boolean) {
  const show = (path: string) => relative(cwd, path) || path;
  return {
    article: report.slug,
    language: report.language,
    languageDetected: report.languageDetected,
    dryRun,
    draft: report.draft,
    articlePath: show(report.articlePath),
    review: show(report.reviewPath),
    paragraphs: report.paragraphs,
    words: report.words,
    entities: report.entities,
    links: report.mentions.map((m) => ({ paragraph: m.paragraph, text: m.text, entity: m.entity })),
    ambiguities: report.ambiguities,
    suggestions: report.suggestions.map((s) => ({
      name: s.name,
      kind: NAME_KINDS[s.kind],
      paragraph: s.paragraph,
      count: s.count,
      sentence: s.sentence,
      ...(s.aliases ? { aliases: s.aliases } : {}),
      ...(s.role ? { role: s.role } : {}),
    })),
    quotes: report.quotes.map((q) => ({
      id: q.id,
      paragraph: q.paragraph,
      text: q.text,
      speaker: speakerJson(q.speaker),
      rule: q.rule,
      ...(q.cue ? { cue: q.cue } : {}),
    })),
    events: report.events.map((e) => ({
      id: e.id,
      paragraph: e.paragraph,
      text: e.text,
      date: e.date,
      ...(e.reasoning ? { reasoning: e.reasoning } : {}),
      sentence: e.sentence,
      name: e.name,
      participants: e.participants,
      ...(e.location ? { location: e.location } : {}),
    })),
    profiles: report.profiles.map((p) => ({
      id: p.id,
      paragraph: p.paragraph,
      name: p.name,
      kind: p.folder,
      aliases: p.aliases,
      ...(p.role ? { role: p.role } : {}),
      ...(p.type ? { type: p.type } : {}),
      ...(p.countryCode ? { countryCode: p.countryCode } : {}),
      sentence: p.sentence,
    })),
  };
}
