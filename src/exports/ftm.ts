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
import { isKind, type ArticleRecord, type EntityOf, type EntityRecord } from '../dossier/model';
import { absolute, byKeys, compare, type ExportInput, type ExportSite } from './common';

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
    return Object.fromEntries([...this.#values].sort(([a], [b]) => compare(a, b)));
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

/**
 * The dossier as FtM entities: profiles (Person, Organization, PublicBody,
 * Address, Event, Note), source articles (Article), relations (Directorship,
 * Employment, Membership, Representation, Associate, UnknownLink) and which
 * articles mention which entity (Documentation). Sorted by id.
 */
export function buildFtmEntities(input: ExportInput, graph: LinkGraph, site: ExportSite): FtmEntity[] {
  const { urls } = site;
  const byId = new Map(input.entities.map((e) => [e.id, e]));
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const title = input.dossier.data.title;
  /** Absolute URLs only: FtM's url type needs them, so without a site they are left out. */
  const url = (path: string) => (site.site ? absolute(path, site.site) : undefined);
  const publisher = (properties: Properties) =>
    properties.add('publisher', title).add('publisherUrl', url(urls.home()));
  const citationUrls = (cites: readonly string[]) => [...new Set(cites)].map((cite) => url(urls.citation(cite)));

  /** A kind's FtM schema (src/schemas/kinds.ts); an organisation that is part of a state is a PublicBody. */
  const ftmSchemaOf = (entity: EntityRecord): FtmSchema =>
    isKind(entity, 'organizations') && PUBLIC_BODY_TYPE.test(entity.data.type.value)
      ? 'PublicBody'
      : KINDS[entity.kind].ftm;
  const schemaOf = new Map(input.entities.map((e) => [e.id, ftmSchemaOf(e)]));
  const idOf = (entityId: string) => ftmEntityId(byId.get(entityId)!.kind, entityId);
  const isA = (entityId: string, range: string) => FTM_ANCESTORS[schemaOf.get(entityId)!].includes(range);

  /** Whether a derived relation is a property of its Event rather than an entity of its own. */
  const writtenOnEvent = (type: DerivedRelationType, from: string): boolean => {
    switch (type) {
      case 'took-place-in': // Event.location / addressEntity
        return true;
      case 'participant-in': // Event.involved holds people and organisations only
        return isA(from, 'LegalEntity');
      default:
        return assertNever(type);
    }
  };

  /** The country code of a place: its own when it is a country, else that of the place it lies within. */
  const countryOf = (placeId: string | undefined, seen = new Set<string>()): string | undefined => {
    const place = placeId ? byId.get(placeId) : undefined;
    if (!place || place.kind !== 'places' || seen.has(place.id)) return undefined;
    seen.add(place.id);
    if (fold(place.data.type.value) === 'country') {
      const codes = countryCodes();
      for (const name of [place.data.name, ...place.data.aliases]) {
        const code = codes.get(fold(name));
        if (code) return code;
      }
    }
    return countryOf(place.data.within?.ref, seen);
  };
  /** "Bogotá, Colombia": a place's name followed by the places it lies within. */
  const fullAddress = (place: EntityOf<'places'>) => {
    const parts = [place.data.name];
    const seen = new Set([place.id]);
    let within = place.data.within?.ref;
    while (within && !seen.has(within)) {
      const outer = byId.get(within);
      if (!outer || outer.kind !== 'places') break;
      parts.push(outer.data.name);
      seen.add(within);
      within = outer.data.within?.ref;
    }
    return parts.join(', ');
  };

  /** The articles an entity's facts and summary cite: its `proof`. */
  const citedArticles = (entity: EntityRecord): string[] => {
    const cites: string[] = [...entity.summary.citations.map((c) => c.to), ...citesIn(entity.data)];
    return [...new Set(cites.map((cite) => parseCitation(cite).article))]
      .filter((id) => articles.has(id))
      .sort(compare)
      .map(ftmArticleId);
  };

  const out: FtmEntity[] = [];

  for (const entity of input.entities) {
    const schema = schemaOf.get(entity.id)!;
    const properties = new Properties()
      .add('name', entity.data.name)
      .add('alias', ...entity.data.aliases)
      .add('summary', entity.summary.lede)
      .add('sourceUrl', url(urls.entity(entity.kind, entity.id)))
      .add('proof', ...citedArticles(entity));
    publisher(properties);
    switch (entity.kind) {
      case 'people':
        properties.add('position', ...entity.data.roles.map((role) => role.title));
        break;
      case 'organizations': {
        const country = entity.data.country?.ref;
        properties.add('classification', entity.data.type.value).add('country', countryOf(country));
        if (country && schemaOf.get(country) === 'Address') properties.add('addressEntity', idOf(country));
        break;
      }
      case 'places':
        properties
          .add('full', fullAddress(entity))
          .add('country', countryOf(entity.id))
          .add('description', entity.data.type.value);
        if (fold(entity.data.type.value) === 'city') properties.add('city', entity.data.name);
        break;
      case 'events': {
        const { date, location, participants } = entity.data;
        if (date) {
          const parsed = parseDossierDate(date.edtf);
          if (parsed.kind === 'date') properties.add('date', parsed.point.iso);
          else properties.add('startDate', parsed.from?.iso).add('endDate', parsed.to?.iso);
          // FtM dates carry no uncertainty, and open ends are simply absent: keep the EDTF and any reasoning.
          const exact = parsed.kind === 'date' && !parsed.point.uncertain && !parsed.point.approximate;
          properties.add(
            'description',
            [
              exact ? undefined : `Date recorded as ${date.edtf} (EDTF).`,
              date.inferred && `Date inferred: ${date.inferred}`,
            ]
              .filter(Boolean)
              .join(' '),
          );
        }
        if (location) {
          const place = byId.get(location.ref);
          if (place) properties.add('location', place.data.name);
          if (schemaOf.get(location.ref) === 'Address') properties.add('addressEntity', idOf(location.ref));
          properties.add('country', countryOf(location.ref));
        }
        properties.add(
          'involved',
          ...participants
            .map((p) => p.ref)
            .filter((ref) => isA(ref, 'LegalEntity'))
            .sort(compare)
            .map(idOf),
        );
        break;
      }
      case 'topics':
        properties.add('description', `A topic of the dossier "${title}".`);
        break;
      default:
        assertNever(entity);
    }
    out.push({ id: ftmEntityId(entity.kind, entity.id), schema, properties: properties.toJSON() });
  }

  for (const article of input.articles) out.push(articleEntity(article));

  function articleEntity(article: ArticleRecord): FtmEntity {
    const { data } = article;
    const properties = new Properties()
      .add('title', data.title)
      .add('name', data.title)
      .add('summary', data.summary)
      .add('language', language3(data.language))
      .add('bodyText', article.paragraphs.join('\n\n'))
      .add('sourceUrl', data.url.status === 'not-stated' ? undefined : data.url.value, url(urls.article(article.id)));
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

  // Relations: the declared ones, and event participants that FtM's `involved` cannot hold.
  const relationships = new Map<string, FtmEntity>();
  const edges: Array<{ from: string; to: string; type: RelationType; cite: string[]; inferred?: string | undefined }> =
    [];
  graph.relations.forEachEdge((_edge, attributes, from, to) => edges.push({ from, to, ...attributes }));
  edges.sort(
    byKeys(
      (e) => e.from,
      (e) => e.type,
      (e) => e.to,
      (e) => e.cite.join(' '),
    ),
  );
  for (const { from, to, type, cite, inferred } of edges) {
    if (isDerivedRelation(type) && writtenOnEvent(type, from)) continue;
    const wording = RELATION_TYPES[type];
    const mapping = RELATION_SCHEMAS[type];
    const fits = mapping && isA(from, mapping.source.range) && isA(to, mapping.target.range);
    const properties = new Properties();
    if (fits) {
      properties
        .add(mapping.source.property, idOf(from))
        .add(mapping.target.property, idOf(to))
        .add(mapping.role, wording.label);
    } else {
      properties.add('subject', idOf(from)).add('object', idOf(to)).add('role', wording.label);
    }
    const fromName = byId.get(from)!.data.name;
    const toName = byId.get(to)!.data.name;
    properties
      .add('description', `${fromName} ${wording.label} ${toName}.${inferred ? ` Inferred: ${inferred}` : ''}`)
      .add('sourceUrl', ...citationUrls(cite));
    // Interest schemata have a status; Associate (an Interval) has not, and says so in its description.
    const schema = fits ? mapping.schema : 'UnknownLink';
    if (schema !== 'Associate') properties.add('status', inferred ? 'inferred' : 'stated');
    publisher(properties);
    const base = `dossier-relation-${from}-${type}-${to}`;
    let id = base;
    for (let n = 2; relationships.has(id); n++) id = `${base}-${n}`;
    relationships.set(id, { id, schema, properties: properties.toJSON() });
  }
  out.push(...relationships.values());

  // Which article mentions which entity, and in which paragraphs.
  for (const article of input.articles) {
    const paragraphs = new Map<string, Set<number>>();
    for (const mention of article.mentions) {
      if (!byId.has(mention.entity)) continue;
      const set = paragraphs.get(mention.entity) ?? new Set<number>();
      set.add(mention.paragraph);
      paragraphs.set(mention.entity, set);
    }
    for (const [entityId, set] of paragraphs) {
      const numbers = [...set].sort((a, b) => a - b);
      const properties = new Properties()
        .add('document', ftmArticleId(article.id))
        .add('entity', idOf(entityId))
        .add('role', 'mentioned')
        .add('summary', `Mentioned in ${numbers.map((n) => `¶${n}`).join(', ')}.`)
        .add('sourceUrl', ...numbers.map((n) => url(urls.paragraph(article.id, n))));
      publisher(properties);
      out.push({
        id: `dossier-mention-${article.id}-${entityId}`,
        schema: 'Documentation',
        properties: properties.toJSON(),
      });
    }
  }

  const kindRank = (id: string) => {
    const kind = ENTITY_KINDS.findIndex((k) => id.startsWith(`dossier-${k}-`));
    return kind >= 0 ? kind : ENTITY_KINDS.length;
  };
  return out.sort(
    byKeys(
      (e) => kindRank(e.id),
      (e) => e.id,
    ),
  );
}

/** The file's text: one FtM entity per line (the format `ftm` and Aleph's importers read). */
export function serializeFtm(entities: readonly FtmEntity[]): string {
  return entities.map((entity) => `${JSON.stringify(entity)}\n`).join('');
}
