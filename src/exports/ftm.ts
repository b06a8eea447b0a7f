import { piecesToBytes } from '../shared/json-pieces';
import { iso6393To1 } from 'iso-639-3';
import { parseCitation } from '../schemas/citation';
import { ENTITY_KINDS, KINDS, type EntityKind } from '../schemas/kinds';
import {
  isDerivedRelation,
  RELATION_TYPES,
  type DerivedRelationType,
  type RelationType,
} from '../schemas/relation-types';
import { parseDossierDate } from '../shared/dates';
import { assertNever } from '../shared/assert-never';
import { fold } from '../shared/fold';
import type { LinkGraph } from '../dossier/link-graph';
import { isKind, type ArticleRecord, type EntityOf, type EntityRecord } from '../dossier/records';
import { absolute, byKeys, type ExportInput, type ExportSite } from './common';
import { byCodePoint } from '../shared/order';

/**
 * FollowTheMoney (FtM) export: the dossier as FtM entities, the data model of
 * Aleph and OpenSanctions, one JSON object per line. docs/data-exports.md has
 * the mapping table; tests check every schema and property name against the
 * FtM model shipped by @alephdata/followthemoney.
 */

/** The FtM schemata this export writes. */
export const FTM_SCHEMATA = [
  'Person',
  'Organization',
  'PublicBody',
  'Address',
  'Event',
  'Note',
  'Article',
  'Documentation',
  'Directorship',
  'Employment',
  'Membership',
  'Representation',
  'Associate',
  'UnknownLink',
] as const;
export type FtmSchema = (typeof FTM_SCHEMATA)[number];

/** One FtM entity: `{ id, schema, properties }`, every property a list of strings. */
export interface FtmEntity {
  id: string;
  schema: FtmSchema;
  properties: Record<string, string[]>;
}

/**
 * The FtM schemata each exported schema is, itself included (its `extends`
 * chain, as far as the ranges below need it). The tests check this against
 * the FtM model.
 */
export const FTM_ANCESTORS: Record<FtmSchema, readonly string[]> = {
  Person: ['Person', 'LegalEntity', 'Thing'],
  Organization: ['Organization', 'LegalEntity', 'Thing'],
  PublicBody: ['PublicBody', 'Organization', 'LegalEntity', 'Thing'],
  Address: ['Address', 'Thing'],
  Event: ['Event', 'Thing'],
  Note: ['Note', 'Thing'],
  Article: ['Article', 'Document', 'Thing'],
  Documentation: ['Documentation'],
  Directorship: ['Directorship'],
  Employment: ['Employment'],
  Membership: ['Membership'],
  Representation: ['Representation'],
  Associate: ['Associate'],
  UnknownLink: ['UnknownLink'],
};

/**
 * An organisation is a PublicBody when its `type` names a part of a state:
 * a government, administration, ministry, agency, army or other military
 * body, police, court or legislature. Everything else (outlets, parties,
 * companies, armed groups, cartels) is an Organization.
 */
export const PUBLIC_BODY_TYPE =
  /\b(?:government|administration|presidency|ministry|department|agency|army|military|navy|air force|armed forces|police|court|parliament|congress|senate|legislature)\b/i;

/** A relation type mapped to an FtM relationship schema: its two entity properties and role property. */
interface RelationshipMapping {
  schema: Exclude<FtmSchema, 'UnknownLink'>;
  /** Property for the relation's `from` end, and the FtM schema it must be. */
  source: { property: string; range: string };
  /** Property for the relation's `to` end, and the FtM schema it must be. */
  target: { property: string; range: string };
  /** Property that carries our wording of the relation. */
  role: 'role' | 'relationship';
}

