import { readFileSync } from 'node:fs';
import type { CustomRecord } from 'pagefind';
import type { DossierJson } from './dossier-json';
import { arrayMemberItems } from '../shared/json-pieces';
import { CLAIM_KIND, QUOTE_KIND } from '../views/search-facets';

/**
 * A record's address as Pagefind takes it, from an absolute one in
 * dossier.json: relative to the site's root, as the addresses of indexed pages
 * are (Pagefind puts the deploy path in front when it shows a result).
 */
function sitePath(url: string, base: string): string {
  const { pathname, search, hash } = new URL(url, 'http://localhost');
  const root = base.endsWith('/') ? base : `${base}/`;
  return `/${pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '')}${search}${hash}`;
}

/**
 * Every registered quote and claim as a search record of its own, built from
 * dossier.json (the build's data export, with each one's citation and the page
 * it is shown on): a query that matches a quote finds the quote, with its
 * speaker and source paragraph, and links to its card. The records are in the
 * site's language, whatever the words' language, so that the site's one index
 * holds them; a translation is indexed with the words. The result's heading
 * ("Quote by Donald Trump") is not the record's title, which Pagefind would
 * index: a speaker's name must find the speaker's profile, not every quote.
 */
export function searchRecords(
  dossier: Pick<DossierJson, 'entities' | 'quotes' | 'claims'> & { articles: Array<{ id: string; label: string }> },
  language: string,
  base = '/',
): CustomRecord[] {
  const names = new Map(dossier.entities.map((entity) => [entity.id, entity.name]));
  const labels = new Map(dossier.articles.map((article) => [article.id, article.label]));
  const cited = (article: string, paragraph: number) => `${labels.get(article) ?? article} ¶${paragraph}`;
  const quotes = dossier.quotes.map((quote): CustomRecord => ({
    url: sitePath(quote.url, base),
    content: [quote.text, quote.translation].filter(Boolean).join(' '),
    language,
    meta: {
      heading: `Quote by ${names.get(quote.speaker) ?? quote.speaker}`,
      kind: QUOTE_KIND,
      cite: cited(quote.citation.article, quote.citation.paragraph),
    },
    filters: { kind: [QUOTE_KIND] },
  }));
  const claims = dossier.claims.map((claim): CustomRecord => ({
    url: sitePath(claim.url, base),
    content: claim.statement,
    language,
    meta: {
      heading: `Claim by ${claim.claimant ? (names.get(claim.claimant) ?? claim.claimant) : (claim.claimantNote ?? 'an unnamed claimant')}`,
      kind: CLAIM_KIND,
      status: claim.status,
      cite: claim.citations.map((c) => cited(c.article, c.paragraph)).join(', '),
    },
    filters: { kind: [CLAIM_KIND] },
  }));
  return [...quotes, ...claims];
}

/**
 * {@link searchRecords} from a built dossier.json file, read a section and an
 * item at a time: at 50,000 articles the file is larger than a JavaScript
 * string can be, and only the names, the articles' labels, the quotes and
 * the claims are needed.
 */
export function searchRecordsFromFile(path: string, language: string, base = '/'): CustomRecord[] {
  const bytes = readFileSync(path);
  const items = <T>(key: string) => [...arrayMemberItems(bytes, key)] as T[];
  const articles: Array<{ id: string; label: string }> = [];
  for (const item of arrayMemberItems(bytes, 'articles')) {
    const { id, label } = item as { id: string; label: string };
    articles.push({ id, label });
  }
  return searchRecords(
    {
      entities: items<DossierJson['entities'][number]>('entities'),
      articles,
      quotes: items<DossierJson['quotes'][number]>('quotes'),
      claims: items<DossierJson['claims'][number]>('claims'),
    },
    language,
    base,
  );
}
