import type { Article } from '../schemas/article';
import type { Claim } from '../schemas/claim';
import type { Quote } from '../schemas/quote';
import type { Dossier } from '../schemas/dossier';
import type { EntityKind } from '../schemas/entity';
import type { DossierEvent } from '../schemas/event';
import type { Organization } from '../schemas/organization';
import type { Person } from '../schemas/person';
import type { Place } from '../schemas/place';
import type { Topic } from '../schemas/topic';
import type { RecordedMention } from '../content/plugins/remark-entity-links';
import type { SummaryCheck } from '../content/render/summary-citations';

export type { SummaryCheck };

interface EntityBase<K extends EntityKind, D> {
  kind: K;
  id: string;
  /** Path of the source file, relative to the project root. */
  filePath: string;
  data: D;
  summary: SummaryCheck;
}

/** An entity profile of any kind, as the build reads it. */
export type EntityRecord =
  | EntityBase<'people', Person>
  | EntityBase<'organizations', Organization>
  | EntityBase<'places', Place>
  | EntityBase<'events', DossierEvent>
  | EntityBase<'topics', Topic>;

/** A source article with the data its remark plugins recorded. */
export interface ArticleRecord {
  id: string;
  filePath: string;
  data: Article;
  /** Plain text of each paragraph; paragraph n is `paragraphs[n - 1]`. */
  paragraphs: string[];
  mentions: RecordedMention[];
}

/** The dossier-level entry (content/dossier/index.mdx). */
export interface DossierRecord {
  id: string;
  filePath: string;
  data: Dossier;
  summary: SummaryCheck;
}

/** A quote from content/quotes.yaml. */
export interface QuoteRecord {
  id: string;
  filePath: string;
  data: Quote;
}

/** A claim from content/claims.yaml. */
export interface ClaimRecord {
  id: string;
  filePath: string;
  data: Claim;
}

/** Everything the validator and the link graph read. */
export interface DossierInput {
  dossier: DossierRecord | undefined;
  articles: ArticleRecord[];
  entities: EntityRecord[];
  quotes: QuoteRecord[];
  claims: ClaimRecord[];
}
