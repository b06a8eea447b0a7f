import { MultiDirectedGraph } from 'graphology';
import { RELATION_TYPES, type DerivedRelationType, type RelationType } from '../schemas/relation-types';
import type {
  ArticleRecord,
  ClaimRecord,
  DossierInput,
  EntityOf,
  EntityRecord,
  JudgmentRecord,
  QuoteRecord,
} from './records';
import type { FactStatus, Superseded } from '../schemas/time-scope';
import { assertNever } from '../shared/assert-never';

/** A relation as one of its two ends sees it. */
export interface RelationView {
  type: RelationType;
  /** Wording from this end: "president of" outgoing, "has president" incoming. */
  label: string;
  direction: 'out' | 'in';
  /** The entity at the other end. */
  other: string;
  cite: string[];
  inferred?: string | undefined;
  /** When it held (EDTF), as its profile says. */
  valid?: string | undefined;
  /** Its status as its profile writes it; see dossier/time-scope.ts for the computed one. */
  status?: FactStatus | undefined;
  /** Set when it no longer stands: kept out of the graph, listed with its reason. */
  superseded?: Superseded | undefined;
}

/** One sentence of an article that mentions an entity. */
export interface Backlink {
  article: string;
  paragraph: number;
  sentence: string;
  /** The words used, e.g. ["Petro", "Gustavo Petro"]. */
  names: string[];
}

/** An entity mentioned alongside another, and in how many paragraphs. */
export interface CoMention {
  entity: string;
  paragraphs: number;
}

/** A link between two claims, as one of them sees it. */
export interface ClaimLink {
  type: 'supports' | 'contradicts';
  /** "supports", "supported by" or "contradicts" (contradiction reads the same both ways). */
  label: string;
  other: string;
}

interface EdgeAttributes {
  type: RelationType;
  cite: string[];
  inferred?: string | undefined;
  valid?: string | undefined;
  status?: FactStatus | undefined;
  superseded?: Superseded | undefined;
}

/** A relation derived from a profile's other fields, of a type `isDerivedRelation` marks. */
type DerivedEdge = { from: string; to: string } & EdgeAttributes & { type: DerivedRelationType };

/** The typed relations an entity implies beyond its `relations` list: so far only events imply any. */
function derivedRelations(entity: EntityRecord): DerivedEdge[] {
  switch (entity.kind) {
    case 'events':
      return eventRelations(entity);
    case 'people':
    case 'organizations':
    case 'places':
    case 'topics':
      return [];
    default:
      return assertNever(entity);
  }
}

/** An event's participants take part in it, and it took place at its location. */
function eventRelations(entity: EntityOf<'events'>): DerivedEdge[] {
  const edges: DerivedEdge[] = entity.data.participants.map((p) => ({
    from: p.ref,
    to: entity.id,
    type: 'participant-in',
    cite: p.cite,
    inferred: p.inferred,
  }));
  const location = entity.data.location;
  if (location)
    edges.push({
      from: entity.id,
      to: location.ref,
      type: 'took-place-in',
      cite: location.cite,
      inferred: location.inferred,
    });
  return edges;
}

/** Adds `value` to the list under `key`, once. */
function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

/** An entity's declared relations as edges: those that still stand, or (`superseded`) those that no longer do. */
function declaredEdges(entity: EntityRecord, superseded: boolean) {
  return entity.data.relations
    .filter((r) => Boolean(r.superseded) === superseded)
    .map((r) => ({
      from: entity.id,
      to: r.to,
      type: r.type,
      cite: r.cite,
      inferred: r.inferred,
      ...(r.valid ? { valid: r.valid } : {}),
      ...(r.status ? { status: r.status } : {}),
      ...(r.superseded ? { superseded: r.superseded } : {}),
    }));
}

/**
 * The relation graph: a node per entity, an edge per declared relation and per relation its fields imply. A relation
 * marked superseded is no part of it (it leaves every current view); {@link supersededByEntity} keeps those.
 */
function relationGraph(entities: readonly EntityRecord[]): MultiDirectedGraph<Record<string, never>, EdgeAttributes> {
  const graph = new MultiDirectedGraph<Record<string, never>, EdgeAttributes>();
  for (const entity of entities) graph.addNode(entity.id);
  for (const entity of entities) {
    for (const { from, to, ...attributes } of [...declaredEdges(entity, false), ...derivedRelations(entity)]) {
      graph.addEdge(from, to, attributes);
    }
  }
  return graph;
}

/** Superseded relations, from both ends, each worded from its end. */
function supersededByEntity(entities: readonly EntityRecord[]): Map<string, RelationView[]> {
  const index = new Map<string, RelationView[]>();
  for (const entity of entities) {
    for (const { from, to, ...attributes } of declaredEdges(entity, true)) {
      const wording = RELATION_TYPES[attributes.type];
      push(index, from, { ...attributes, label: wording.label, direction: 'out', other: to });
      push(index, to, { ...attributes, label: wording.inverse, direction: 'in', other: from });
    }
  }
  return index;
}

