import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { LinkGraph } from '../../src/dossier/link-graph';
import type { ArticleRecord, EntityRecord } from '../../src/dossier/records';
import type { ExportInput } from '../../src/exports/common';
import { serializeDossierJsonSchema } from '../../src/exports/dossier-json-schema';
import { smallDossier } from './dossier-input';

/**
 * Shared by the exports unit tests and tests/build/exports.test.ts: a fixture
 * dossier with hostile strings, the dossier.json schema validator, and a
 * validator of FtM lines against the FollowTheMoney model.
 */

/** Markup and entity characters that must come out of every export as text. */
export const HOSTILE_TITLE = 'Petro </script><b>warns</b> & "threatens" \'it\' <!-- x --> ]]> \u0001done';
/** The hostile title as XML can carry it: the control character dropped, everything else kept. */
export const HOSTILE_TITLE_IN_XML = HOSTILE_TITLE.replace('\u0001', '');

function article(
  id: string,
  data: Partial<ArticleRecord['data']>,
  base: ArticleRecord | undefined,
  paragraphs?: string[],
) {
  return {
    id,
    filePath: `content/articles/${id}.mdx`,
    paragraphs: paragraphs ?? base?.paragraphs ?? [],
    mentions: base?.mentions ?? [],
    data: {
      title: id,
      label: id,
      outlet: { status: 'not-stated' },
      published: { status: 'not-stated' },
      language: 'en',
      url: { status: 'not-stated' },
      summary: `Summary of ${id}.`,
      seed: `${id}.txt`,
      entities: [],
      source: { kind: 'report', access: 'unknown', independenceGroup: id },
      ...data,
    },
  } as ArticleRecord;
}

/**
 * smallDossier() with real article metadata (hostile titles and summaries,
 * each status of outlet, date and address), organisations of both FtM kinds,
 * a city within a country, a topic, and relations of every FtM mapping.
 */
