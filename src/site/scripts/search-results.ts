import { fold } from '../../shared/fold';
import { NAMES_SEPARATOR, nameKey } from '../../shared/name-key';

/** The parts of a Pagefind result document this page reads. */
export interface PagefindDocument {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
  /** Every element of the page with an id: its text (for a paragraph) and the word it starts at. */
  anchors?: Array<{ id: string; text?: string; element?: string; location?: number }>;
  /** The page's indexed text. */
  content?: string;
}

/** The text of an anchored element: as Pagefind recorded it, or the page's words from it to the next anchor. */
function anchorText(doc: PagefindDocument, id: string): string | undefined {
  const anchors = doc.anchors ?? [];
  const index = anchors.findIndex((anchor) => anchor.id === id);
  const anchor = anchors[index];
  if (!anchor) return undefined;
  if (anchor.text) return anchor.text;
  if (anchor.location === undefined || !doc.content) return undefined;
  const next = anchors.slice(index + 1).find((a) => (a.location ?? 0) > anchor.location!)?.location;
  return doc.content.split(/\s+/).slice(anchor.location, next).join(' ') || undefined;
}

/** The id of the element holding a profile's summary (ProfilePage.astro), whose sentences are its excerpt. */
export const SUMMARY_ANCHOR = 'summary-text';

/** A part of a page Pagefind found the words in: a paragraph (an element with an id and a title), or the page's start. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations?: Array<{ weight: number; balanced_score: number; location: number }>;
  anchor?: { id: string; text?: string; element?: string };
}

/** A piece of an excerpt: plain text, marked when it is a matched word. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** One result as the page shows it. */
export interface SearchHit {
  /** A source paragraph, a registered quote or claim, or a whole page (a profile, an article's title and summary). */
  type: 'paragraph' | 'quote' | 'claim' | 'page';
  url: string;
  title: string;
  /** Kind, outlet, date … joined for the line under the title. */
  details: string;
  excerpt: ExcerptPart[];
  /** The text the words were found in, for the phrase check. */
  text: string;
  /** The page's place in Pagefind's ranking (0 first). */
  pageRank: number;
  /** How strongly this part of the page matched, among the parts of one page. */
  strength: number;
  /** A profile's names, aliases and roles, as typed keys (see nameKey). */
  names: string[];
  /** For the last paragraph shown of an article: how many more paragraphs matched, and where they are. */
  more?: { count: number; url: string };
}

/** Paragraphs shown per article before the rest are only counted. */
export const PARAGRAPHS_PER_ARTICLE = 3;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'" };

/**
 * Splits Pagefind's excerpt (text with <mark> around matched words) into
 * plain-text parts, entities decoded. The page builds text nodes and <mark>
 * elements from these parts and never parses the excerpt as HTML, so nothing
 * in an indexed page can become markup in the results.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (text: string) => text.replace(/&(lt|gt|amp|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      return marked ? { text: decode(marked[1]!), marked: true } : { text: decode(part), marked: false };
    });
}

/** Words too common to decide whether a text holds a query's words. */
const STOPWORDS = new Set(
  'a an and are as at be by for from has have he her his in is it its of on or that the their to was were which who will with'.split(
    ' ',
  ),
);

