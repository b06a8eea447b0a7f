import type { Root } from 'mdast';
import { VFile } from 'vfile';
import remarkEntityLinks, {
  type RecordedAmbiguity,
  type RecordedMention,
} from '../../content/plugins/remark-entity-links';
import remarkParagraphAnchors from '../../content/plugins/remark-paragraph-anchors';
import type { MentionMatcher } from '../../content/render/mention-matcher';

/** What the site's own plugins record for an article body. */
export interface LinkedBody {
  /** Each paragraph's text as the site reads it back (anchored p-1, p-2 …). */
  paragraphs: string[];
  /** Every mention the site links, in order. */
  mentions: RecordedMention[];
  /** The names it left unlinked because they could mean two entities. */
  ambiguities: RecordedAmbiguity[];
}

/**
 * Runs the site's paragraph-anchor and entity-link plugins on a parsed
 * article body, exactly as the build does (same matcher, paragraph by
 * paragraph, text nodes only, never inside links or headings), and returns
 * what they record. There is one mention matcher; this is it.
 */
export function linkBody(tree: Root, matcher: MentionMatcher, language: string, article?: string): LinkedBody {
  const file = new VFile({ path: 'ingest.mdx' });
  remarkParagraphAnchors()(tree, file);
  remarkEntityLinks({
    matcher: () => matcher,
    href: (id) => `#${id}`,
    language: () => language,
    article: () => article,
  })(tree, file);
  const frontmatter = (file.data as { astro?: { frontmatter?: Partial<LinkedBody> } }).astro?.frontmatter;
  return {
    paragraphs: frontmatter?.paragraphs ?? [],
    mentions: frontmatter?.mentions ?? [],
    ambiguities: frontmatter?.ambiguities ?? [],
  };
}

/** The ids of the entities mentioned, sorted and each once: the article's `entities` list. */
export function entityIds(mentions: readonly RecordedMention[]): string[] {
  return [...new Set(mentions.map((m) => m.entity))].sort();
}
