import { Document } from 'yaml';
import { articleSchema } from '../../schemas/article';
import { splitSentences } from '../../shared/sentences';
import { IngestError } from './errors';
import type { Provenance } from './provenance';

/** The value an analyst passes for --outlet or --date when the source does not say. */
export const NOT_STATED = 'not-stated';

/** The longest label the schema allows (it is shown in every citation). */
const LABEL_MAX = 40;

/** Default summary length: the first paragraph's sentences up to this many characters. */
export const SUMMARY_MAX = 300;

/** What the analyst tells ingest about an article (all optional: ingest says what is missing). */
export interface MetadataInput {
  title?: string | undefined;
  outlet?: string | undefined;
  date?: string | undefined;
  /** Why the date is inferred, when it is (--date-inferred): dates resolved against it are then uncertain. */
  dateBasis?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
  label?: string | undefined;
  summary?: string | undefined;
}

/** Metadata with everything a finished article needs. */
export type CompleteMetadata = MetadataInput & { title: string; outlet: string; date: string; language: string };

type Sourced =
  | { status: 'stated'; value: string }
  | { status: 'inferred'; value: string; basis: string }
  | { status: 'not-stated'; note?: string };

/** An article's frontmatter as ingest writes it, keys in the order of the hand-made articles. */
export interface ArticleFrontmatter {
  title: string;
  label: string;
  outlet: Sourced;
  published: Sourced;
  language: string;
  url: Sourced;
  summary: string;
  seed: string;
  entities: string[];
  /** The source descriptor and the preservation record (provenance.ts), added by ingest. */
  source?: Provenance['source'];
  received?: Provenance['received'];
}

/** Which option sets which frontmatter field, to name it in errors. */
const OPTION_OF: Record<string, string> = {
  title: '--title',
  label: '--label',
  outlet: '--outlet',
  published: '--date',
  language: '--lang',
  url: '--url',
  summary: '--summary',
};

/**
 * An option's value as one line of NFC text, or undefined when it is absent
 * or blank. A line break or a control character is refused: metadata are
 * single-line YAML values.
 */
export function cleanOption(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.normalize('NFC').trim();
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u.test(text)) {
    throw new IngestError(`${flag} must be one line of text, without line breaks or control characters.`);
  }
  return text.length > 0 ? text : undefined;
}

/** The options an article cannot do without that were not given (language only when not detected). */
export function missingOptions(input: MetadataInput): string[] {
  const missing: string[] = [];
  if (!input.title) missing.push('--title');
  if (!input.outlet) missing.push('--outlet');
  if (!input.date) missing.push('--date');
  if (!input.language) missing.push('--lang');
  return missing;
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const atWordEnd = !/[\p{L}\p{N}]/u.test(text.charAt(max - 1));
  return `${(atWordEnd || space <= max / 3 ? cut : cut.slice(0, space)).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * A short name for citations ("BBC: Petro warns of a…"), at most 40
 * characters: the outlet and the start of the title, or the title alone when
 * the outlet is not stated.
 */
export function deriveLabel(title: string, outlet: string | undefined): string {
  if (!outlet || outlet === NOT_STATED) return shorten(title, LABEL_MAX);
  if (outlet.length > LABEL_MAX - 12) return shorten(outlet, LABEL_MAX);
  return `${outlet}: ${shorten(title, LABEL_MAX - outlet.length - 2)}`;
}

/**
 * The default summary: the first paragraph's leading sentences, as many as
 * fit in 300 characters (the first sentence shortened at a word when it alone
 * is longer). It is the source's own words, a starting point to rewrite.
 */
export function defaultSummary(paragraphs: readonly string[], language: string, max = SUMMARY_MAX): string {
  const first = paragraphs[0] ?? '';
  let summary = '';
  for (const sentence of splitSentences(first, language)) {
    const next = summary ? `${summary} ${sentence.text.trim()}` : sentence.text.trim();
    if (next.length > max) break;
    summary = next;
  }
  return summary || shorten(first, max);
}

function sourced(value: string | undefined, notStatedNote?: string): Sourced {
  if (value === undefined || value === NOT_STATED) {
    return notStatedNote ? { status: 'not-stated', note: notStatedNote } : { status: 'not-stated' };
  }
  return { status: 'stated', value };
}

/** The frontmatter of a finished article, from complete metadata. */
export function buildFrontmatter(
  input: CompleteMetadata,
  paragraphs: readonly string[],
  seed: string,
  entities: readonly string[],
): ArticleFrontmatter {
  return {
    title: input.title,
    label: input.label ?? deriveLabel(input.title, input.outlet),
    outlet: sourced(input.outlet),
    published:
      input.dateBasis && input.date !== NOT_STATED
        ? { status: 'inferred', value: input.date, basis: input.dateBasis }
        : sourced(input.date),
    language: input.language,
    url: sourced(input.url, 'The seed text carries no address.'),
    summary: input.summary ?? defaultSummary(paragraphs, input.language),
    seed,
    entities: [...entities],
  };
}

/** The frontmatter of a draft: what was given, and TODO markers for the rest. */
export function buildDraftFrontmatter(
  input: MetadataInput,
  paragraphs: readonly string[],
  seed: string,
  entities: readonly string[],
): ArticleFrontmatter {
  const title = input.title ?? 'TODO: headline written by us';
  const language = input.language ?? 'und';
  return {
    title,
    label: input.label ?? (input.title ? deriveLabel(input.title, input.outlet) : 'TODO: short label'),
    outlet: input.outlet ? sourced(input.outlet) : { status: 'not-stated', note: 'TODO: who published it?' },
    published: input.date ? sourced(input.date) : { status: 'not-stated', note: 'TODO: when was it published?' },
    language,
    url: sourced(input.url, 'The seed text carries no address.'),
    summary: input.summary ?? defaultSummary(paragraphs, language === 'und' ? 'en' : language),
    seed,
    entities: [...entities],
  };
}

/**
 * Checks frontmatter against the site's own article schema, so that what
 * ingest writes is what the build accepts; a failure names the option to fix.
 */
export function validateFrontmatter(frontmatter: ArticleFrontmatter): void {
  const result = articleSchema.safeParse(frontmatter);
  if (result.success) return;
  const reasons = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    return `${OPTION_OF[key] ?? key}: ${issue.message}`;
  });
  throw new IngestError(reasons.join(' '));
}

/**
 * YAML for a frontmatter block, one line per value (no folding). Every string
 * value is double-quoted: Astro reads frontmatter with js-yaml, which turns a
 * plain `2026-01-08` into a Date and `2026` into a number, so only quoted
 * strings are sure to come back as the same strings. Keys stay plain.
 */
export function frontmatterYaml(data: object, comment?: string): string {
  const document = new Document(data);
  if (comment) document.commentBefore = comment.replace(/^/gmu, ' ');
  return document.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}

/**
 * The article file: YAML frontmatter (see {@link frontmatterYaml}: quotes,
 * colons, `#` and `---` in a title are safe), a blank line, and the MDX body.
 */
export function serialiseArticle(frontmatter: ArticleFrontmatter, body: string, comment?: string): string {
  return `---\n${frontmatterYaml(frontmatter, comment)}---\n\n${body}`;
}
