import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { parseMdx } from '../../content/render/article-text';
import { loadEntityDictionary } from '../../content/render/entity-dictionary';
import { findQuote } from '../../content/render/quote-match';
import { parseFrontmatter } from '../../content/read/frontmatter';
import type { Draft } from '../ingest/drafts';
import { readReviewFile, REVIEW_FOLDER } from '../ingest/review-file';

/** A paragraph cut around the words a draft is about, to show them marked beside it. */
export interface MarkedParagraph {
  before: string;
  marked: string;
  after: string;
}

/** One draft as the review view shows it. */
export interface DraftView {
  draft: Draft;
  /** "Quote", "Event", "Person" … */
  label: string;
  /** What the draft proposes, in one line. */
  summary: string;
  /** What else to check, line by line (speaker and how it was found, date and its reasoning, role). */
  details: string[];
  /** The source paragraph with the draft's words marked. */
  paragraph: MarkedParagraph;
  /** For a quote: the speaker's profile id to prefill, and whether an English translation is needed. */
  speaker?: string | undefined;
  needsTranslation: boolean;
  /** For an event or profile: the name to prefill. */
  name?: string | undefined;
}

/** An article with drafts waiting. */
export interface ArticleReview {
  article: string;
  title: string;
  language: string;
  /** The drafts still proposed, in paragraph order. */
  drafts: DraftView[];
  /** How many drafts were already accepted and rejected. */
  accepted: number;
  rejected: number;
  /** The article is still a `_` draft: its drafts cannot be accepted yet. */
  unpublished: boolean;
}

/** The profiles a quote's speaker can be, for the form's list. */
export interface SpeakerOption {
  id: string;
  name: string;
}

function mark(paragraph: string, words: string): MarkedParagraph {
  const range = findQuote(words, paragraph);
  if (!range) return { before: paragraph, marked: '', after: '' };
  return {
    before: paragraph.slice(0, range.start),
    marked: paragraph.slice(range.start, range.end),
    after: paragraph.slice(range.end),
  };
}

function describe(draft: Draft): Pick<DraftView, 'label' | 'summary' | 'details'> {
  switch (draft.kind) {
    case 'quote': {
      const who =
        draft.speaker === null
          ? 'No speaker: the text names none'
          : 'entity' in draft.speaker
            ? `Speaker: ${draft.speaker.entity}`
            : `Speaker: ${draft.speaker.name}, who has no profile yet (accept the profile first)`;
      return {
        label: 'Quote',
        summary: `“${draft.text}”`,
        details: [`${who}${draft.cue ? ` (“${draft.cue}”)` : ''}.`, `Found by the rule “${draft.rule}”.`],
      };
    }
    case 'event':
      return {
        label: 'Event',
        summary: `${draft.date} — ${draft.name}`,
        details: [
          `Date as written: “${draft.text}”; EDTF ${draft.date}.`,
          ...(draft.reasoning ? [draft.reasoning] : ['The text states the date in full.']),
          ...(draft.participants.length ? [`Participants: ${draft.participants.join(', ')}.`] : []),
          ...(draft.location ? [`Location: ${draft.location}.`] : []),
        ],
      };
    case 'profile': {
      const label = { people: 'Person', organizations: 'Organisation', places: 'Place' }[draft.folder];
      return {
        label,
        summary: draft.name,
        details: [
          ...(draft.aliases.length ? [`Also written: ${draft.aliases.join(', ')}.`] : []),
          ...(draft.role
            ? [
                `Role: ${draft.role.phrase ?? draft.role.title}${draft.role.of && !draft.role.phrase ? ` of ${draft.role.of}` : ''}.`,
              ]
            : []),
          ...(draft.type ? [`Type: ${draft.type}${draft.countryCode ? ` (${draft.countryCode})` : ''}.`] : []),
          `Named ${draft.count} time${draft.count === 1 ? '' : 's'}.`,
        ],
      };
    }
  }
}

/** The words of a draft to mark in its paragraph. */
function wordsOf(draft: Draft): string {
  return draft.kind === 'profile' ? draft.name : draft.text;
}

/** An article's paragraphs and title, published or still a `_` draft. */
function readArticle(
  contentDir: string,
  article: string,
): { title: string; paragraphs: string[]; unpublished: boolean } | undefined {
  for (const [file, unpublished] of [
    [`${article}.mdx`, false],
    [`_${article}.mdx`, true],
  ] as const) {
    const path = join(contentDir, 'articles', file);
    if (!existsSync(path)) continue;
    const { data, body } = parseFrontmatter(readFileSync(path, 'utf8'), `content/articles/${file}`);
    const paragraphs = parseMdx(body)
      .children.filter((node) => node.type === 'paragraph')
      .map((node) => toString(node));
    return { title: typeof data.title === 'string' ? data.title : article, paragraphs, unpublished };
  }
  return undefined;
}

/** Every article with drafts in content/_review/, each with its proposed drafts beside their paragraphs. */
export function reviewView(contentDir: string): { articles: ArticleReview[]; speakers: SpeakerOption[] } {
  const folder = join(contentDir, REVIEW_FOLDER);
  const ids = existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -5))
        .sort()
    : [];
  const articles = ids.flatMap((id): ArticleReview[] => {
    const file = readReviewFile(contentDir, id);
    const article = readArticle(contentDir, id);
    if (!file || !article) return [];
    const drafts = file.drafts
      .filter((d) => d.status === 'proposed')
      .sort((a, b) => a.paragraph - b.paragraph)
      .map((draft): DraftView => {
        const paragraph = article.paragraphs[draft.paragraph - 1] ?? '';
        return {
          draft,
          ...describe(draft),
          paragraph: mark(paragraph, wordsOf(draft)),
          ...(draft.kind === 'quote' && draft.speaker && 'entity' in draft.speaker
            ? { speaker: draft.speaker.entity }
            : {}),
          needsTranslation: draft.kind === 'quote' && file.language !== 'en',
          ...(draft.kind === 'event' || draft.kind === 'profile' ? { name: draft.name } : {}),
        };
      });
    return [
      {
        article: id,
        title: article.title,
        language: file.language,
        drafts,
        accepted: file.drafts.filter((d) => d.status === 'accepted').length,
        rejected: file.drafts.filter((d) => d.status === 'rejected').length,
        unpublished: article.unpublished,
      },
    ];
  });
  const speakers = loadEntityDictionary(contentDir)
    .entities.filter((e) => e.kind === 'people' || e.kind === 'organizations' || e.kind === 'places')
    .map((e) => ({ id: e.id, name: e.name }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return { articles, speakers };
}
