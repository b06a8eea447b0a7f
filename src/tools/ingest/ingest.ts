import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { RecordedMention } from '../../content/plugins/remark-entity-links';
import { ENTITY_KINDS } from '../../schemas/entity';
import { paragraphsToMdx, parseMdx, splitParagraphs } from '../../content/render/article-text';
import { loadEntityDictionary } from '../../content/render/entity-dictionary';
import { commitWrites, type PlannedWrite } from './atomic-write';
import { entityIds, linkBody } from './entities';
import { IngestError } from './errors';
import { detectLanguage } from './language';
import {
  buildDraftFrontmatter,
  buildFrontmatter,
  cleanOption,
  missingOptions,
  NOT_STATED,
  serialiseArticle,
  validateFrontmatter,
  type MetadataInput,
} from './metadata';
import { findNames, suggestNames, type NameSuggestion } from './names';
import type { RecordedAmbiguity } from '../../content/plugins/remark-entity-links';
import { loadQuotePassages } from '../../content/render/quote-passages';
import { normaliseForQuote } from '../../content/render/quote-match';
import { dateAnchor } from './dates';
import {
  eventDrafts,
  profileDrafts,
  quoteDrafts,
  type Draft,
  type EventDraft,
  type ProfileDraft,
  type QuoteDraft,
} from './drafts';
import { knownNames } from './known-names';
import { findQuotes } from './quotes';
import { mergeDecisions, readReviewFile, reviewPath, serialiseReviewFile } from './review-file';
import { MAX_INPUT_BYTES, readSource } from './read-input';
import { parseFrontmatter } from '../../content/read/frontmatter';
import { SLUG, slugify } from './slug';
import { stubFor } from './stubs';
import { provenance } from './provenance';

/** Everything one ingest needs to know. */
export interface IngestOptions {
  /** Absolute path of the raw text file. */
  file: string;
  /** The file as the analyst named it, for messages. */
  displayName: string;
  /** The dossier's content folder (content/, or a test's temporary one). */
  contentDir: string;
  /** Metadata as passed on the command line (raw; cleaned here). */
  metadata: MetadataInput;
  /** The article id; derived from the title when absent. */
  slug?: string | undefined;
  /** Write `_<slug>.mdx`, left out of the build, with TODOs for what is missing. */
  draft?: boolean | undefined;
  /** Replace an existing article (and a seed copy of the same name). */
  force?: boolean | undefined;
  /** Write draft profiles for suggested names. */
  createStubs?: boolean | undefined;
  /** Size limit in bytes (default {@link MAX_INPUT_BYTES}). */
  maxBytes?: number | undefined;
  /** Paths in messages are shown relative to this folder (default: the working directory). */
  cwd?: string | undefined;
  /** The moment the text is received, recorded as its retrieval day (default: now). */
  now?: Date | undefined;
}

/** A stub considered for a suggestion, written or not. */
export interface StubOutcome {
  name: string;
  path: string;
  written: boolean;
  /** Why it was not written. */
  reason?: string;
}

/** What an ingest did (or, for a plan, would do). */
export interface IngestReport {
  slug: string;
  articlePath: string;
  draft: boolean;
  /** An existing article file is replaced (--force). */
  replaces: boolean;
  paragraphs: number;
  words: number;
  language: string;
  languageDetected: boolean;
  summaryFrom: 'option' | 'first paragraph';
  labelFrom: 'option' | 'derived';
  label: string;
  seed: string;
  seedPath: string;
  seedCopied: boolean;
  entities: string[];
  mentions: RecordedMention[];
  suggestions: NameSuggestion[];
  /** Names left unlinked because they could mean two entities ("Trump" after "Melania Trump"). */
  ambiguities: RecordedAmbiguity[];
  /** Drafts proposed for review (not those rejected or accepted before): quotes, events, profiles. */
  quotes: QuoteDraft[];
  events: EventDraft[];
  profiles: ProfileDraft[];
  /** Where the drafts wait for review: content/_review/<slug>.json. */
  reviewPath: string;
  stubs: StubOutcome[];
  /** Options a draft still needs before it can be published. */
  stillMissing: string[];
}

