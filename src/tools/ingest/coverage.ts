import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { parseMdx } from '../../content/render/article-text';
import { loadEntityDictionary } from '../../content/render/entity-dictionary';
import { listEntryFiles } from '../../content/read/content-tree';
import { parseFrontmatter } from '../../content/read/frontmatter';
import { loadQuotePassages } from '../../content/render/quote-passages';
import { normaliseForQuote } from '../../content/render/quote-match';
import { ENTITY_KINDS } from '../../schemas/entity';
import { knownNames } from './known-names';
import { suggestNames } from './names';
import { findQuoteSpans } from './quote-spans';

/** What the dossier does not yet cover in one article. */
export interface ArticleCoverage {
  article: string;
  language: string;
  paragraphs: number;
  /** Paragraphs no profile, quote, claim or the overview cites (1-based). */
  uncited: number[];
  /** Quoted passages of the text that are not in the quote registry. */
  unregisteredQuotes: Array<{ paragraph: number; text: string }>;
  /** Names the text gives that match no profile. */
  unprofiledNames: Array<{ name: string; kind: string; paragraph: number }>;
}

/** Every `<article>#p-<n>` a file cites, in its frontmatter, its body or a registry entry. */
const CITATION = /\b([a-z0-9]+(?:-[a-z0-9]+)*)#p-([1-9][0-9]*)\b/g;

/** The files whose statements cite paragraphs: every profile, the overview, the quote and claim registries. */
function citingFiles(contentDir: string): string[] {
  return [
    ...ENTITY_KINDS.flatMap((kind) =>
      listEntryFiles(join(contentDir, kind)).map((file) => join(contentDir, kind, file)),
    ),
    ...listEntryFiles(join(contentDir, 'dossier')).map((file) => join(contentDir, 'dossier', file)),
    join(contentDir, 'quotes.yaml'),
    join(contentDir, 'claims.yaml'),
  ];
}

/**
 * The coverage report of `npm run coverage`: for each published article, the
 * paragraphs no statement of the dossier cites, the quoted passages that are
 * not in content/quotes.yaml, and the names that match no profile (the same
 * finder as ingest's suggestions). Read-only; deterministic.
 */
export function coverage(contentDir: string): ArticleCoverage[] {
  const cited = new Set<string>();
  for (const path of citingFiles(contentDir)) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    for (const m of text.matchAll(CITATION)) cited.add(`${m[1]}#p-${m[2]}`);
  }
  const passages = loadQuotePassages(contentDir);
  const dictionary = loadEntityDictionary(contentDir);
  return listEntryFiles(join(contentDir, 'articles')).map((file): ArticleCoverage => {
    const article = file.replace(/\.mdx$/, '');
    const { data, body } = parseFrontmatter(
      readFileSync(join(contentDir, 'articles', file), 'utf8'),
      `content/articles/${file}`,
    );
    const language = typeof data.language === 'string' ? data.language : 'en';
    const paragraphs = parseMdx(body)
      .children.filter((node) => node.type === 'paragraph')
      .map((node) => toString(node));
    const registered = passages.get(article) ?? [];
    const unregisteredQuotes = paragraphs.flatMap((text, index) =>
      findQuoteSpans(text)
        .map((span) => text.slice(span.start, span.end))
        .filter((quote) => {
          const words = normaliseForQuote(quote);
          return !registered.some(
            (q) =>
              q.paragraph === index + 1 &&
              (words.includes(normaliseForQuote(q.text).replace(/[.,]$/u, '')) ||
                normaliseForQuote(q.text).includes(words)),
          );
        })
        .map((quote) => ({ paragraph: index + 1, text: quote })),
    );
    const unprofiledNames = suggestNames(paragraphs, dictionary.matcher, language, knownNames(dictionary, article)).map(
      (s) => ({ name: s.name, kind: s.kind, paragraph: s.paragraph }),
    );
    return {
      article,
      language,
      paragraphs: paragraphs.length,
      uncited: paragraphs.map((_, i) => i + 1).filter((n) => !cited.has(`${article}#p-${n}`)),
      unregisteredQuotes,
      unprofiledNames,
    };
  });
}

/** The coverage report as text: one block per article, then the totals. */
export function formatCoverage(report: readonly ArticleCoverage[]): string {
  const lines: string[] = [];
  for (const a of report) {
    lines.push(`${a.article} (${a.language}, ${a.paragraphs} paragraphs)`);
    lines.push(
      `  uncited paragraphs    ${a.uncited.length === 0 ? 'none: every paragraph is cited' : a.uncited.map((n) => `¶${n}`).join(', ')}`,
    );
    lines.push(`  quotes not registered ${a.unregisteredQuotes.length === 0 ? 'none' : a.unregisteredQuotes.length}`);
    for (const q of a.unregisteredQuotes) lines.push(`    ¶${q.paragraph} “${q.text}”`);
    lines.push(`  names without profile ${a.unprofiledNames.length === 0 ? 'none' : a.unprofiledNames.length}`);
    for (const n of a.unprofiledNames) lines.push(`    ¶${n.paragraph} ${n.name} (${n.kind})`);
  }
  const sum = (f: (a: ArticleCoverage) => number) => report.reduce((total, a) => total + f(a), 0);
  lines.push(
    `${report.length} articles: ${sum((a) => a.uncited.length)} of ${sum((a) => a.paragraphs)} paragraphs uncited, ${sum((a) => a.unregisteredQuotes.length)} quoted passages not in the registry, ${sum((a) => a.unprofiledNames.length)} names without a profile.`,
  );
  return lines.join('\n');
}