/** Judgment ids by the entities they concern. */
function judgmentsByEntity(judgments: readonly JudgmentRecord[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const judgment of judgments) for (const id of judgment.data.about) push(index, id, judgment.id);
  return index;
}

/** Quote ids by speaker. */
function quotesBySpeaker(quotes: readonly QuoteRecord[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const quote of quotes) push(index, quote.data.speaker, quote.id);
  return index;
}

/** Quote ids by what they are about, and by the event they were said at. */
function quotesByTopic(quotes: readonly QuoteRecord[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const quote of quotes) {
    for (const about of quote.data.about) push(index, about, quote.id);
    if (quote.data.context.event) push(index, quote.data.context.event, quote.id);
  }
  return index;
}

/** Claim ids by claimant. */
function claimsByClaimant(claims: readonly ClaimRecord[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const claim of claims) if (claim.data.claimant) push(index, claim.data.claimant, claim.id);
  return index;
}

/** Claim ids by what they are about. */
function claimsByTopic(claims: readonly ClaimRecord[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const claim of claims) for (const about of claim.data.about) push(index, about, claim.id);
  return index;
}

/** Each claim's links to other claims, from both ends: "supports" / "supported by", "contradicts" both ways. */
function claimLinksByClaim(claims: readonly ClaimRecord[]): Map<string, ClaimLink[]> {
  const index = new Map<string, ClaimLink[]>();
  for (const claim of claims) {
    for (const other of claim.data.supports) {
      push(index, claim.id, { type: 'supports', label: 'supports', other });
      push(index, other, { type: 'supports', label: 'supported by', other: claim.id });
    }
    for (const other of claim.data.contradicts) {
      push(index, claim.id, { type: 'contradicts', label: 'contradicts', other });
      push(index, other, { type: 'contradicts', label: 'contradicts', other: claim.id });
    }
  }
  return index;
}

/** Event ids by participant and by location. */
function eventsByEntity(entities: readonly EntityRecord[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const entity of entities) {
    if (entity.kind !== 'events') continue;
    for (const participant of entity.data.participants) push(index, participant.ref, entity.id);
    if (entity.data.location) push(index, entity.data.location.ref, entity.id);
  }
  return index;
}

/** The sentences that mention each entity, one per sentence with every name it uses, in article order. */
function backlinksByEntity(articles: readonly ArticleRecord[]): Map<string, Backlink[]> {
  const index = new Map<string, Backlink[]>();
  for (const article of articles) {
    const bySentence = new Map<string, Backlink>();
    for (const mention of article.mentions) {
      const key = `${mention.entity}\u0000${mention.paragraph}\u0000${mention.sentence}`;
      const existing = bySentence.get(key);
      if (existing) {
        if (!existing.names.includes(mention.text)) existing.names.push(mention.text);
      } else {
        const backlink: Backlink = {
          article: article.id,
          paragraph: mention.paragraph,
          sentence: mention.sentence,
          names: [mention.text],
        };
        bySentence.set(key, backlink);
        const list = index.get(mention.entity) ?? [];
        list.push(backlink);
        index.set(mention.entity, list);
      }
    }
  }
  return index;
}

/** The entities each article mentions, with how often, most mentioned first. */
function entitiesByArticle(articles: readonly ArticleRecord[]): Map<string, Array<{ entity: string; count: number }>> {
  const index = new Map<string, Array<{ entity: string; count: number }>>();
  for (const article of articles) {
    const counts = new Map<string, number>();
    for (const mention of article.mentions) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
    index.set(
      article.id,
      [...counts]
        .map(([entity, count]) => ({ entity, count }))
        .sort((a, b) => b.count - a.count || a.entity.localeCompare(b.entity)),
    );
  }
  return index;
}

/** For each entity, the others mentioned in the same paragraphs and in how many, most shared first. */
function coMentionsByEntity(articles: readonly ArticleRecord[]): Map<string, CoMention[]> {
  const together = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const byParagraph = new Map<number, Set<string>>();
    for (const mention of article.mentions) {
      const inParagraph = byParagraph.get(mention.paragraph) ?? new Set();
      inParagraph.add(mention.entity);
      byParagraph.set(mention.paragraph, inParagraph);
    }
    for (const entities of byParagraph.values()) {
      for (const a of entities) {
        for (const b of entities) {
          if (a === b) continue;
          const row = together.get(a) ?? new Map<string, number>();
          row.set(b, (row.get(b) ?? 0) + 1);
          together.set(a, row);
        }
      }
    }
  }
  const index = new Map<string, CoMention[]>();
  for (const [entity, row] of together) {
    index.set(
      entity,
      [...row]
        .map(([other, paragraphs]) => ({ entity: other, paragraphs }))
        .sort((a, b) => b.paragraphs - a.paragraphs || a.entity.localeCompare(b.entity)),
    );
  }
  return index;
}

