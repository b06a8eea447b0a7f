import type { LoadedDossier } from '../dossier/load';
import type { ArticleRecord } from '../dossier/records';
import { urls } from '../identity/site';
import type { Article } from '../schemas/article';
import { ENTITY_KINDS, KIND_LABELS } from '../schemas/kinds';
import { articleProvenance, type ArticleProvenance } from './article-provenance';
import { citationPrefix, dateLine, newestArticles, outletLine } from './article-meta';
import { entityPreviews, type EntityPreviewView } from './cards';
import { PAGE_SIZE, pageCount, pageSlice } from './paging';
import { schemaOrg } from './schema-org';
import { articleFacets, type SearchFacets } from './search-facets';
import { siteChrome, type SiteChrome } from './site-chrome';

/** Everything an article's page shows. */
export interface ArticleView {
  site: SiteChrome;
  id: string;
  /** Its metadata, as the content gives it (title, summary, outlet, date, language, address, file). */
  data: Article;
  /** How many paragraphs it has. */
  paragraphs: number;
  /** Where its text came from: its source descriptor and grade, and how it was received. */
  provenance: ArticleProvenance;
  /** Its text as the article pipeline rendered it: escaped, every paragraph anchored, names linked. */
  html: string;
  facets: SearchFacets;
  /** How a reader cites it, before the paragraph number: what "Copy citation" copies. */
  citeText: string;
  /** The entities it names, by kind (kinds without any left out), each with how often. */
  mentioned: Array<{ kind: string; entities: Array<{ entity: string; count: number }> }>;
  /** Its schema.org NewsArticle. */
  jsonLd: Record<string, unknown>;
  /** What the links to those entities preview. */
  previews: Record<string, EntityPreviewView>;
}

/** An article's page. */
export function articleView(dossier: LoadedDossier, id: string): ArticleView {
  const article = dossier.article(id)!;
  const mentioned = dossier.graph.entitiesIn(id);
  return {
    site: siteChrome(dossier),
    id,
    data: article.data,
    paragraphs: article.paragraphs.length,
    provenance: articleProvenance(dossier, article),
    html: dossier.articleHtml(id),
    facets: articleFacets(article.data),
    citeText: citationPrefix(article.data),
    mentioned: ENTITY_KINDS.map((kind) => ({
      kind: KIND_LABELS[kind].plural,
      entities: mentioned.filter((m) => dossier.entity(m.entity)?.kind === kind),
    })).filter((group) => group.entities.length > 0),
    jsonLd: schemaOrg(dossier, urls).article(id),
    previews: entityPreviews(
      dossier,
      mentioned.map((m) => m.entity),
    ),
  };
}

/** An article as a list shows it: title, outlet, date and length. */
export interface ArticleItem {
  id: string;
  title: string;
  outlet: string;
  published: string;
  paragraphs: number;
}

export function articleItem(article: ArticleRecord): ArticleItem {
  return {
    id: article.id,
    title: article.data.title,
    outlet: outletLine(article.data),
    published: dateLine(article.data),
    paragraphs: article.paragraphs.length,
  };
}

/** A page of the article index: /articles/, /articles/page/<n>/. */
export interface ArticleIndexView {
  site: SiteChrome;
  page: number;
  pages: number;
  /** How many articles there are in all. */
  total: number;
  /** This page's, newest first. */
  articles: ArticleItem[];
}

export function articleIndexView(dossier: LoadedDossier, page = 1): ArticleIndexView {
  const all = newestArticles(dossier);
  return {
    site: siteChrome(dossier),
    page,
    pages: pageCount(all.length, PAGE_SIZE.articles),
    total: all.length,
    articles: pageSlice(all, page, PAGE_SIZE.articles).map(articleItem),
  };
}