const directorship = {
  schema: 'Directorship',
  source: { property: 'director', range: 'LegalEntity' },
  target: { property: 'organization', range: 'Organization' },
  role: 'role',
} as const;
const employment = {
  schema: 'Employment',
  source: { property: 'employee', range: 'Person' },
  target: { property: 'employer', range: 'Organization' },
  role: 'role',
} as const;
const membership = {
  schema: 'Membership',
  source: { property: 'member', range: 'LegalEntity' },
  target: { property: 'organization', range: 'Organization' },
  role: 'role',
} as const;
const associate = {
  schema: 'Associate',
  source: { property: 'person', range: 'Person' },
  target: { property: 'associate', range: 'Person' },
  role: 'relationship',
} as const;

/**
 * Our relation types that have an FtM relationship schema. It is used only
 * when both ends have the schemata the FtM ranges require; every other
 * relation (and these, when the ends do not fit) becomes an UnknownLink with
 * our wording as its role. `participant-in` and `took-place-in` are written
 * on the Event itself (`involved`, `location`/`addressEntity`).
 */
export const RELATION_SCHEMAS: Partial<Record<RelationType, RelationshipMapping>> = {
  'president-of': directorship,
  'acting-leader-of': directorship,
  'official-of': employment,
  'works-for': employment,
  'member-of': membership,
  'part-of': membership,
  'intermediary-for': {
    schema: 'Representation',
    source: { property: 'agent', range: 'LegalEntity' },
    target: { property: 'client', range: 'LegalEntity' },
    role: 'role',
  },
  'spoke-with': associate,
  'met-with': associate,
  'in-contact-with': associate,
  'coordinates-with': associate,
};

/** The FtM id of an entity profile: `dossier-<kind>-<id>`. */
export const ftmEntityId = (kind: EntityKind, id: string) => `dossier-${kind}-${id}`;
/** The FtM id of a source article: `dossier-article-<id>`. */
export const ftmArticleId = (id: string) => `dossier-article-${id}`;

let countryNames: Map<string, string> | undefined;

/**
 * ISO 3166-1 alpha-2 codes by folded English name ("united states" → "us"),
 * from the runtime's own region names (Intl.DisplayNames): no hand-kept list.
 */
function countryCodes(): Map<string, string> {
  if (countryNames) return countryNames;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  countryNames = new Map();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      // Private-use and grouping codes are not countries.
      if (/^(?:AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/.test(code)) continue;
      const name = names.of(code);
      if (name && name !== code && !countryNames.has(fold(name))) countryNames.set(fold(name), code.toLowerCase());
    }
  }
  return countryNames;
}

/** The FtM language code (ISO 639-3, e.g. "eng") of a BCP 47 tag, when there is one. */
function language3(tag: string): string | undefined {
  const primary = tag.split('-')[0]!;
  if (primary.length === 3) return primary;
  return Object.entries(iso6393To1).find(([, one]) => one === primary)?.[0];
}

/** Collects FtM properties: drops empty values and duplicates, keeps the first-seen order. */
class Properties {
  readonly #values = new Map<string, string[]>();
  add(property: string, ...values: Array<string | undefined | null>): this {
    for (const value of values) {
      if (value === undefined || value === null || value.trim() === '') continue;
      const list = this.#values.get(property) ?? [];
      if (!list.includes(value)) list.push(value);
      this.#values.set(property, list);
    }
    return this;
  }
  /** Properties by name, so the line for an entity is always the same. */
  toJSON(): Record<string, string[]> {
    return Object.fromEntries([...this.#values].sort(([a], [b]) => byCodePoint(a, b)));
  }
}

/** Every citation in a profile's fields, whatever its kind: each cited fact carries its own `cite` list. */
function citesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(citesIn);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'cite' && Array.isArray(child) ? child.map(String) : citesIn(child),
  );
}

/** What every FtM mapping below reads: the dossier's profiles and articles, and how to name and link them. */
interface FtmContext {
  urls: ExportSite['urls'];
  /** The dossier's title: the `publisher` of every entity. */
  title: string;
  byId: ReadonlyMap<string, EntityRecord>;
  articles: ReadonlyMap<string, ArticleRecord>;
  /** Each profile's FtM schema. */
  schemaOf: ReadonlyMap<string, FtmSchema>;
  /** Absolute URLs only: FtM's url type needs them, so without a site they are left out. */
  url(path: string): string | undefined;
}