/** The files an ingest will write, and its report. Nothing is written by planning. */
export interface IngestPlan {
  report: IngestReport;
  writes: PlannedWrite[];
  /** The article file's full text. */
  article: string;
}

function countWords(paragraphs: readonly string[], language: string): number {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  } catch {
    segmenter = new Intl.Segmenter('en', { granularity: 'word' });
  }
  let words = 0;
  for (const paragraph of paragraphs) for (const part of segmenter.segment(paragraph)) if (part.isWordLike) words++;
  return words;
}

function isInside(file: string, folder: string): boolean {
  try {
    return dirname(realpathSync(file)) === realpathSync(folder);
  } catch {
    return false;
  }
}

/**
 * Checks that the body reads back as exactly the paragraphs it was made from,
 * as plain text: every ingest proves its own output before writing it.
 */
function assertVerbatim(paragraphs: readonly string[], body: string, name: string) {
  let tree;
  try {
    tree = parseMdx(body);
  } catch (error) {
    throw new IngestError(
      `${name}: internal error, the generated MDX does not parse (${String(error)}); nothing was written.`,
    );
  }
  tree.children.forEach((node, i) => {
    const ok =
      node.type === 'paragraph' &&
      node.children.every((child) => child.type === 'text') &&
      node.children.map((child) => (child.type === 'text' ? child.value : '')).join('') === paragraphs[i];
    if (!ok) {
      throw new IngestError(
        `${name}: internal error, paragraph ${i + 1} would not read back as plain text; nothing was written. Please report it with the file.`,
      );
    }
  });
  if (tree.children.length !== paragraphs.length) {
    throw new IngestError(
      `${name}: internal error, the generated MDX has ${tree.children.length} blocks for ${paragraphs.length} paragraphs; nothing was written.`,
    );
  }
  return tree;
}

/**
 * Checks that the build reads the file back as exactly the frontmatter and
 * body ingest meant (the build's own frontmatter parser, YAML 1.2).
 */
function assertReadsBack(file: string, frontmatter: object, body: string, name: string): void {
  const parsed = parseFrontmatter(file, name);
  // The body keeps a blank line for each frontmatter line; after them comes the blank line ingest writes, then the text.
  const [, blanks = 'x', rest] = /^(\n*)(\n\n[\s\S]*)$/.exec(parsed.body) ?? [];
  if (
    !isDeepStrictEqual(parsed.data, JSON.parse(JSON.stringify(frontmatter))) ||
    blanks.trim() !== '' ||
    rest !== `\n\n${body}`
  ) {
    throw new IngestError(
      `${name}: internal error, Astro would not read the generated frontmatter back as written; nothing was written. Please report it with the options you passed.`,
    );
  }
}