export function exportDossier(): ExportInput {
  const input = smallDossier();
  const [a1, a2] = input.articles;
  const articles: ArticleRecord[] = [
    article(
      'a1',
      {
        title: HOSTILE_TITLE,
        label: 'A1 & co',
        outlet: { status: 'inferred', value: 'BBC & <Co>', basis: 'It says "the BBC" & so on.', cite: ['a1#p-1'] },
        published: { status: 'inferred', value: '2026-01-08/..', basis: 'After the call.', cite: ['a1#p-2'] },
        summary: 'Petro <script>alert(1)</script> spoke & more.',
      },
      a1,
    ),
    article(
      'a2',
      {
        title: 'Second & <i>last</i>',
        outlet: { status: 'stated', value: 'El País' },
        published: { status: 'stated', value: '2026-01-09' },
        url: { status: 'stated', value: 'https://example.com/a?x=1&y=2' },
        language: 'es',
      },
      a2,
    ),
    article('a3', { outlet: { status: 'not-stated', note: 'No masthead.' } }, undefined, ['Undated text in Bogotá.']),
  ];
  const summary = {
    citations: [{ to: 'a1#p-1' }, { to: 'a1#p-1' }],
    uncited: [],
    lede: 'A <b>lede</b> & more.',
    sentences: [],
  };
  const entities: EntityRecord[] = input.entities.map((entity) =>
    entity.id === 'call'
      ? ({
          ...entity,
          data: {
            ...entity.data,
            location: { ref: 'bogota', cite: ['a3#p-1'] },
            participants: [
              ...(entity.kind === 'events' ? entity.data.participants : []),
              { ref: 'colombia', cite: ['a1#p-2'] },
            ],
            relations: [{ type: 'concerns', to: 'drugs', cite: ['a1#p-1'] }],
          },
        } as EntityRecord)
      : entity.id === 'trump'
        ? ({
            ...entity,
            data: {
              ...entity.data,
              relations: [
                { type: 'acting-leader-of', to: 'ice', cite: ['a1#p-1'] },
                { type: 'intermediary-for', to: 'petro', cite: ['a1#p-1'] },
              ],
            },
          } as EntityRecord)
        : entity.id === 'petro'
          ? ({
              ...entity,
              data: {
                ...entity.data,
                relations: [
                  ...entity.data.relations,
                  { type: 'in-contact-with', to: 'rubio', cite: ['a2#p-1'], inferred: 'He says <so> & more.' },
                  { type: 'criticised', to: 'ice', cite: ['a1#p-1'] },
                ],
              },
            } as EntityRecord)
          : entity,
  );
  entities.push(
    {
      kind: 'people',
      id: 'rubio',
      filePath: 'content/people/rubio.mdx',
      summary,
      data: {
        name: 'Marco Rubio',
        aliases: [],
        roles: [{ title: 'Official', cite: ['a2#p-1'], inferred: 'Guess.' }],
        relations: [
          { type: 'works-for', to: 'ice', cite: ['a2#p-1'] },
          { type: 'member-of', to: 'bbc', cite: ['a2#p-1'] },
        ],
      },
    },
    {
      kind: 'organizations',
      id: 'ice',
      filePath: 'content/organizations/ice.mdx',
      summary,
      data: {
        name: 'US Immigration and Customs Enforcement',
        aliases: ['ICE'],
        relations: [],
        type: { value: 'agency enforcing immigration laws', cite: ['a1#p-1'] },
        country: { ref: 'usa', cite: ['a1#p-1'], inferred: 'Obvious.' },
      },
    },
    {
      kind: 'organizations',
      id: 'bbc',
      filePath: 'content/organizations/bbc.mdx',
      summary,
      data: { name: 'BBC', aliases: [], relations: [], type: { value: 'news outlet', cite: ['a1#p-1'] } },
    },
    {
      kind: 'places',
      id: 'usa',
      filePath: 'content/places/usa.mdx',
      summary,
      data: { name: 'United States', aliases: ['US'], relations: [], type: { value: 'country', cite: ['a1#p-1'] } },
    },
    {
      kind: 'places',
      id: 'bogota',
      filePath: 'content/places/bogota.mdx',
      summary,
      data: {
        name: 'Bogotá',
        aliases: [],
        relations: [],
        type: { value: 'city', cite: ['a3#p-1'] },
        within: { ref: 'colombia', cite: ['a3#p-1'] },
      },
    },
    {
      kind: 'topics',
      id: 'drugs',
      filePath: 'content/topics/drugs.mdx',
      summary: { citations: [], uncited: [], lede: '', sentences: [] },
      data: { name: 'Drug trafficking', aliases: [], relations: [] },
    },
    {
      kind: 'events',
      id: 'visit',
      filePath: 'content/events/visit.mdx',
      summary,
      data: { name: 'Visit', aliases: [], relations: [], participants: [] },
    },
    {
      kind: 'events',
      id: 'strikes',
      filePath: 'content/events/strikes.mdx',
      summary,
      data: {
        name: 'Strikes',
        aliases: [],
        relations: [{ type: 'located-in', to: 'usa', cite: ['a1#p-1'] }],
        participants: [{ ref: 'ice', cite: ['a1#p-1'] }],
        date: { edtf: '../2026-01-06', cite: ['a1#p-1'] },
      },
    },
  );
  const claims = input.claims.map((claim) =>
    claim.id === 'no-call'
      ? { ...claim, data: { ...claim.data, supports: ['call-happened'], note: 'A note.' } }
      : claim,
  );
  const quotes = [
    ...input.quotes,
    {
      id: 'petro-es',
      filePath: 'content/quotes.yaml',
      data: {
        speaker: 'petro',
        text: 'Gustavo Petro',
        cite: 'a2#p-1',
        language: 'es',
        translation: 'Gustavo Petro',
        context: { to: 'bbc', where: 'bogota', note: 'On air.' },
        about: [],
      },
    },
  ];
  return { ...input, dossier: input.dossier!, articles, entities, claims, quotes };
}

/** The fixture and its link graph, as the endpoints hand them to the builders. */
export function exportFixture() {
  const input = exportDossier();
  return { input, graph: new LinkGraph(input) };
}

/**
 * The dossier.json schema as the site publishes it: generated from the zod schemas
 * (src/exports/dossier-json-schema.ts), or read from a built dossier.schema.json.
 */
export function readDossierSchema(path?: string): Record<string, unknown> {
  return JSON.parse(path ? readFileSync(path, 'utf8') : serializeDossierJsonSchema()) as Record<string, unknown>;
}