/** A word as matching compares it: folded, without the punctuation around it. */
const wordKey = (word: string) => fold(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Text as the phrase check compares it: folded words separated by single spaces, with a space at each end. */
export function phraseKey(text: string): string {
  return ` ${fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** The query without the double quotes that ask Pagefind for the exact phrase. */
export function unquoted(query: string): string {
  return query.trim().replace(/^"(.*)"$/s, '$1');
}

/**
 * The sentence of `text` that holds most of the matched words, with those
 * words marked: what a reader recognises, rather than a window of thirty
 * words cut mid-sentence. Matched words are the forms Pagefind marked in its
 * excerpt (it matches stems: "dominate" finds "dominating") and words starting
 * with a query word.
 */
export function sentenceExcerpt(text: string, marked: ReadonlySet<string>, query: string): ExcerptPart[] {
  const phrase = phraseKey(unquoted(query)).trim().split(' ').filter(Boolean);
  const terms = phrase.filter((term) => term.length > 1 && !STOPWORDS.has(term));
  const isMatch = (word: string) => {
    const key = wordKey(word);
    return key !== '' && !STOPWORDS.has(key) && (marked.has(key) || terms.some((term) => key.startsWith(term)));
  };
  const sentences =
    typeof Intl.Segmenter === 'function'
      ? [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map((s) => s.segment)
      : [text];
  let best = sentences[0] ?? text;
  let bestCount = -1;
  for (const sentence of sentences) {
    const count = sentence.split(/\s+/).filter(isMatch).length;
    if (count > bestCount) [best, bestCount] = [sentence, count];
  }
  const pieces = best.trim().split(/(\s+)/);
  // The words of a phrase are marked together, its small words too; elsewhere only the words that matter.
  const words = pieces.map((piece, i) => ({ i, key: wordKey(piece) })).filter((w) => w.key !== '');
  const inPhrase = new Set<number>();
  if (phrase.length > 1) {
    for (let start = 0; start + phrase.length <= words.length; start++) {
      if (phrase.every((term, k) => words[start + k]!.key === term)) {
        for (let k = 0; k < phrase.length; k++) inPhrase.add(words[start + k]!.i);
      }
    }
  }
  const parts: ExcerptPart[] = [];
  const push = (part: string, isMarked: boolean) => {
    const last = parts.at(-1);
    if (part === '') return;
    if (last && !last.marked && !isMarked) last.text += part;
    else parts.push({ text: part, marked: isMarked });
  };
  pieces.forEach((piece, i) => {
    if (!inPhrase.has(i) && (!/\S/.test(piece) || !isMatch(piece))) {
      push(piece, false);
      return;
    }
    // Mark the word, not the quotation marks or punctuation around it.
    const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(piece) ?? [];
    push(before, false);
    push(word, true);
    push(after, false);
  });
  return parts;
}

/** The words Pagefind marked in an excerpt, as keys. */
function markedWords(excerpt: string): Set<string> {
  return new Set(
    excerptParts(excerpt)
      .filter((part) => part.marked)
      .map((part) => wordKey(part.text)),
  );
}

const strengthOf = (sub: PagefindSubResult) =>
  sub.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? sub.locations.length;

/**
 * The results one Pagefind page result stands for. An article is its
 * matching paragraphs, each a result of its own linking to its anchor (the
 * strongest few; the last says how many more matched), or the article itself
 * when only its title or summary matched (or when `expand` is false, as in a
 * list sorted by date). A quote or a claim is one result; so is a profile.
 */
export function hitsOf(
  doc: PagefindDocument,
  pageRank: number,
  query: string,
  options: { expand?: boolean } = {},
): SearchHit[] {
  const { meta } = doc;
  const names = [meta.names, meta.roles]
    .filter((value): value is string => Boolean(value))
    .flatMap((value) => value.split(NAMES_SEPARATOR))
    .map(nameKey);
  const base = { pageRank, names, strength: 0 };
  const plain = (excerpt: string) =>
    excerptParts(excerpt)
      .map((part) => part.text)
      .join('');
  if (meta.kind === 'Quote' || meta.kind === 'Claim') {
    return [
      {
        ...base,
        type: meta.kind === 'Quote' ? 'quote' : 'claim',
        url: doc.url,
        title: meta.heading ?? doc.url,
        details: [meta.kind, meta.status, meta.cite].filter(Boolean).join(' · '),
        excerpt: excerptParts(doc.excerpt),
        text: plain(doc.excerpt),
      },
    ];
  }
  const marked = markedWords([doc.excerpt, ...(doc.sub_results ?? []).map((sub) => sub.excerpt)].join(' '));
  // A profile reads as its summary: the sentence that matched, or the first one when its name did.
  const summary = anchorText(doc, SUMMARY_ANCHOR);
  const roles = meta.roles?.split(NAMES_SEPARATOR).join('; ');
  const page: SearchHit = {
    ...base,
    type: 'page',
    url: doc.url,
    title: meta.title ?? doc.url,
    details: [meta.kind, roles, meta.outlet, meta.date].filter(Boolean).join(' · '),
    excerpt: summary ? sentenceExcerpt(summary, marked, query) : excerptParts(doc.excerpt),
    text: summary ?? plain(doc.excerpt),
  };
  if (options.expand === false) return [page];

  // An article is its paragraphs: those Pagefind located the words in, and, for a phrase, every paragraph that
  // holds it (Pagefind's exact-phrase search locates only a page's first occurrence).
  const phrase = phraseKey(unquoted(query));
  const isPhrase = phrase.trim().includes(' ');
  const pageUrl = doc.url.split('#')[0]!;
  const located = new Map(
    (doc.sub_results ?? [])
      .filter((sub) => sub.anchor && /^p-\d+$/.test(sub.anchor.id) && sub.locations.length > 0)
      .map((sub) => [sub.anchor!.id, sub]),
  );
  const paragraphs = (doc.anchors ?? [])
    .filter((anchor) => /^p-\d+$/.test(anchor.id))
    .map((anchor) => {
      const sub = located.get(anchor.id);
      const text = anchor.text ?? '';
      const holdsPhrase = isPhrase && phraseKey(text).includes(phrase);
      if (!sub && !holdsPhrase) return undefined;
      const hit: SearchHit = {
        ...base,
        type: 'paragraph',
        url: sub?.url ?? `${pageUrl}#${anchor.id}`,
        title: `${meta.label ?? meta.title ?? ''} ¶${anchor.id.slice(2)}`,
        details: ['Source paragraph', meta.outlet, meta.date].filter(Boolean).join(' · '),
        excerpt: sentenceExcerpt(text, marked, query),
        text,
        strength: (holdsPhrase ? 1000 : 0) + (sub ? strengthOf(sub) : 0),
      };
      return hit;
    })
    .filter((hit): hit is SearchHit => hit !== undefined);
  if (paragraphs.length === 0) return [page];
  // The strongest paragraphs, in the article's order.
  const shown = [...paragraphs].sort((a, b) => b.strength - a.strength).slice(0, PARAGRAPHS_PER_ARTICLE);
  const kept = paragraphs.filter((hit) => shown.includes(hit));
  const rest = paragraphs.length - kept.length;
  if (rest > 0) kept.at(-1)!.more = { count: rest, url: pageUrl };
  return kept;
}

