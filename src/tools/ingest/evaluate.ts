import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitParagraphs } from '../../content/render/article-text';
import type { EntityDictionary } from '../../content/render/entity-dictionary';
import { normaliseForQuote } from '../../content/render/quote-match';
import { dateAnchor, findDates } from './dates';
import { knownNames } from './known-names';
import { findNames, groupNames, nameKey, NAME_KINDS, suggestNames, type NameKind } from './names';
import { findQuotes, type Speaker } from './quotes';

/** One labelled text of the benchmark (tests/fixtures/ingest/bench/README.md says what each field means). */
export interface LabelledText {
  id: string;
  language: string;
  published: { status: string; value?: string };
  paragraphs: string[];
  links: Array<[number, string, string]>;
  optionalLinks?: Array<[number, string]>;
  mustNotLink?: Array<[number, string]>;
  newEntities: Array<{ name: string; kind: string; forms: string[] }>;
  optionalNew?: string[];
  quotes: Array<[number, string, string | { name: string } | null]>;
  events: Array<[number, string, string]>;
}

/** Counts for precision and recall. */
export interface Score {
  /** Right answers given. */
  right: number;
  /** Answers given (for precision). */
  given: number;
  /** Answers expected (for recall). */
  expected: number;
  /** What went wrong, for reading. */
  errors: string[];
}

/** The scores of one language. */
export interface LanguageScores {
  texts: number;
  links: Score;
  /** Words that must not link and did. */
  wrongLinks: number;
  suggestions: Score;
  /** Suggestions with the right content folder, among the right ones. */
  suggestionKinds: Score;
  /**
   * Quote speakers: `right` of `expected` quotes have the right speaker (or
   * rightly none); `attributedRight` of the `given` attributions made are right.
   */
  speakers: Score & { attributedRight: number };
  dates: Score;
}

const score = (): Score => ({ right: 0, given: 0, expected: 0, errors: [] });
const emptyScores = (): LanguageScores => ({
  texts: 0,
  links: score(),
  wrongLinks: 0,
  suggestions: score(),
  suggestionKinds: score(),
  speakers: { ...score(), attributedRight: 0 },
  dates: score(),
});

/** Reads the labelled texts of a folder (`*.yaml`). */
export function readLabelled(folder: string): LabelledText[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      ...(parse(readFileSync(join(folder, file), 'utf8')) as Omit<LabelledText, 'id'>),
    }));
}

/** A speaker as the labels write it: a profile id, `name:<key>` for a new name, or null. */
function speakerKey(speaker: Speaker): string | null {
  if (speaker === null) return null;
  return 'entity' in speaker ? speaker.entity : `name:${nameKey(speaker.name)}`;
}

/**
 * Runs what ingest drafts on each labelled text, against the dossier's
 * profiles, and scores it per language: links (every mention a reader expects
 * linked; a link nobody expects is wrong), suggestions (names to profile,
 * counted right with their spelling; their kinds apart), quote speakers
 * (matched to the labelled quotation by containment; precision over the
 * attributions made) and event dates (the date expression found and its EDTF
 * exactly right).
 */
