import type { Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type { Ambiguity, MentionMatcher } from '../render/mention-matcher';
import { sentenceAt } from '../../shared/sentences';
import type { ParagraphData } from './remark-paragraph-anchors';

/** One mention as recorded in an article's data: which entity, where, in which sentence. */
export interface RecordedMention {
  entity: string;
  /** 1-based paragraph number (as anchored by remark-paragraph-anchors). */
  paragraph: number;
  /** The words as written in the article. */
  text: string;
  /** The whole sentence the mention stands in. */
  sentence: string;
}

/** Options of {@link remarkEntityLinks}. */
export interface EntityLinkOptions {
  /** The matcher of known names and aliases; called once per file, so it may be rebuilt lazily. */
  matcher: () => MentionMatcher;
  /** The URL of an entity's profile. */
  href: (entity: string) => string;
  /** Which files are source articles; others are left alone. Default: every file. */
  include?: (file: VFile) => boolean;
  /** The text's language, for sentence splitting and the matcher's rules. Default: the frontmatter `language`, else "en". */
  language?: (file: VFile) => string;
  /** The article's id, for common-word names that link only in the articles their profile cites. Default: none. */
  article?: (file: VFile) => string | undefined;
}

/** A name that could mean more than one entity, left unlinked, as recorded in an article's data. */
export interface RecordedAmbiguity extends Pick<Ambiguity, 'text' | 'candidates'> {
  paragraph: number;
}

/** Nodes inside which a name is never turned into a link. */
const SKIP = new Set([
  'link',
  'linkReference',
  'heading',
  'inlineCode',
  'code',
  'mdxJsxTextElement',
  'mdxJsxFlowElement',
]);

/**
 * Links mentions of known entities in article paragraphs to their profiles
 * and records every mention (entity, paragraph, words, sentence) in the file's
 * frontmatter data as `mentions`, and the names it left unlinked because they
 * could mean two entities as `ambiguities`. Each paragraph is matched whole,
 * by one matcher reader per article (see MentionMatcher for the link rules).
 * Must run after remark-paragraph-anchors, whose paragraph numbers it reuses.
 * Never links inside an existing link or a heading.
 */
export default function remarkEntityLinks(options: EntityLinkOptions) {
  const include = options.include ?? (() => true);
  return (tree: Root, file: VFile) => {
    if (!include(file)) return;
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    const language =
      options.language?.(file) ?? (typeof astro.frontmatter?.language === 'string' ? astro.frontmatter.language : 'en');
    const reader = options.matcher().reader({ language, article: options.article?.(file) });
    const mentions: RecordedMention[] = [];
    const ambiguities: RecordedAmbiguity[] = [];

    for (const block of tree.children) {
      if (block.type !== 'paragraph') continue;
      const paragraph = block as Paragraph & { data?: ParagraphData };
      const number = paragraph.data?.paragraph;
      if (number === undefined) continue;
      // The whole paragraph is matched at once, so that the words around a name count ("Melania Trump").
      const plain = textWithOffsets(paragraph);
      const seen = reader.ambiguities.length;
      const matches = reader.find(plain.text);
      ambiguities.push(
        ...reader.ambiguities.slice(seen).map(({ text, candidates }) => ({ paragraph: number, text, candidates })),
      );
      if (matches.length === 0) continue;
      const replacements: Array<{ node: Text; parent: Paragraph | PhrasingContent; parts: PhrasingContent[] }> = [];

      visitParents(paragraph, 'text', (node, ancestors) => {
        if (ancestors.some((a) => SKIP.has(a.type))) return;
        const offset = plain.offsets.get(node) ?? 0;
        // The mentions wholly inside this text node; one that runs across two nodes is not linked.
        const inside = matches.filter((m) => m.start >= offset && m.end <= offset + node.value.length);
        if (inside.length === 0) return;
        const parts: PhrasingContent[] = [];
        let cursor = 0;
        for (const match of inside) {
          const start = match.start - offset;
          if (start > cursor) parts.push({ type: 'text', value: node.value.slice(cursor, start) });
          const link: Link = {
            type: 'link',
            url: options.href(match.entity),
            children: [{ type: 'text', value: match.text }],
            data: { hProperties: { className: ['mention'], dataEntity: match.entity } },
          };
          parts.push(link);
          cursor = match.end - offset;
          mentions.push({
            entity: match.entity,
            paragraph: number,
            text: match.text,
            sentence: sentenceAt(plain.text, match.start, language).text,
          });
        }
        if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) });
        replacements.push({ node, parent: ancestors.at(-1) as Paragraph, parts });
      });

      for (const { node, parent, parts } of replacements) {
        const children = (parent as Paragraph).children;
        children.splice(children.indexOf(node), 1, ...parts);
      }
    }
    astro.frontmatter = { ...astro.frontmatter, mentions, ...(ambiguities.length > 0 ? { ambiguities } : {}) };
  };
}

/** The paragraph's plain text and where each text node starts in it. */
function textWithOffsets(paragraph: Paragraph): { text: string; offsets: Map<Text, number> } {
  const offsets = new Map<Text, number>();
  let text = '';
  visitParents(paragraph, (node) => {
    if (node.type === 'text') offsets.set(node, text.length);
    if ('value' in node && typeof node.value === 'string') text += node.value;
  });
  return { text, offsets };
}