/** The context of one export: profiles by id, their FtM schemata, and the site's addresses. */
function ftmContext(input: ExportInput, site: ExportSite): FtmContext {
  return {
    urls: site.urls,
    title: input.dossier.data.title,
    byId: new Map(input.entities.map((e) => [e.id, e])),
    articles: new Map(input.articles.map((a) => [a.id, a])),
    schemaOf: new Map(input.entities.map((e) => [e.id, ftmSchemaOf(e)])),
    url: (path) => (site.site ? absolute(path, site.site) : undefined),
  };
}

/** A kind's FtM schema (src/schemas/kinds.ts); an organisation that is part of a state is a PublicBody. */
function ftmSchemaOf(entity: EntityRecord): FtmSchema {
  return isKind(entity, 'organizations') && PUBLIC_BODY_TYPE.test(entity.data.type.value)
    ? 'PublicBody'
    : KINDS[entity.kind].ftm;
}

/** The FtM id of the profile `entityId`. */
function idOf(ctx: FtmContext, entityId: string): string {
  return ftmEntityId(ctx.byId.get(entityId)!.kind, entityId);
}

/** Whether the profile `entityId` has the FtM schema `range` or one that extends it. */
function isA(ctx: FtmContext, entityId: string, range: string): boolean {
  return FTM_ANCESTORS[ctx.schemaOf.get(entityId)!].includes(range);
}

/** The dossier as every entity's publisher: its title and home page. */
function addPublisher(ctx: FtmContext, properties: Properties): Properties {
  return properties.add('publisher', ctx.title).add('publisherUrl', ctx.url(ctx.urls.home()));
}

/** The addresses of the cited paragraphs, each once. */
function citationUrls(ctx: FtmContext, cites: readonly string[]): Array<string | undefined> {
  return [...new Set(cites)].map((cite) => ctx.url(ctx.urls.citation(cite)));
}

/** The country code of a place: its own when it is a country, else that of the place it lies within. */
function countryOf(ctx: FtmContext, placeId: string | undefined, seen = new Set<string>()): string | undefined {
  const place = placeId ? ctx.byId.get(placeId) : undefined;
  if (!place || place.kind !== 'places' || seen.has(place.id)) return undefined;
  seen.add(place.id);
  if (fold(place.data.type.value) === 'country') {
    const codes = countryCodes();
    for (const name of [place.data.name, ...place.data.aliases]) {
      const code = codes.get(fold(name));
      if (code) return code;
    }
  }
  return countryOf(ctx, place.data.within?.ref, seen);
}

/** "Bogotá, Colombia": a place's name followed by the places it lies within. */
function fullAddress(ctx: FtmContext, place: EntityOf<'places'>): string {
  const parts = [place.data.name];
  const seen = new Set([place.id]);
  let within = place.data.within?.ref;
  while (within && !seen.has(within)) {
    const outer = ctx.byId.get(within);
    if (!outer || outer.kind !== 'places') break;
    parts.push(outer.data.name);
    seen.add(within);
    within = outer.data.within?.ref;
  }
  return parts.join(', ');
}

/** The articles an entity's facts and summary cite: its `proof`. */
function citedArticles(ctx: FtmContext, entity: EntityRecord): string[] {
  const cites: string[] = [...entity.summary.citations.map((c) => c.to), ...citesIn(entity.data)];
  return [...new Set(cites.map((cite) => parseCitation(cite).article))]
    .filter((id) => ctx.articles.has(id))
    .sort(byCodePoint)
    .map(ftmArticleId);
}