export function evaluate(texts: readonly LabelledText[], dictionary: EntityDictionary): Map<string, LanguageScores> {
  const scores = new Map<string, LanguageScores>();
  for (const text of texts) {
    const s = scores.get(text.language) ?? emptyScores();
    scores.set(text.language, s);
    s.texts++;
    const known = knownNames(dictionary, text.id);

    // Links, with the matcher's rules for an article the profiles do not cite yet.
    const reader = dictionary.matcher.reader({ language: text.language, article: text.id });
    const predicted = text.paragraphs.flatMap((p, i) => reader.find(p).map((m) => [i + 1, m.text, m.entity] as const));
    const gold = [...text.links];
    const optional = new Set((text.optionalLinks ?? []).map(([p, t]) => `${p}|${t}`));
    const forbidden = new Set((text.mustNotLink ?? []).map(([p, t]) => `${p}|${t}`));
    s.links.expected += gold.length;
    for (const [paragraph, words, entity] of predicted) {
      const i = gold.findIndex(([p, t, e]) => p === paragraph && t === words && e === entity);
      if (i >= 0) {
        gold.splice(i, 1);
        s.links.right++;
        s.links.given++;
      } else if (!optional.has(`${paragraph}|${words}`)) {
        s.links.given++;
        s.links.errors.push(`${text.id} ¶${paragraph}: "${words}" linked to ${entity}`);
        if (forbidden.has(`${paragraph}|${words}`)) s.wrongLinks++;
      }
    }
    s.links.errors.push(...gold.map(([p, t, e]) => `${text.id} ¶${p}: "${t}" not linked to ${e}`));

    // Suggestions: names to profile.
    const suggestions = suggestNames(text.paragraphs, dictionary.matcher, text.language, known);
    const optionalNew = new Set((text.optionalNew ?? []).map(nameKey));
    const hits = new Set<string>();
    for (const suggestion of suggestions) {
      const keys = [suggestion.name, ...(suggestion.aliases ?? [])].map(nameKey);
      const entity = text.newEntities.find((e) => e.forms.some((form) => keys.includes(nameKey(form))));
      if (!entity) {
        if (keys.some((k) => optionalNew.has(k))) continue;
        s.suggestions.given++;
        s.suggestions.errors.push(`${text.id}: "${suggestion.name}" suggested (${suggestion.kind})`);
        continue;
      }
      if (hits.has(entity.name)) continue;
      hits.add(entity.name);
      s.suggestions.given++;
      s.suggestions.right++;
      s.suggestionKinds.given++;
      s.suggestionKinds.expected++;
      if (NAME_KINDS[suggestion.kind as NameKind] === entity.kind) s.suggestionKinds.right++;
      else
        s.suggestionKinds.errors.push(
          `${text.id}: "${suggestion.name}" as ${NAME_KINDS[suggestion.kind]}, not ${entity.kind}`,
        );
    }
    s.suggestions.expected += text.newEntities.length;
    s.suggestions.errors.push(
      ...text.newEntities.filter((e) => !hits.has(e.name)).map((e) => `${text.id}: "${e.name}" not suggested`),
    );

    // Quote speakers.
    const names = findNames(text.paragraphs, text.language, known);
    const quotes = findQuotes(text.paragraphs, text.language, { names, entities: dictionary.entities });
    const formsOf = (name: string) =>
      (text.newEntities.find((e) => e.forms.some((f) => nameKey(f) === nameKey(name)))?.forms ?? [name]).map(
        (f) => `name:${nameKey(f)}`,
      );
    for (const [paragraph, words, speaker] of text.quotes) {
      s.speakers.expected++;
      const quote = quotes.find(
        (q) =>
          q.paragraph === paragraph &&
          (normaliseForQuote(q.text).includes(normaliseForQuote(words).replace(/[.,]$/u, '')) ||
            normaliseForQuote(words).includes(normaliseForQuote(q.text))),
      );
      const wanted: Array<string | null> =
        speaker === null ? [null] : typeof speaker === 'string' ? [speaker] : formsOf(speaker.name);
      const got = quote ? speakerKey(quote.speaker) : null;
      if (quote && quote.speaker !== null) {
        s.speakers.given++;
        if (wanted.includes(got)) s.speakers.attributedRight++;
      }
      if (quote && wanted.includes(got)) {
        s.speakers.right++;
      } else {
        s.speakers.errors.push(
          `${text.id} ¶${paragraph} “${words}”: ${got ?? 'no speaker'}${quote ? ` (${quote.rule})` : ' (not found)'}, not ${wanted[0] ?? 'none'}`,
        );
      }
    }

    // Event dates.
    const anchor = dateAnchor(text.published);
    const found = text.paragraphs.flatMap((p, i) =>
      findDates(p, text.language, anchor).map((d) => ({ ...d, paragraph: i + 1 })),
    );
    s.dates.given += found.length;
    s.dates.expected += text.events.length;
    for (const [paragraph, words, edtf] of text.events) {
      const at = text.paragraphs[paragraph - 1]!.indexOf(words);
      const date = found.find((d) => d.paragraph === paragraph && d.start < at + words.length && at < d.end);
      if (date && date.edtf === String(edtf)) s.dates.right++;
      else s.dates.errors.push(`${text.id} ¶${paragraph} “${words}”: ${date ? date.edtf : 'not found'}, not ${edtf}`);
    }
  }
  return scores;
}

/** Precision of a score, or NaN when nothing was given. */
export const precision = (s: Score) => s.right / s.given;
/** Recall of a score, or NaN when nothing was expected. */
export const recall = (s: Score) => s.right / s.expected;

/** The names of the seeds measured against tests/fixtures/ingest/seed-names.json: every distinct name found counts. */
export function seedNames(root: string): {
  precision: number;
  recall: number;
  found: number;
  right: number;
  labelled: number;
} {
  const labels = JSON.parse(readFileSync(join(root, 'tests/fixtures/ingest/seed-names.json'), 'utf8')) as {
    seeds: Record<string, Array<{ name: string; forms: string[] }>>;
  };
  let found = 0;
  let right = 0;
  let labelled = 0;
  let recalled = 0;
  for (const [seed, list] of Object.entries(labels.seeds)) {
    const paragraphs = splitParagraphs(readFileSync(join(root, 'content/seeds', seed), 'utf8'));
    const hits = new Set<string>();
    for (const candidate of groupNames(findNames(paragraphs))) {
      found++;
      const match = list.find((e) => e.forms.some((form) => nameKey(form) === candidate.key));
      if (match) {
        right++;
        hits.add(match.name);
      }
    }
    labelled += list.length;
    recalled += hits.size;
  }
  return { precision: right / found, recall: recalled / labelled, found, right, labelled };
}
