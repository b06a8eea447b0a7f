import { namesByLanguage } from '../identity/names';
import { jsonPieces, piecesToBytes } from '../shared/json-pieces';
import { ENTITY_KINDS, type EntityKind } from '../schemas/kinds';
import { assertNever } from '../shared/assert-never';
import { byCodePoint } from '../shared/order';
import { isDerivedRelation, RELATION_TYPES } from '../schemas/relation-types';
import { RELIABILITY } from '../schemas/grading';
import type { Sourced } from '../schemas/article';
import type { LinkGraph, RelationView } from '../dossier/link-graph';
import type { ArticleRecord, EntityRecord } from '../dossier/records';
import { absolute, byKeys, citationJson, citationsJson, dateJson, type ExportInput, type ExportSite } from './common';
import {
  assessmentJson,
  claimGradeJson,
  gradingContext,
  receivedJson,
  sourceJson,
  timeJson,
  type GradingContext,
} from './assessment-json';
import {
  DOSSIER_JSON_VERSION,
  type ArticleJson,
  type CitedReferenceJson,
  type CitedTextJson,
  type ClaimJson,
  type DossierContentJson,
  type DossierJson,
  type EntityJson,
  type EventJson,
  type MentionJson,
  type ParagraphJson,
  type QuoteJson,
  type RelationJson,
  type RoleJson,
  type SourcedJson,
} from './dossier-json-schema';

/** Where the schema is published, relative to the site's base. */
export const DOSSIER_SCHEMA_PATH = 'dossier.schema.json';

export { DOSSIER_JSON_VERSION };
export type {
  ArticleJson,
  CitedReferenceJson,
  CitedTextJson,
  ClaimJson,
  DossierContentJson,
  DossierJson,
  EntityJson,
  EventJson,
  MentionJson,
  ParagraphJson,
  QuoteJson,
  RelationJson,
  RoleJson,
  SourcedJson,
};

/** `{ inferred }` when there is an inference, `{}` otherwise (optional fields stay absent, never undefined). */
const inferredOf = (inferred: string | undefined): { inferred?: string } => (inferred ? { inferred } : {});

function sourcedJson(fact: Sourced | ArticleRecord['data']['published'], site: ExportSite): SourcedJson {
  if (fact.status === 'not-stated')
    return { status: fact.status, ...(fact.note ? { note: fact.note } : {}), citations: [] };
  return {
    status: fact.status,
    value: fact.value,
    ...(fact.status === 'inferred' ? { basis: fact.basis } : {}),
    citations: citationsJson(fact.cite ?? [], site),
  };
}

function articleJson(article: ArticleRecord, context: GradingContext, site: ExportSite): ArticleJson {
  const { data } = article;
  const { urls } = site;
  const published = sourcedJson(data.published, site);
  return {
    id: article.id,
    title: data.title,
    label: data.label,
    url: absolute(urls.article(article.id), site.site),
    language: data.language,
    summary: data.summary,
    outlet: sourcedJson(data.outlet, site),
    published:
      data.published.status === 'not-stated' ? published : { ...published, date: dateJson(data.published.value) },
    sourceUrl: sourcedJson(data.url, site),
    seed: data.seed,
    source: sourceJson(article, context),
    ...receivedJson(article, site),
    paragraphs: article.paragraphs.map((text, index) => ({
      n: index + 1,
      anchor: urls.paragraphAnchor(index + 1),
      text,
      url: absolute(urls.paragraph(article.id, index + 1), site.site),
    })),
  };
}

function referenceJson(
  reference: { ref: string; cite: string[]; inferred?: string | undefined },
  site: ExportSite,
): CitedReferenceJson {
  return { entity: reference.ref, citations: citationsJson(reference.cite, site), ...inferredOf(reference.inferred) };
}