/** Person: each role's title as a `position`. */
function addPersonProperties(properties: Properties, person: EntityOf<'people'>): void {
  properties.add('position', ...person.data.roles.map((role) => role.title));
}

/** Organization or PublicBody: our type as `classification`, its country's code and `Address`. */
function addOrganizationProperties(ctx: FtmContext, properties: Properties, org: EntityOf<'organizations'>): void {
  const country = org.data.country?.ref;
  properties.add('classification', org.data.type.value).add('country', countryOf(ctx, country));
  if (country && ctx.schemaOf.get(country) === 'Address') properties.add('addressEntity', idOf(ctx, country));
}

/** Address (a place): its `full` name with the places it lies within, its country, a city's name. */
function addAddressProperties(ctx: FtmContext, properties: Properties, place: EntityOf<'places'>): void {
  properties
    .add('full', fullAddress(ctx, place))
    .add('country', countryOf(ctx, place.id))
    .add('description', place.data.type.value);
  if (fold(place.data.type.value) === 'city') properties.add('city', place.data.name);
}

/** Event: its date (with the EDTF when FtM's dates cannot say it), its location and who was `involved`. */
function addEventProperties(ctx: FtmContext, properties: Properties, event: EntityOf<'events'>): void {
  const { date, location, participants } = event.data;
  if (date) {
    const parsed = parseDossierDate(date.edtf);
    if (parsed.kind === 'date') properties.add('date', parsed.point.iso);
    else properties.add('startDate', parsed.from?.iso).add('endDate', parsed.to?.iso);
    // FtM dates carry no uncertainty, and open ends are simply absent: keep the EDTF and any reasoning.
    const exact = parsed.kind === 'date' && !parsed.point.uncertain && !parsed.point.approximate;
    properties.add(
      'description',
      [exact ? undefined : `Date recorded as ${date.edtf} (EDTF).`, date.inferred && `Date inferred: ${date.inferred}`]
        .filter(Boolean)
        .join(' '),
    );
  }
  if (location) {
    const place = ctx.byId.get(location.ref);
    if (place) properties.add('location', place.data.name);
    if (ctx.schemaOf.get(location.ref) === 'Address') properties.add('addressEntity', idOf(ctx, location.ref));
    properties.add('country', countryOf(ctx, location.ref));
  }
  properties.add(
    'involved',
    ...participants
      .map((p) => p.ref)
      .filter((ref) => isA(ctx, ref, 'LegalEntity'))
      .sort(byCodePoint)
      .map((ref) => idOf(ctx, ref)),
  );
}

/** Note (a topic): says it is one; what concerns it is linked by `UnknownLink`. */
function addNoteProperties(ctx: FtmContext, properties: Properties): void {
  properties.add('description', `A topic of the dossier "${ctx.title}".`);
}

/** A profile: what every profile has (name, aliases, summary, proof, addresses), then its schema's own properties. */
function profileEntity(ctx: FtmContext, entity: EntityRecord): FtmEntity {
  const properties = new Properties()
    .add('name', entity.data.name)
    .add('alias', ...entity.data.aliases)
    .add('summary', entity.summary.lede)
    .add('sourceUrl', ctx.url(ctx.urls.entity(entity.kind, entity.id)))
    .add('proof', ...citedArticles(ctx, entity));
  addPublisher(ctx, properties);
  switch (entity.kind) {
    case 'people':
      addPersonProperties(properties, entity);
      break;
    case 'organizations':
      addOrganizationProperties(ctx, properties, entity);
      break;
    case 'places':
      addAddressProperties(ctx, properties, entity);
      break;
    case 'events':
      addEventProperties(ctx, properties, entity);
      break;
    case 'topics':
      addNoteProperties(ctx, properties);
      break;
    default:
      assertNever(entity);
  }
  return {
    id: ftmEntityId(entity.kind, entity.id),
    schema: ctx.schemaOf.get(entity.id)!,
    properties: properties.toJSON(),
  };
}