/** A word's stem for matching: a few English endings off, so "dominate" and "dominating" meet. */
const stem = (word: string) => (word.length > 4 ? word.replace(/(?:ing|ed|es|s|ly)$/, '') : word);

/** True when `text` holds every word of the query that is not a stop word (by stem, ignoring case and accents); false for a query of stop words only. */
export function holdsAllWords(text: string, query: string): boolean {
  const terms = phraseKey(unquoted(query))
    .trim()
    .split(' ')
    .filter((term) => term && !STOPWORDS.has(term))
    .map(stem);
  if (terms.length === 0) return false;
  const words = phraseKey(text).trim().split(' ');
  return terms.every((term) => words.some((word) => word.startsWith(term)));
}

/** Where a hit's type comes among results that all hold the phrase: the source first, restatements after. */
const SOURCE_FIRST: Record<SearchHit['type'], number> = { paragraph: 0, quote: 1, claim: 1, page: 2 };

/**
 * Orders the results of one query:
 * 1. profiles whose name, alias or role is the query ("Petro", "Nicolas Maduro", "President of Colombia");
 * 2. for a query of several words, results that hold them as a phrase, source paragraphs before the
 *    quotes, claims and profiles that restate them;
 * 3. then results that hold every word of it (not as a phrase), again sources first;
 * 4. the rest, in Pagefind's order of pages (each page's paragraphs in the page's order).
 * Pagefind ranks whole pages, and its length normalisation lets a short profile that restates a phrase
 * outrank the long article that said it; the phrase tier puts the source back on top.
 */
export function rankHits(query: string, hits: readonly SearchHit[]): SearchHit[] {
  const key = nameKey(unquoted(query));
  const phrase = phraseKey(unquoted(query));
  const isPhrase = phrase.trim().includes(' ');
  const tier = (hit: SearchHit) => {
    if (key && hit.type === 'page' && hit.names.includes(key)) return 0;
    if (isPhrase && phraseKey(hit.text).includes(phrase)) return 1;
    if (holdsAllWords(hit.text, query)) return 2;
    return 3;
  };
  return hits
    .map((hit, order) => ({ hit, order, tier: tier(hit) }))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        (a.tier === 1 || a.tier === 2 ? SOURCE_FIRST[a.hit.type] - SOURCE_FIRST[b.hit.type] : 0) ||
        a.hit.pageRank - b.hit.pageRank ||
        a.order - b.order,
    )
    .map(({ hit }) => hit);
}
