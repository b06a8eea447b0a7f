import { basename } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkEntityLinks from '../plugins/remark-entity-links';
import remarkForbidCode from '../plugins/remark-forbid-code';
import remarkParagraphAnchors from '../plugins/remark-paragraph-anchors';
import remarkQuotedPassages from '../plugins/remark-quoted-passages';
import { loadEntityDictionary } from './entity-dictionary';
import { loadQuotePassages } from './quote-passages';
import type { SiteUrls } from '../../identity/urls';
import { byCodePoint } from '../../shared/order';

/**
 * Changes whenever the pipeline below renders differently: part of every
 * cached article's key, so that no rendering from an earlier pipeline is reused.
 */
const PIPELINE_VERSION = 4;

/** An article rendered once at content sync: its HTML, and the data its plugins recorded. */
export interface RenderedArticle {
  html: string;
  metadata: { frontmatter: Record<string, unknown> };
}

/**
 * Renders source articles with the site's article pipeline: MDX parsed as
 * text only (no code, no components), paragraphs anchored, quoted passages
 * marked, entity mentions linked and recorded. Articles are rendered here,
 * once per change, rather than as one MDX module each that Vite compiles and
 * every build executes: that is what keeps large dossiers fast (see docs/performance.md,
 * "What dominates"). `fingerprint` changes whenever a name, an alias or a quote
 * changes, so cached articles are rendered again when their links would differ.
 */
export function createArticleRenderer(contentDir: string, urls: SiteUrls) {
  const dictionary = loadEntityDictionary(contentDir);
  const passages = loadQuotePassages(contentDir);
  const citedBy = new Map<string, string[]>();
  for (const entity of dictionary.entities) {
    for (const article of entity.citedArticles) citedBy.set(article, [...(citedBy.get(article) ?? []), entity.id]);
  }
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkForbidCode, { allowComponents: [] })
    // Each paragraph is a search result of its own (a Pagefind sub-result: an element with an id and a title).
    .use(remarkParagraphAnchors, {
      anchor: urls.paragraphAnchor,
      properties: (n) => ({ 'data-pagefind-title': `¶${n}` }),
    })
    .use(remarkQuotedPassages, { passages: (file) => passages.get(basename(file.path, '.mdx')) ?? [] })
    .use(remarkEntityLinks, {
      matcher: () => dictionary.matcher,
      href: (id: string) => urls.entity(dictionary.kindOf.get(id)!, id),
      language: (file) => String((file.data as { language?: string }).language ?? 'en'),
      article: (file) => basename(file.path, '.mdx'),
    })
    .use(remarkRehype)
    .use(rehypeStringify);

  return {
    /** The names and aliases mentions are matched against. */
    dictionary,
    /**
     * Names, aliases, quoted passages and the site's base path (every link to a profile starts with it): what an
     * article's rendering depends on besides its own text.
     */
    fingerprint: JSON.stringify([
      PIPELINE_VERSION,
      urls.home(),
      dictionary.entities.map((e) => [e.id, e.kind, e.name, e.aliases, e.names, e.roleTitles]),
      [...passages].sort(([a], [b]) => byCodePoint(a, b)),
    ]),
    /**
     * What one article's rendering depends on besides the fingerprint: the
     * profiles that cite it, whose common-word names link in it alone. A new
     * citation re-renders the article it cites, not every article.
     */
    articleFingerprint: (id: string) => (citedBy.get(id) ?? []).join(' '),
    /** Renders one article body; throws a VFile message with file, line and column for code in the text. */
    async render(path: string, body: string, language: string): Promise<RenderedArticle> {
      const file = new VFile({ path, value: body, data: { language } });
      const html = String(await processor.process(file));
      const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
      return { html, metadata: { frontmatter } };
    },
  };
}