/** Article: a source article with its text, language, outlet, date and how outlet and date are known. */
function articleEntity(ctx: FtmContext, article: ArticleRecord): FtmEntity {
  const { data } = article;
  const properties = new Properties()
    .add('title', data.title)
    .add('name', data.title)
    .add('summary', data.summary)
    .add('language', language3(data.language))
    .add('bodyText', article.paragraphs.join('\n\n'))
    .add(
      'sourceUrl',
      data.url.status === 'not-stated' ? undefined : data.url.value,
      ctx.url(ctx.urls.article(article.id)),
    );
  if (data.outlet.status !== 'not-stated') properties.add('publisher', data.outlet.value);
  if (data.published.status !== 'not-stated') {
    const published = parseDossierDate(data.published.value);
    const earliest = published.kind === 'date' ? published.point : (published.from ?? published.to);
    properties.add('publishedAt', earliest?.iso);
  }
  const notes = [
    data.outlet.status === 'inferred' ? `Outlet inferred: ${data.outlet.basis}` : undefined,
    data.outlet.status === 'not-stated'
      ? `Outlet not stated${data.outlet.note ? `: ${data.outlet.note}` : '.'}`
      : undefined,
    data.published.status === 'inferred'
      ? `Date (${data.published.value}) inferred: ${data.published.basis}`
      : data.published.status === 'stated'
        ? `Date as stated: ${data.published.value}.`
        : 'Date not stated.',
  ];
  properties.add('description', notes.filter(Boolean).join(' '));
  return { id: ftmArticleId(article.id), schema: 'Article', properties: properties.toJSON() };
}

/** Whether a derived relation is a property of its Event rather than an entity of its own. */
function writtenOnEvent(ctx: FtmContext, type: DerivedRelationType, from: string): boolean {
  switch (type) {
    case 'took-place-in': // Event.location / addressEntity
      return true;
    case 'participant-in': // Event.involved holds people and organisations only
      return isA(ctx, from, 'LegalEntity');
    default:
      return assertNever(type);
  }
}

/** A relation as the graph holds it, with both ends. */
type Edge = { from: string; to: string; type: RelationType; cite: string[]; inferred?: string | undefined };

/** One relation: its FtM relationship schema when both ends fit the ranges, otherwise an UnknownLink. */
function relationshipProperties(ctx: FtmContext, { from, to, type, cite, inferred }: Edge) {
  const wording = RELATION_TYPES[type];
  const mapping = RELATION_SCHEMAS[type];
  const fits = mapping && isA(ctx, from, mapping.source.range) && isA(ctx, to, mapping.target.range);
  const properties = new Properties();
  if (fits) {
    properties
      .add(mapping.source.property, idOf(ctx, from))
      .add(mapping.target.property, idOf(ctx, to))
      .add(mapping.role, wording.label);
  } else {
    properties.add('subject', idOf(ctx, from)).add('object', idOf(ctx, to)).add('role', wording.label);
  }
  const fromName = ctx.byId.get(from)!.data.name;
  const toName = ctx.byId.get(to)!.data.name;
  properties
    .add('description', `${fromName} ${wording.label} ${toName}.${inferred ? ` Inferred: ${inferred}` : ''}`)
    .add('sourceUrl', ...citationUrls(ctx, cite));
  // Interest schemata have a status; Associate (an Interval) has not, and says so in its description.
  const schema: FtmSchema = fits ? mapping.schema : 'UnknownLink';
  if (schema !== 'Associate') properties.add('status', inferred ? 'inferred' : 'stated');
  addPublisher(ctx, properties);
  return { schema, properties };
}

/**
 * Relationships (Directorship, Employment, Membership, Representation,
 * Associate, UnknownLink): the declared relations, and event participants
 * that FtM's `involved` cannot hold, each with an id unique in the file.
 */