function entityJson(entity: EntityRecord, context: GradingContext, site: ExportSite): EntityJson {
  const names = namesByLanguage(entity.data);
  const base: EntityJson = {
    id: entity.id,
    kind: entity.kind,
    name: entity.data.name,
    aliases: [...entity.data.aliases],
    ...(Object.keys(names).length > 0 ? { names } : {}),
    url: absolute(site.urls.entity(entity.kind, entity.id), site.site),
    ...(entity.summary.lede ? { lede: entity.summary.lede } : {}),
    summaryCitations: citationsJson(
      entity.summary.citations.map((c) => c.to),
      site,
    ),
    summary: entity.summary.sentences.map((sentence) => ({
      text: sentence.text,
      citations: citationsJson(sentence.cite, site),
    })),
  };
  const text = (value: { value: string; cite: string[]; inferred?: string | undefined }): CitedTextJson => ({
    value: value.value,
    citations: citationsJson(value.cite, site),
    ...inferredOf(value.inferred),
  });
  switch (entity.kind) {
    case 'people':
      return {
        ...base,
        roles: entity.data.roles.map((role) => ({
          title: role.title,
          ...(role.of ? { of: role.of } : {}),
          citations: citationsJson(role.cite, site),
          ...inferredOf(role.inferred),
          ...timeJson(role, context, site),
        })),
      };
    case 'organizations':
      return {
        ...base,
        type: text(entity.data.type),
        ...(entity.data.country ? { country: referenceJson(entity.data.country, site) } : {}),
        ...(entity.data.reliability
          ? {
              reliability: {
                grade: entity.data.reliability.grade,
                label: RELIABILITY[entity.data.reliability.grade],
                basis: entity.data.reliability.basis,
              },
            }
          : {}),
      };
    case 'places':
      return {
        ...base,
        type: text(entity.data.type),
        ...(entity.data.within ? { within: referenceJson(entity.data.within, site) } : {}),
      };
    case 'events': // dossier.json lists events with their dates and participants in `events`
    case 'topics':
      return base;
    default:
      return assertNever(entity);
  }
}

function relationsJson(
  input: ExportInput,
  context: GradingContext,
  graph: LinkGraph,
  site: ExportSite,
): RelationJson[] {
  const relations: RelationJson[] = [];
  const add = (from: string, to: string, attributes: Omit<RelationView, 'label' | 'direction' | 'other'>) => {
    const wording: { label: string; inverse: string; symmetric?: boolean } = RELATION_TYPES[attributes.type];
    relations.push({
      from,
      type: attributes.type,
      label: wording.label,
      inverseLabel: wording.inverse,
      symmetric: wording.symmetric === true,
      to,
      derived: isDerivedRelation(attributes.type),
      citations: citationsJson(attributes.cite, site),
      ...inferredOf(attributes.inferred),
      ...timeJson(attributes, context, site),
    });
  };
  graph.relations.forEachEdge((_edge, attributes, from, to) => add(from, to, attributes));
  // Superseded relations are no part of the graph, but the data keeps them, marked.
  for (const entity of input.entities)
    for (const view of graph.supersededRelationsOf(entity.id))
      if (view.direction === 'out') add(entity.id, view.other, view);
  return relations.sort(
    byKeys(
      (r) => r.from,
      (r) => r.type,
      (r) => r.to,
      (r) => r.citations.map((c) => `${c.article}#${String(c.paragraph).padStart(6, '0')}`).join(' '),
    ),
  );
}

function mentionsJson(input: ExportInput, site: ExportSite): MentionJson[] {
  const mentions = new Map<string, MentionJson>();
  for (const article of input.articles) {
    for (const mention of article.mentions) {
      const key = [article.id, mention.paragraph, mention.entity, mention.sentence].join('\u0000');
      const existing = mentions.get(key);
      if (existing) {
        if (!existing.names.includes(mention.text)) existing.names.push(mention.text);
        continue;
      }
      mentions.set(key, {
        entity: mention.entity,
        citation: citationJson(`${article.id}#p-${mention.paragraph}`, site),
        names: [mention.text],
        sentence: mention.sentence,
      });
    }
  }
  for (const mention of mentions.values()) mention.names.sort(byCodePoint);
  return [...mentions.values()].sort(
    byKeys(
      (m) => m.citation.article,
      (m) => m.citation.paragraph,
      (m) => m.entity,
      (m) => m.sentence,
    ),
  );
}

function eventsJson(input: ExportInput, site: ExportSite): EventJson[] {
  const events: EventJson[] = [];
  for (const entity of input.entities) {
    if (entity.kind !== 'events') continue;
    const { date, location, participants } = entity.data;
    events.push({
      id: entity.id,
      name: entity.data.name,
      url: absolute(site.urls.entity('events', entity.id), site.site),
      ...(date
        ? {
            date: {
              date: dateJson(date.edtf),
              citations: citationsJson(date.cite, site),
              ...inferredOf(date.inferred),
            },
          }
        : {}),
      ...(location ? { location: referenceJson(location, site) } : {}),
      participants: participants.map((p) => referenceJson(p, site)).sort(byKeys((p) => p.entity)),
    });
  }
  // Date order; undated events last.
  return events.sort(
    byKeys(
      (e) => (e.date ? 0 : 1),
      (e) => e.date?.date.sortKey ?? '',
      (e) => e.id,
    ),
  );
}