/** A validator for dossier.json; returns its errors (empty when valid). */
export function dossierValidator(schema = readDossierSchema()): (data: unknown) => ErrorObject[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []));
}

/** Every `properties` entry of a schema, anywhere in it, with its path: to check each has a description. */
export function schemaProperties(
  schema: unknown,
  path = '#',
): Array<{ path: string; schema: Record<string, unknown> }> {
  if (schema === null || typeof schema !== 'object') return [];
  const found: Array<{ path: string; schema: Record<string, unknown> }> = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, property] of Object.entries(value as Record<string, Record<string, unknown>>)) {
        found.push({ path: `${path}/properties/${name}`, schema: property });
      }
    }
    // Schemas inside if/then/else only narrow properties declared elsewhere.
    if (key === 'if' || key === 'then' || key === 'else') continue;
    found.push(...schemaProperties(value, `${path}/${key}`));
  }
  return found;
}

/** A citation object as dossier.json writes it. */
export interface CitationObject {
  article: string;
  paragraph: number;
  anchor: string;
  url: string;
}

/** Every citation object in a dossier.json document, with where it stands. */
export function citationObjects(data: unknown, path = '$'): Array<{ path: string; citation: CitationObject }> {
  if (data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((item, i) => citationObjects(item, `${path}[${i}]`));
  const found: Array<{ path: string; citation: CitationObject }> = [];
  for (const [key, value] of Object.entries(data)) {
    if (key === 'citation') found.push({ path: `${path}.${key}`, citation: value as CitationObject });
    else if (key === 'citations' || key === 'summaryCitations') {
      (value as CitationObject[]).forEach((citation, i) => found.push({ path: `${path}.${key}[${i}]`, citation }));
    } else found.push(...citationObjects(value, `${path}.${key}`));
  }
  return found;
}

/**
 * The problems with each citation of a dossier.json document: an article that
 * is not in `articles`, a paragraph it does not have, an anchor or address
 * that does not name that paragraph.
 */
export function citationProblems(data: {
  articles: Array<{ id: string; url: string; paragraphs: Array<{ n: number; anchor: string; url: string }> }>;
}): string[] {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const problems: string[] = [];
  for (const { path, citation } of citationObjects(data)) {
    const article = articles.get(citation.article);
    const paragraph = article?.paragraphs[citation.paragraph - 1];
    if (!article) problems.push(`${path}: no article ${citation.article}`);
    else if (!paragraph || paragraph.n !== citation.paragraph)
      problems.push(`${path}: ${citation.article} has no paragraph ${citation.paragraph}`);
    else {
      if (citation.anchor !== paragraph.anchor)
        problems.push(`${path}: anchor ${citation.anchor} ≠ ${paragraph.anchor}`);
      if (citation.url !== paragraph.url) problems.push(`${path}: url ${citation.url} ≠ ${paragraph.url}`);
      if (citation.url !== `${article.url}#${paragraph.anchor}`)
        problems.push(`${path}: url ${citation.url} is not on the article page`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- FtM ----

interface FtmProperty {
  name: string;
  type: string;
  range?: string;
  stub?: boolean;
  maxLength?: number;
}
interface FtmSchemaModel {
  extends?: string[];
  abstract?: boolean;
  properties?: Record<string, FtmProperty>;
}
export interface FtmModel {
  schemata: Record<string, FtmSchemaModel>;
  types: Record<string, { maxLength?: number; values?: Record<string, string> }>;
}

/** The FollowTheMoney model (schemata, properties, types) as @alephdata/followthemoney ships it. */
export function ftmModel(): FtmModel {
  const require = createRequire(import.meta.url);
  return JSON.parse(
    readFileSync(require.resolve('@alephdata/followthemoney/dist/defaultModel.json'), 'utf8'),
  ) as FtmModel;
}

/** A schema and all it extends, itself first. */
export function ftmAncestors(model: FtmModel, schema: string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const parent of model.schemata[name]?.extends ?? []) visit(parent);
  };
  visit(schema);
  return seen;
}

/** A schema's properties, inherited ones included. */
export function ftmProperties(model: FtmModel, schema: string): Map<string, FtmProperty> {
  const properties = new Map<string, FtmProperty>();
  for (const name of [...ftmAncestors(model, schema)].reverse()) {
    for (const [key, property] of Object.entries(model.schemata[name]?.properties ?? {})) properties.set(key, property);
  }
  return properties;
}

const FTM_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2})?)?)?)?)?$/;