function relationshipEntities(ctx: FtmContext, graph: LinkGraph): FtmEntity[] {
  const relationships = new Map<string, FtmEntity>();
  const edges: Edge[] = [];
  graph.relations.forEachEdge((_edge, attributes, from, to) => edges.push({ from, to, ...attributes }));
  edges.sort(
    byKeys(
      (e) => e.from,
      (e) => e.type,
      (e) => e.to,
      (e) => e.cite.join(' '),
    ),
  );
  for (const edge of edges) {
    if (isDerivedRelation(edge.type) && writtenOnEvent(ctx, edge.type, edge.from)) continue;
    const { schema, properties } = relationshipProperties(ctx, edge);
    const base = `dossier-relation-${edge.from}-${edge.type}-${edge.to}`;
    let id = base;
    for (let n = 2; relationships.has(id); n++) id = `${base}-${n}`;
    relationships.set(id, { id, schema, properties: properties.toJSON() });
  }
  return [...relationships.values()];
}

/** Documentation: which profiles an article mentions, and in which paragraphs. */
function mentionEntities(ctx: FtmContext, article: ArticleRecord): FtmEntity[] {
  const paragraphs = new Map<string, Set<number>>();
  for (const mention of article.mentions) {
    if (!ctx.byId.has(mention.entity)) continue;
    const set = paragraphs.get(mention.entity) ?? new Set<number>();
    set.add(mention.paragraph);
    paragraphs.set(mention.entity, set);
  }
  return [...paragraphs].map(([entityId, set]) => {
    const numbers = [...set].sort((a, b) => a - b);
    const properties = new Properties()
      .add('document', ftmArticleId(article.id))
      .add('entity', idOf(ctx, entityId))
      .add('role', 'mentioned')
      .add('summary', `Mentioned in ${numbers.map((n) => `¶${n}`).join(', ')}.`)
      .add('sourceUrl', ...numbers.map((n) => ctx.url(ctx.urls.paragraph(article.id, n))));
    addPublisher(ctx, properties);
    return {
      id: `dossier-mention-${article.id}-${entityId}`,
      schema: 'Documentation' as const,
      properties: properties.toJSON(),
    };
  });
}

/** The order of the file: profiles by kind (the registry's order), then everything else; each by id. */
function byKindThenId(entities: FtmEntity[]): FtmEntity[] {
  const kindRank = (id: string) => {
    const kind = ENTITY_KINDS.findIndex((k) => id.startsWith(`dossier-${k}-`));
    return kind >= 0 ? kind : ENTITY_KINDS.length;
  };
  return entities.sort(
    byKeys(
      (e) => kindRank(e.id),
      (e) => e.id,
    ),
  );
}

/**
 * The dossier as FtM entities: profiles (Person, Organization, PublicBody,
 * Address, Event, Note), source articles (Article), relations (Directorship,
 * Employment, Membership, Representation, Associate, UnknownLink) and which
 * articles mention which entity (Documentation). Sorted by id.
 */
export function buildFtmEntities(input: ExportInput, graph: LinkGraph, site: ExportSite): FtmEntity[] {
  const ctx = ftmContext(input, site);
  return byKindThenId([
    ...input.entities.map((entity) => profileEntity(ctx, entity)),
    ...input.articles.map((article) => articleEntity(ctx, article)),
    ...relationshipEntities(ctx, graph),
    ...input.articles.flatMap((article) => mentionEntities(ctx, article)),
  ]);
}

/** The file's text: one FtM entity per line (the format `ftm` and Aleph's importers read). */
export function serializeFtm(entities: readonly FtmEntity[]): string {
  return entities.map((entity) => `${JSON.stringify(entity)}\n`).join('');
}

/** The same lines as UTF-8 bytes, gathered without one string holding them all (109 MB at 10,000 articles). */
export function ftmBytes(entities: readonly FtmEntity[]): Uint8Array<ArrayBuffer> {
  return piecesToBytes(entities.map((entity) => `${JSON.stringify(entity)}\n`));
}
