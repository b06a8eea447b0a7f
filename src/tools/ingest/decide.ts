import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { Document } from 'yaml';
import { parseMdx } from '../../content/render/article-text';
import { loadEntityDictionary } from '../../content/render/entity-dictionary';
import { findQuote } from '../../content/render/quote-match';
import { checkSummary } from '../../content/render/summary-citations';
import { parseFrontmatter } from '../../content/read/frontmatter';
import { readRegistry } from '../../content/read/registry';
import { formatCitation } from '../../schemas/citation';
import { ENTITY_KINDS } from '../../schemas/entity';
import { KINDS } from '../../schemas/kinds';
import { quoteSchema } from '../../schemas/quote';
import { nameKey } from '../../shared/name-key';
import { allNames } from '../../identity/names';
import type { PlannedWrite } from './atomic-write';
import type { Draft, EventDraft, ProfileDraft, QuoteDraft } from './drafts';
import { IngestError } from './errors';
import { frontmatterYaml } from './metadata';
import { readReviewFile, reviewPath, serialiseReviewFile } from './review-file';
import { slugify } from './slug';

/** What the analyst may change while accepting: the speaker, a translation, the name or id of the new entry. */
export interface DecisionEdits {
  /** The profile id of the speaker, when the draft has none or the wrong one. */
  speaker?: string | undefined;
  /** The English translation a quote not in English needs. */
  translation?: string | undefined;
  /** The event's or profile's name. */
  name?: string | undefined;
  /** The id (file name) of the new quote, event or profile. */
  id?: string | undefined;
}

/** One decision on one draft. */
export interface DecisionRequest {
  contentDir: string;
  article: string;
  draft: string;
  decision: 'accept' | 'reject';
  edits?: DecisionEdits | undefined;
}

/** What a decision writes, and what to tell the analyst. */
export interface DecisionPlan {
  writes: PlannedWrite[];
  /** The entry written on accepting: content/quotes.yaml#<id>, or the new profile's file. */
  entry?: { path: string; id: string } | undefined;
  message: string;
}

/** The article's paragraphs as the site reads them (the MDX body's paragraphs as text). */
function articleParagraphs(contentDir: string, article: string): string[] {
  const path = join(contentDir, 'articles', `${article}.mdx`);
  if (!existsSync(path)) {
    throw new IngestError(
      `content/articles/${article}.mdx does not exist${existsSync(join(contentDir, 'articles', `_${article}.mdx`)) ? ' yet (it is still a _ draft: finish it and rename it first)' : ''}: an entry can only cite a published article.`,
    );
  }
  const { body } = parseFrontmatter(readFileSync(path, 'utf8'), `content/articles/${article}.mdx`);
  return parseMdx(body)
    .children.filter((node) => node.type === 'paragraph')
    .map((node) => toString(node));
}

/** Every id in use by a profile (published or a _ draft) of any kind. */
function idTaken(contentDir: string, id: string): string | undefined {
  for (const kind of ENTITY_KINDS) {
    for (const file of [`${id}.mdx`, `_${id}.mdx`])
      if (existsSync(join(contentDir, kind, file))) return `content/${kind}/${file}`;
  }
  return undefined;
}

/** A free id from a name: the slug, or the slug with -2, -3 … */
function freeId(base: string, taken: (id: string) => boolean): string {
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** The body of a new profile: one sentence quoting the source, cited; serialised through mdast so the words stay text. */
function citedBody(lead: string, sentence: string, citation: string): string {
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: `${lead} “${sentence.replace(/[.!?…]+$/u, '')}”.` },
          {
            type: 'mdxJsxTextElement',
            name: 'Cite',
            attributes: [{ type: 'mdxJsxAttribute', name: 'to', value: citation }],
            children: [],
          },
        ],
      },
    ],
  };
  return toMarkdown(tree, { extensions: [mdxToMarkdown()] });
}