/**
 * Checks an entities.ftm.json text against the FtM model: every line is a JSON
 * object `{ id, schema, properties }` with a unique id, a concrete schema of
 * the model, properties the schema has (not the reverse "stub" ones), each a
 * list of non-empty strings within the property's length, valid for its type
 * (dates, URLs, countries, languages), and entity references that point at
 * entities in the file whose schema fits the property's range.
 */
export function ftmProblems(text: string, model = ftmModel()): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\n')) problems.push('the file does not end with a line break');
  const lines = text.split('\n').filter((line, i, all) => line !== '' || i < all.length - 1);
  const entities: Array<{ id: string; schema: string; properties: Record<string, unknown> }> = [];
  lines.forEach((line, i) => {
    let entity: unknown;
    try {
      entity = JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1}: not JSON`);
      return;
    }
    const e = entity as { id?: unknown; schema?: unknown; properties?: unknown };
    if (
      typeof e !== 'object' ||
      e === null ||
      Object.keys(e).join() !== 'id,schema,properties' ||
      typeof e.id !== 'string' ||
      typeof e.schema !== 'string' ||
      typeof e.properties !== 'object' ||
      e.properties === null
    ) {
      problems.push(`line ${i + 1}: not {"id", "schema", "properties"}`);
      return;
    }
    entities.push(e as { id: string; schema: string; properties: Record<string, unknown> });
  });
  const schemaOf = new Map<string, string>();
  for (const entity of entities) {
    if (schemaOf.has(entity.id)) problems.push(`${entity.id}: duplicate id`);
    schemaOf.set(entity.id, entity.schema);
  }
  for (const { id, schema, properties } of entities) {
    const model_ = model.schemata[schema];
    if (!model_) {
      problems.push(`${id}: unknown schema ${schema}`);
      continue;
    }
    if (model_.abstract) problems.push(`${id}: abstract schema ${schema}`);
    if (!/^[a-z0-9-]{1,200}$/.test(id)) problems.push(`${id}: id is not [a-z0-9-]`);
    const known = ftmProperties(model, schema);
    for (const [name, values] of Object.entries(properties)) {
      const property = known.get(name);
      if (!property) {
        problems.push(`${id}: ${schema} has no property ${name}`);
        continue;
      }
      if (property.stub) problems.push(`${id}: ${schema}.${name} is a reverse (stub) property`);
      if (!Array.isArray(values) || values.length === 0) {
        problems.push(`${id}: ${name} is not a non-empty list`);
        continue;
      }
      const type = model.types[property.type];
      const maxLength = property.maxLength ?? type?.maxLength ?? Infinity;
      for (const value of values) {
        if (typeof value !== 'string' || value.trim() === '') {
          problems.push(`${id}: ${name} has a value that is not a non-empty string`);
          continue;
        }
        if (value.length > maxLength) problems.push(`${id}: ${name} is longer than ${maxLength}`);
        if (property.type === 'date' && !FTM_DATE.test(value))
          problems.push(`${id}: ${name} ${value} is not an FtM date`);
        if (property.type === 'url' && !/^https?:\/\/[^/]/.test(value))
          problems.push(`${id}: ${name} ${value} is not an absolute URL`);
        if ((property.type === 'country' || property.type === 'language') && !(value in (type?.values ?? {})))
          problems.push(`${id}: ${name} ${value} is not an FtM ${property.type}`);
        if (property.type === 'entity') {
          const target = schemaOf.get(value);
          if (!target) problems.push(`${id}: ${name} points at ${value}, which is not in the file`);
          else if (property.range && !ftmAncestors(model, target).has(property.range))
            problems.push(`${id}: ${name} points at a ${target}, not a ${property.range}`);
        }
      }
    }
  }
  return problems;
}

/** The entities of an entities.ftm.json text. */
export function parseFtm(text: string): Array<{ id: string; schema: string; properties: Record<string, string[]> }> {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; schema: string; properties: Record<string, string[]> });
}