function join_(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Works out everything an ingest will do — reads and checks the text, builds
 * the body and frontmatter, links entities with the site's matcher, finds
 * name suggestions — and refuses (IngestError) before anything is written.
 */
export function planIngest(options: IngestOptions): IngestPlan {
  const name = options.displayName;
  const shown = (path: string) => relative(options.cwd ?? process.cwd(), path) || path;
  const { bytes, text } = readSource(options.file, name, options.maxBytes ?? MAX_INPUT_BYTES);
  const paragraphs = splitParagraphs(text);

  const given: MetadataInput = {
    title: cleanOption('--title', options.metadata.title),
    outlet: cleanOption('--outlet', options.metadata.outlet),
    date: cleanOption('--date', options.metadata.date),
    dateBasis: cleanOption('--date-inferred', options.metadata.dateBasis),
    url: cleanOption('--url', options.metadata.url),
    language: cleanOption('--lang', options.metadata.language),
    label: cleanOption('--label', options.metadata.label),
    summary: cleanOption('--summary', options.metadata.summary),
  };
  const detected = given.language ? undefined : detectLanguage(paragraphs.join('\n'));
  const metadata: MetadataInput = { ...given, language: given.language ?? detected };
  const missing = missingOptions(metadata);
  const draft = options.draft === true;
  if (missing.length > 0 && !draft) {
    const what = missing.map((flag) => (flag === '--lang' ? '--lang (the language could not be detected)' : flag));
    throw new IngestError(
      `${name}: missing ${join_(what)}. Pass e.g. --title "Headline" --outlet "BBC" --date 2026-01-08 --lang en (--outlet ${NOT_STATED} or --date ${NOT_STATED} when the source does not say), or --draft to write a draft to finish by hand.`,
    );
  }

  let slug = cleanOption('--slug', options.slug);
  if (slug !== undefined && !SLUG.test(slug)) {
    throw new IngestError(
      `--slug "${slug}" is not a file name ingest can use: write lower-case letters, digits and hyphens, e.g. petro-bbc-interview.`,
    );
  }
  slug ??= slugify(metadata.title ?? (draft ? basename(options.file, extname(options.file)) : ''));
  if (!slug)
    throw new IngestError(
      `${name}: cannot make a file name from the title; pass --slug, e.g. --slug petro-bbc-interview.`,
    );

  const articlesDir = join(options.contentDir, 'articles');
  const articlePath = join(articlesDir, `${draft ? '_' : ''}${slug}.mdx`);
  const replaces = existsSync(articlePath);
  if (replaces && !options.force) {
    throw new IngestError(
      `${shown(articlePath)} already exists. Pass --force to replace it, or --slug to write another file.`,
    );
  }

  const seedsDir = join(options.contentDir, 'seeds');
  let seed: string;
  let seedPath: string;
  let seedWrite: PlannedWrite | undefined;
  if (isInside(options.file, seedsDir)) {
    seed = basename(options.file);
    seedPath = join(seedsDir, seed);
  } else {
    seed = `${slug}.txt`;
    seedPath = join(seedsDir, seed);
    if (!existsSync(seedPath)) seedWrite = { path: seedPath, data: bytes, replace: false };
    else if (!readFileSync(seedPath).equals(bytes)) {
      if (!options.force) {
        throw new IngestError(
          `${shown(seedPath)} already exists with a different text. Pass --force to replace it, or --slug to use another name.`,
        );
      }
      seedWrite = { path: seedPath, data: bytes, replace: true };
    }
  }

  const body = paragraphsToMdx(paragraphs);
  const tree = assertVerbatim(paragraphs, body, name);
  const language = metadata.language ?? 'und';
  const segmentLanguage = language === 'und' ? 'en' : language;
  const dictionary = loadEntityDictionary(options.contentDir);
  const linked = linkBody(tree, dictionary.matcher, segmentLanguage, slug);
  const entities = entityIds(linked.mentions);
  const known = knownNames(dictionary, slug);
  const suggestions = suggestNames(paragraphs, dictionary.matcher, segmentLanguage, known);

  const frontmatter = {
    ...(draft
      ? buildDraftFrontmatter(metadata, paragraphs, seed, entities)
      : buildFrontmatter(
          { ...metadata, title: metadata.title!, outlet: metadata.outlet!, date: metadata.date!, language },
          paragraphs,
          seed,
          entities,
        )),
    ...provenance(bytes, options.now ?? new Date(), slug, metadata.outlet),
  };
  if (!draft) validateFrontmatter(frontmatter);
  const article = serialiseArticle(
    frontmatter,
    body,
    draft
      ? `Draft written by ingest: left out of the build while its name starts with _. Replace the TODOs, check the summary, then rename it to ${slug}.mdx.`
      : undefined,
  );

  assertReadsBack(article, frontmatter, body, name);

  // Drafts for review: quotes with their speakers, dated events, profiles for new names.
  const names = findNames(paragraphs, segmentLanguage, known);
  // The quotes already in the registry are not proposed again (a dossier being started may have no registry yet).
  const registered = existsSync(join(options.contentDir, 'quotes.yaml'))
    ? (loadQuotePassages(options.contentDir).get(slug) ?? [])
    : [];
  const inRegistry = (draft: QuoteDraft) =>
    registered.some(
      (q) => q.paragraph === draft.paragraph && normaliseForQuote(draft.text).includes(normaliseForQuote(q.text)),
    );
  const fresh: Draft[] = [
    ...quoteDrafts(findQuotes(paragraphs, segmentLanguage, { names, entities: dictionary.entities })).map((d) =>
      inRegistry(d) ? { ...d, status: 'accepted' as const } : d,
    ),
    ...eventDrafts(paragraphs, segmentLanguage, dateAnchor(frontmatter.published), names, dictionary.entities),
    ...profileDrafts(suggestions, dictionary.entities),
  ];
  const drafts = mergeDecisions(fresh, readReviewFile(options.contentDir, slug));
  const proposed = drafts.filter((d) => d.status === 'proposed');
  const review = reviewPath(options.contentDir, slug);

  const stubs: StubOutcome[] = [];
  const stubWrites: PlannedWrite[] = [];
  if (options.createStubs) {
    const taken = new Set<string>();
    for (const suggestion of suggestions) {
      const stub = stubFor(suggestion, slug);
      if (!stub) {
        stubs.push({ name: suggestion.name, path: '', written: false, reason: 'no letters to make an id from' });
        continue;
      }
      const path = join(options.contentDir, stub.folder, stub.file);
      const clash = ENTITY_KINDS.flatMap((kind) =>
        [`${stub.id}.mdx`, `_${stub.id}.mdx`].map((f) => join(options.contentDir, kind, f)),
      ).find((f) => existsSync(f));
      if (clash || taken.has(stub.id)) {
        stubs.push({
          name: suggestion.name,
          path,
          written: false,
          reason: `${clash ?? 'another suggestion'} has the id ${stub.id}`,
        });
        continue;
      }
      taken.add(stub.id);
      stubs.push({ name: suggestion.name, path, written: true });
      stubWrites.push({ path, data: stub.content, replace: false });
    }
  }

  const report: IngestReport = {
    slug,
    articlePath,
    draft,
    replaces,
    paragraphs: paragraphs.length,
    words: countWords(paragraphs, segmentLanguage),
    language,
    languageDetected: detected !== undefined,
    summaryFrom: given.summary ? 'option' : 'first paragraph',
    labelFrom: given.label ? 'option' : 'derived',
    label: frontmatter.label,
    seed,
    seedPath,
    seedCopied: seedWrite !== undefined,
    entities,
    mentions: linked.mentions,
    suggestions,
    ambiguities: linked.ambiguities,
    quotes: proposed.filter((d): d is QuoteDraft => d.kind === 'quote'),
    events: proposed.filter((d): d is EventDraft => d.kind === 'event'),
    profiles: proposed.filter((d): d is ProfileDraft => d.kind === 'profile'),
    reviewPath: review,
    stubs,
    stillMissing: draft ? missing : [],
  };
  const writes = [
    ...(seedWrite ? [seedWrite] : []),
    ...stubWrites,
    { path: review, data: serialiseReviewFile(slug, language, drafts), replace: true },
    { path: articlePath, data: article, replace: options.force === true },
  ];
  return { report, writes, article };
}

/**
 * Plans an ingest and writes its files atomically (seed copy, draft stubs,
 * then the article), unless `dryRun`. Throws IngestError, with nothing
 * written, when the input or the options are refused or a write fails.
 */
export function ingest(options: IngestOptions & { dryRun?: boolean | undefined }): IngestReport {
  const plan = planIngest(options);
  if (options.dryRun) return plan.report;
  try {
    commitWrites(plan.writes);
  } catch (error) {
    const { code, message, path: source, dest } = error as NodeJS.ErrnoException & { dest?: string };
    const failed = dest ?? source; // link() reports the temporary file as path and the target as dest
    const path = failed && relative(options.cwd ?? process.cwd(), failed);
    if (code === 'EEXIST') {
      throw new IngestError(
        `${path ?? 'a target file'} appeared while ingest was writing; nothing was written. Run it again (with --force to replace it).`,
      );
    }
    throw new IngestError(
      `could not write ${path ?? 'the files'} (${code ?? message}); the article was not written. Check the folder's permissions and free space.`,
    );
  }
  return plan.report;
}