/** Checks a profile's data with its kind's schema and its body's citations; throws what is wrong, for the analyst. */
function assertBuilds(
  kind: (typeof ENTITY_KINDS)[number],
  data: object,
  body: string,
  paragraphs: number,
  article: string,
) {
  const result = KINDS[kind].schema.safeParse(data);
  if (!result.success) {
    throw new IngestError(
      `the drafted ${kind} profile would not build: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const summary = checkSummary(body);
  if (summary.uncited.length > 0)
    throw new IngestError(`the drafted profile's text has an uncited sentence: "${summary.uncited[0]!.text}"`);
  for (const c of summary.citations) {
    const paragraph = Number(c.to.split('#p-')[1]);
    if (!c.to.startsWith(`${article}#p-`) || paragraph > paragraphs)
      throw new IngestError(`the drafted profile cites ${c.to}, which does not exist.`);
  }
}

/** The review file with one draft's status changed. */
function reviewWrite(
  contentDir: string,
  article: string,
  language: string,
  drafts: readonly Draft[],
  id: string,
  status: Draft['status'],
): PlannedWrite {
  const updated = drafts.map((d) => (d.id === id ? ({ ...d, status } as Draft) : d));
  return {
    path: reviewPath(contentDir, article),
    data: serialiseReviewFile(article, language, updated),
    replace: true,
  };
}

/**
 * Plans one review decision on one draft, and checks it before anything is
 * written. Rejecting marks the draft rejected in the review file, so ingesting
 * the article again does not propose it. Accepting writes a normal entry with
 * its citation — a quote appended to content/quotes.yaml, or a new profile
 * content/events/<id>.mdx or content/<kind>/<id>.mdx — checked as the build
 * checks it (schema, word-for-word quote, cited sentences, no name another
 * profile has), and marks the draft accepted. Throws IngestError, with
 * nothing written, when the draft is unknown or decided, or the entry would
 * not build.
 */
export function planDecision(request: DecisionRequest): DecisionPlan {
  const { contentDir, article } = request;
  const file = readReviewFile(contentDir, article);
  if (!file) {
    throw new IngestError(
      `there are no drafts for the article "${article}" (no content/_review/${article}.json). Ingest the article first.`,
    );
  }
  const draft = file.drafts.find((d) => d.id === request.draft);
  if (!draft) {
    const known = file.drafts.filter((d) => d.status === 'proposed').map((d) => d.id);
    throw new IngestError(
      `the article "${article}" has no draft "${request.draft}". Proposed drafts: ${known.join(', ') || 'none'} (npm run review -- list ${article}).`,
    );
  }
  if (draft.status !== 'proposed') throw new IngestError(`the draft ${draft.id} was already ${draft.status}.`);
  if (request.decision === 'reject') {
    return {
      writes: [reviewWrite(contentDir, article, file.language, file.drafts, draft.id, 'rejected')],
      message: `rejected ${draft.id}: it will not be proposed again for ${article}.`,
    };
  }
  const paragraphs = articleParagraphs(contentDir, article);
  const paragraph = paragraphs[draft.paragraph - 1];
  if (paragraph === undefined)
    throw new IngestError(`the article "${article}" has no paragraph ${draft.paragraph} any more; ingest it again.`);
  const citation = formatCitation(article, draft.paragraph);
  const edits = request.edits ?? {};
  const accepted = (entry: { path: string; id: string }, extra: PlannedWrite[], message: string): DecisionPlan => ({
    writes: [...extra, reviewWrite(contentDir, article, file.language, file.drafts, draft.id, 'accepted')],
    entry,
    message,
  });
  switch (draft.kind) {
    case 'quote':
      return acceptQuote(draft, { contentDir, article, language: file.language, paragraph, citation, edits }, accepted);
    case 'event':
      return acceptEvent(draft, { contentDir, article, paragraphs: paragraphs.length, citation, edits }, accepted);
    case 'profile':
      return acceptProfile(draft, { contentDir, article, paragraphs: paragraphs.length, citation, edits }, accepted);
  }
}

type Accepted = (entry: { path: string; id: string }, extra: PlannedWrite[], message: string) => DecisionPlan;

function acceptQuote(
  draft: QuoteDraft,
  at: {
    contentDir: string;
    article: string;
    language: string;
    paragraph: string;
    citation: string;
    edits: DecisionEdits;
  },
  accepted: Accepted,
): DecisionPlan {
  const speaker =
    at.edits.speaker?.trim() || (draft.speaker && 'entity' in draft.speaker ? draft.speaker.entity : undefined);
  if (!speaker) {
    const who =
      draft.speaker && 'name' in draft.speaker
        ? `"${draft.speaker.name}", who has no profile yet`
        : 'nobody the text names';
    throw new IngestError(
      `the quote's speaker is ${who}: accept a profile for the speaker first, or give the speaker's profile id (--speaker in npm run review).`,
    );
  }
  if (!idTaken(at.contentDir, speaker)?.endsWith(`/${speaker}.mdx`)) {
    throw new IngestError(
      `there is no profile "${speaker}" to be the speaker: give the id of a published profile, e.g. gustavo-petro.`,
    );
  }
  if (!findQuote(draft.text, at.paragraph))
    throw new IngestError(`the words are no longer in ${at.citation}; ingest the article again.`);
  const registryPath = join(at.contentDir, 'quotes.yaml');
  const exists = existsSync(registryPath);
  const ids = new Set(exists ? readRegistry(registryPath, 'quote').entries.map(([id]) => id) : []);
  const base =
    at.edits.id?.trim() ||
    slugify(`${speaker.split('-').at(-1)} ${draft.text.split(/\s+/u).slice(0, 6).join(' ')}`, 50);
  if (at.edits.id && ids.has(base))
    throw new IngestError(`content/quotes.yaml already has a quote "${base}": choose another id.`);
  const id = freeId(base, (candidate) => ids.has(candidate));
  const translation = at.edits.translation?.trim();
  if (at.language !== 'en' && !translation) {
    throw new IngestError(
      `the quote is in "${at.language}": give its English translation (--translation in npm run review), as every quote not in English has one.`,
    );
  }
  const entry = {
    speaker,
    text: draft.text,
    cite: at.citation,
    language: at.language,
    ...(translation ? { translation } : {}),
    context: {},
    about: [],
  };
  const parsed = quoteSchema.safeParse(entry);
  if (!parsed.success)
    throw new IngestError(
      `the quote would not build: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const block = new Document({ [id]: entry }).toString({
    lineWidth: 0,
    defaultStringType: 'QUOTE_SINGLE',
    defaultKeyType: 'PLAIN',
  });
  const before = exists ? readFileSync(registryPath, 'utf8') : '';
  const text = `${before ? `${before.replace(/\n*$/u, '\n')}\n` : ''}# Accepted in review from ${at.citation}.\n${block}`;
  return accepted(
    { path: registryPath, id },
    [{ path: registryPath, data: text, replace: exists }],
    `added the quote ${id} (${speaker}, ${at.citation}) to content/quotes.yaml.`,
  );
}

function acceptEvent(
  draft: EventDraft,
  at: { contentDir: string; article: string; paragraphs: number; citation: string; edits: DecisionEdits },
  accepted: Accepted,
): DecisionPlan {
  const name = at.edits.name?.trim() || draft.name;
  const id = entryId(at.contentDir, name, at.edits.id);
  const dictionary = loadEntityDictionary(at.contentDir);
  const exists = (entity: string) => dictionary.kindOf.has(entity);
  const data = {
    name,
    aliases: [],
    date: { edtf: draft.date, cite: at.citation, ...(draft.reasoning ? { inferred: draft.reasoning } : {}) },
    ...(draft.location && exists(draft.location) ? { location: { ref: draft.location, cite: at.citation } } : {}),
    participants: draft.participants.filter(exists).map((ref) => ({ ref, cite: at.citation })),
    relations: [],
  };
  const body = citedBody('The source reports:', draft.sentence, at.citation);
  assertBuilds('events', data, body, at.paragraphs, at.article);
  assertNamesFree(dictionary, [name], id);
  const path = join(at.contentDir, 'events', `${id}.mdx`);
  const comment = `Accepted in review from ${at.citation}: check the name, the date and its note, and write the event's text from the sources.`;
  return accepted(
    { path, id },
    [{ path, data: `---\n${frontmatterYaml(data, comment)}---\n\n${body}`, replace: false }],
    `wrote content/events/${id}.mdx (${draft.date}, ${at.citation}).`,
  );
}

function acceptProfile(
  draft: ProfileDraft,
  at: { contentDir: string; article: string; paragraphs: number; citation: string; edits: DecisionEdits },
  accepted: Accepted,
): DecisionPlan {
  const name = at.edits.name?.trim() || draft.name;
  const id = entryId(at.contentDir, name, at.edits.id);
  const dictionary = loadEntityDictionary(at.contentDir);
  const aliases = draft.aliases.filter((alias) => nameKey(alias) !== nameKey(name));
  const base = { name, aliases };
  let data: object;
  switch (draft.folder) {
    case 'people': {
      const of = draft.role?.of && dictionary.kindOf.has(draft.role.of) ? draft.role.of : undefined;
      // The role in the source's words; what it is held in is a link when the dossier has a profile for it.
      const title = draft.role ? (of ? draft.role.title : (draft.role.phrase ?? draft.role.title)) : undefined;
      data = { ...base, roles: title ? [{ title, ...(of ? { of } : {}), cite: at.citation }] : [], relations: [] };
      break;
    }
    case 'organizations':
    case 'places': {
      const what = draft.folder === 'places' ? 'place' : 'organisation';
      const type = draft.type
        ? {
            value: draft.type,
            cite: at.citation,
            ...(draft.countryCode
              ? {
                  inferred: `The source names ${name}; its ISO 3166 code ${draft.countryCode} (i18n-iso-countries) says it is a country.`,
                }
              : {}),
          }
        : {
            value: what,
            cite: at.citation,
            inferred: `The source names ${name} without saying what kind of ${what} it is; ingest recorded only that it is one.`,
          };
      data = { ...base, type, ...(draft.countryCode ? { countryCode: draft.countryCode } : {}), relations: [] };
      break;
    }
  }
  const body = citedBody(`${name} is named in the source:`, draft.sentence, at.citation);
  assertBuilds(draft.folder, data, body, at.paragraphs, at.article);
  assertNamesFree(dictionary, [name, ...aliases], id);
  const path = join(at.contentDir, draft.folder, `${id}.mdx`);
  const comment = `Accepted in review from ${at.citation}: check the kind, the name and the aliases, add relations, and write the profile's text from the sources.`;
  return accepted(
    { path, id },
    [{ path, data: `---\n${frontmatterYaml(data, comment)}---\n\n${body}`, replace: false }],
    `wrote content/${draft.folder}/${id}.mdx (${at.citation}).`,
  );
}

/** The id of a new profile: the one asked for, checked, or one made from its name. */
function entryId(contentDir: string, name: string, asked: string | undefined): string {
  const wanted = asked?.trim();
  if (wanted) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(wanted))
      throw new IngestError(`"${wanted}" is not an id: write lower-case words joined by hyphens, e.g. ricardo-roa.`);
    const taken = idTaken(contentDir, wanted);
    if (taken) throw new IngestError(`${taken} already has the id "${wanted}": choose another.`);
    return wanted;
  }
  const base = slugify(name);
  if (!base) throw new IngestError(`"${name}" has no letters to make an id from: give one.`);
  return freeId(base, (id) => idTaken(contentDir, id) !== undefined);
}

/** A new profile's names must be no other profile's (the build's rule): say whose they are. */
function assertNamesFree(dictionary: ReturnType<typeof loadEntityDictionary>, names: readonly string[], id: string) {
  for (const name of names) {
    const owner = dictionary.entities.find(
      (e) => e.id !== id && allNames(e).some((known) => nameKey(known) === nameKey(name)),
    );
    if (owner)
      throw new IngestError(
        `"${name}" is already a name of ${owner.id} (content/${owner.kind}/${owner.id}.mdx): it is not a new profile. Reject the draft, or add what is new to that profile by hand.`,
      );
  }
}