/**
 * The dossier's link graph, computed once per build from validated content:
 * typed relations (readable from both ends), mentions inverted into
 * backlinks, and co-mentions. Pages only read from it. Each index is built by
 * the function named beside it.
 */
export class LinkGraph {
  readonly relations: MultiDirectedGraph<Record<string, never>, EdgeAttributes>;
  readonly #backlinks: Map<string, Backlink[]>;
  readonly #coMentions: Map<string, CoMention[]>;
  readonly #entitiesByArticle: Map<string, Array<{ entity: string; count: number }>>;
  readonly #quotesBy: Map<string, string[]>;
  readonly #quotesAbout: Map<string, string[]>;
  readonly #claimsBy: Map<string, string[]>;
  readonly #claimsAbout: Map<string, string[]>;
  readonly #claimLinks: Map<string, ClaimLink[]>;
  readonly #eventsOf: Map<string, string[]>;
  readonly #superseded: Map<string, RelationView[]>;
  readonly #judgmentsAbout: Map<string, string[]>;

  constructor(input: DossierInput) {
    this.relations = relationGraph(input.entities);
    this.#quotesBy = quotesBySpeaker(input.quotes);
    this.#quotesAbout = quotesByTopic(input.quotes);
    this.#claimsBy = claimsByClaimant(input.claims);
    this.#claimsAbout = claimsByTopic(input.claims);
    this.#claimLinks = claimLinksByClaim(input.claims);
    this.#eventsOf = eventsByEntity(input.entities);
    this.#backlinks = backlinksByEntity(input.articles);
    this.#entitiesByArticle = entitiesByArticle(input.articles);
    this.#coMentions = coMentionsByEntity(input.articles);
    this.#superseded = supersededByEntity(input.entities);
    this.#judgmentsAbout = judgmentsByEntity(input.judgments ?? []);
  }

  /** The relations touching `id` that no longer stand, each with its reason: shown apart, never in the graph. */
  supersededRelationsOf(id: string): readonly RelationView[] {
    return this.#superseded.get(id) ?? [];
  }

  /** Ids of the key judgments that concern `id`, in file order. */
  judgmentsAbout(id: string): readonly string[] {
    return this.#judgmentsAbout.get(id) ?? [];
  }

  /** Every relation touching `id`, outgoing ones first, each worded from `id`'s end. */
  relationsOf(id: string): RelationView[] {
    if (!this.relations.hasNode(id)) return [];
    const views: RelationView[] = [];
    this.relations.forEachOutEdge(id, (_edge, attributes, _source, target) => {
      views.push({ ...attributes, label: RELATION_TYPES[attributes.type].label, direction: 'out', other: target });
    });
    this.relations.forEachInEdge(id, (_edge, attributes, source) => {
      views.push({ ...attributes, label: RELATION_TYPES[attributes.type].inverse, direction: 'in', other: source });
    });
    return views;
  }

  /** The sentences that mention `id`, in article and paragraph order. */
  backlinks(id: string): readonly Backlink[] {
    return this.#backlinks.get(id) ?? [];
  }

  /** Entities mentioned in the same paragraphs as `id`, most shared first. */
  coMentioned(id: string): readonly CoMention[] {
    return this.#coMentions.get(id) ?? [];
  }

  /** Ids of the quotes `id` said. */
  quotesBy(id: string): readonly string[] {
    return this.#quotesBy.get(id) ?? [];
  }

  /** Ids of the quotes about `id`, or said at it when `id` is an event. */
  quotesAbout(id: string): readonly string[] {
    return this.#quotesAbout.get(id) ?? [];
  }

  /** Ids of the claims `id` makes. */
  claimsBy(id: string): readonly string[] {
    return this.#claimsBy.get(id) ?? [];
  }

  /** Ids of the claims about `id`. */
  claimsAbout(id: string): readonly string[] {
    return this.#claimsAbout.get(id) ?? [];
  }

  /** The claims a claim supports or contradicts, and those that support or contradict it. */
  claimLinks(id: string): readonly ClaimLink[] {
    return this.#claimLinks.get(id) ?? [];
  }

  /** Ids of the events `id` took part in or that took place there. */
  eventsOf(id: string): readonly string[] {
    return this.#eventsOf.get(id) ?? [];
  }

  /** The entities an article mentions, most mentioned first. */
  entitiesIn(articleId: string): ReadonlyArray<{ entity: string; count: number }> {
    return this.#entitiesByArticle.get(articleId) ?? [];
  }
}
