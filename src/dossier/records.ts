import type { Article } from '../schemas/article';
import type { Claim } from '../schemas/claim';
import type { Quote } from '../schemas/quote';
import type { Dossier } from '../schemas/dossier';
import type { Gap } from '../schemas/gap';
import type { Indicator } from '../schemas/indicator';
import type { Judgment } from '../schemas/judgment';
import type { EntityData, EntityKind } from '../schemas/kinds';
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

/** An entity profile of kind `K` (or of any of the kinds in `K`), as the build reads it. */
export type EntityOf<K extends EntityKind> = { [P in K]: EntityBase<P, EntityData<P>> }[K];

/** An entity profile of any kind, as the build reads it: one member per kind of src/schemas/kinds.ts. */
export type EntityRecord = EntityOf<EntityKind>;

/** True when `entity` is a profile of `kind`; narrows its `data` to that kind's fields. */
export function isKind<K extends EntityKind>(entity: EntityRecord, kind: K): entity is EntityRecord & { kind: K } {
  return entity.kind === kind;
}

/**
 * Builds the record of one profile of `kind`, so the compiler checks that its data is that kind's.
 * `entry` is what its content collection holds.
 */
export function entityRecord<K extends EntityKind>(
  kind: K,
  entry: { id: string; filePath?: string | undefined; data: EntityData<K> },
  summary: SummaryCheck,
): EntityOf<K> {
  return {
    kind,
    id: entry.id,
    filePath: entry.filePath ?? `content/${kind}/${entry.id}.mdx`,
    data: entry.data,
    summary,
  };
}

/** A source article with the data its remark plugins recorded. */
export interface ArticleRecord {
  id: string;
  filePath: string;
  data: Article;
  /** Plain text of each paragraph; paragraph n is `paragraphs[n - 1]`. */
  paragraphs: string[];
  mentions: RecordedMention[];
  /**
   * The seed file as it is now, read when the article records how it was received (`received`): its SHA-256 and its
   * paragraphs, or `missing` when there is no such file. Undefined when the article records no received text.
   */
  seed?: { sha256: string; paragraphs: string[] } | 'missing' | undefined;
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

/** A key judgment from content/judgments.yaml. */
export interface JudgmentRecord {
  id: string;
  filePath: string;
  data: Judgment;
}

/** An indicator from content/indicators.yaml. */
export interface IndicatorRecord {
  id: string;
  filePath: string;
  data: Indicator;
}

/** An information gap from content/gaps.yaml. */
export interface GapRecord {
  id: string;
  filePath: string;
  data: Gap;
}

/** Everything the validator and the link graph read. */
export interface DossierInput {
  dossier: DossierRecord | undefined;
  articles: ArticleRecord[];
  entities: EntityRecord[];
  quotes: QuoteRecord[];
  claims: ClaimRecord[];
  /** Key judgments, in file order. */
  judgments: JudgmentRecord[];
  /** What to watch, in file order. */
  indicators: IndicatorRecord[];
  /** Information gaps, in file order. */
  gaps: GapRecord[];
}