function claimsJson(input: ExportInput, context: GradingContext, graph: LinkGraph, site: DossierJsonSite): ClaimJson[] {
  return input.claims
    .map((claim): ClaimJson => {
      const { data } = claim;
      const links = graph.claimLinks(claim.id);
      const linked = (label: string) =>
        [...new Set(links.filter((l) => l.label === label).map((l) => l.other))].sort(byCodePoint);
      return {
        id: claim.id,
        url: absolute(site.claimUrl(claim.id), site.site),
        statement: data.statement,
        ...(data.claimant ? { claimant: data.claimant } : {}),
        ...(data.claimantNote ? { claimantNote: data.claimantNote } : {}),
        about: [...data.about],
        status: data.status,
        ...(data.note ? { note: data.note } : {}),
        citations: citationsJson(data.cite, site),
        supports: linked('supports'),
        supportedBy: linked('supported by'),
        contradicts: linked('contradicts'),
        ...claimGradeJson(claim, context),
      };
    })
    .sort(byKeys((c) => c.id));
}

/** Where dossier.json links to: the site, and the page each quote and claim is shown on (see registry-urls.ts). */
export interface DossierJsonSite extends ExportSite {
  quoteUrl(id: string): string;
  claimUrl(id: string): string;
}

/**
 * The whole dossier as one JSON document: articles with their paragraphs,
 * entities with their cited facts, relations (declared and derived from
 * events), mentions, events, quotes and claims. Every citation is an object
 * naming the article, the paragraph, its anchor and its address. Arrays are
 * sorted so that two builds write the same bytes.
 */
export function buildDossierJson(input: ExportInput, graph: LinkGraph, site: DossierJsonSite): DossierContentJson {
  const { urls } = site;
  const data = input.dossier.data;
  const kindOrder = (kind: EntityKind) => ENTITY_KINDS.indexOf(kind);
  const context = gradingContext(input);
  return {
    $schema: absolute(urls.asset(DOSSIER_SCHEMA_PATH), site.site),
    version: DOSSIER_JSON_VERSION,
    title: data.title,
    scope: data.scope,
    url: absolute(urls.home(), site.site),
    asOf: { date: dateJson(data.asOf.edtf), basis: data.asOf.basis },
    bottomLine: data.bottomLine.map((line) => ({ text: line.text, citations: citationsJson(line.cite, site) })),
    keyActors: data.keyActors.map((actor) => ({
      entity: actor.ref,
      position: actor.position,
      citations: citationsJson(actor.cite, site),
    })),
    keyEvents: data.keyEvents.map((event) => event.ref),
    keyQuotes: [...data.keyQuotes],
    articles: [...input.articles].sort(byKeys((a) => a.id)).map((article) => articleJson(article, context, site)),
    entities: [...input.entities]
      .sort(
        byKeys(
          (e) => kindOrder(e.kind),
          (e) => e.id,
        ),
      )
      .map((entity) => entityJson(entity, context, site)),
    relations: relationsJson(input, context, graph, site),
    mentions: mentionsJson(input, site),
    events: eventsJson(input, site),
    quotes: input.quotes
      .map(({ id, data: quote }): QuoteJson => ({
        id,
        url: absolute(site.quoteUrl(id), site.site),
        speaker: quote.speaker,
        text: quote.text,
        language: quote.language,
        ...(quote.translation ? { translation: quote.translation } : {}),
        citation: citationJson(quote.cite, site),
        context: {
          ...(quote.context.to ? { to: quote.context.to } : {}),
          ...(quote.context.where ? { where: quote.context.where } : {}),
          ...(quote.context.event ? { event: quote.context.event } : {}),
          ...(quote.context.note ? { note: quote.context.note } : {}),
        },
        about: [...quote.about],
      }))
      .sort(byKeys((q) => q.id)),
    claims: claimsJson(input, context, graph, site),
    ...assessmentJson(input, context, site),
  };
}

/** The file's text: two-space indented JSON and a final newline. */
export function serializeDossierJson(dossier: DossierJson | DossierContentJson): string {
  return `${JSON.stringify(dossier, null, 2)}\n`;
}

/**
 * The same file as UTF-8 bytes, written a section and an item at a time: at
 * 50,000 articles it is larger than a JavaScript string can be (133 MB at 10,000).
 */
export function dossierJsonBytes(dossier: DossierJson | DossierContentJson): Uint8Array<ArrayBuffer> {
  return piecesToBytes(
    (function* () {
      yield* jsonPieces(dossier);
      yield '\n';
    })(),
  );
}
