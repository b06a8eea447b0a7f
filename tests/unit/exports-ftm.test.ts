import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LinkGraph } from '../../src/dossier/link-graph';
import {
  FTM_ANCESTORS,
  FTM_SCHEMATA,
  PUBLIC_BODY_TYPE,
  RELATION_SCHEMAS,
  buildFtmEntities,
  serializeFtm,
} from '../../src/exports/ftm';
import { RELATION_TYPE_NAMES } from '../../src/schemas/relation-types';
import { createUrls } from '../../src/identity/urls';
import {
  HOSTILE_TITLE,
  exportFixture,
  ftmAncestors,
  ftmModel,
  ftmProblems,
  ftmProperties,
  parseFtm,
} from '../support/exports';
import { ROOT } from '../support/paths';

const model = ftmModel();
const { input, graph } = exportFixture();
const at = (site?: string, base = '/') => ({ urls: createUrls(base), site: site ? new URL(site) : undefined });
const text = serializeFtm(buildFtmEntities(input, graph, at('https://example.org/')));
const entities = parseFtm(text);
const entity = (id: string) => entities.find((e) => e.id === id)!;

describe('the FtM mapping tables', () => {
  it('names schemata of the FtM model, with their real ancestry', () => {
    const ranges = new Set(['LegalEntity', 'Organization', 'Person', 'Thing', 'Document']);
    for (const schema of FTM_SCHEMATA) {
      expect(model.schemata[schema], schema).toBeDefined();
      expect(model.schemata[schema]!.abstract, schema).toBeFalsy();
      const real = ftmAncestors(model, schema);
      for (const range of ranges)
        expect(FTM_ANCESTORS[schema].includes(range), `${schema} is a ${range}`).toBe(real.has(range));
      for (const ancestor of FTM_ANCESTORS[schema])
        expect(real.has(ancestor), `${schema} extends ${ancestor}`).toBe(true);
    }
  });

  it('maps relation types onto FtM properties that exist, with the ranges FtM gives them', () => {
    for (const [type, mapping] of Object.entries(RELATION_SCHEMAS)) {
      expect(RELATION_TYPE_NAMES, type).toContain(type);
      const properties = ftmProperties(model, mapping.schema);
      for (const end of [mapping.source, mapping.target]) {
        expect(properties.get(end.property)?.type, `${type}: ${mapping.schema}.${end.property}`).toBe('entity');
        expect(properties.get(end.property)?.range, `${type}: ${mapping.schema}.${end.property}`).toBe(end.range);
      }
      expect(properties.has(mapping.role), `${mapping.schema}.${mapping.role}`).toBe(true);
    }
    const unknown = ftmProperties(model, 'UnknownLink');
    expect([unknown.get('subject')?.range, unknown.get('object')?.range]).toEqual(['Thing', 'Thing']);
  });

  it.each([
    ['intelligence agency', true],
    ['agency enforcing immigration laws', true],
    ['government', true],
    ['administration', true],
    ['army', true],
    ['military unit', true],
    ['news outlet', false],
    ['news organisation', false],
    ['political party', false],
    ['political opposition', false],
    ['armed groups', false],
    ['drug cartels', false],
    ['business leaders', false],
    ['platform', false],
    ['Spanish outlet', false],
  ])('organisation type %j is a PublicBody: %s', (type, publicBody) => {
    expect(PUBLIC_BODY_TYPE.test(type)).toBe(publicBody);
  });
});

describe('entities.ftm.json', () => {
  it('is one valid FtM entity per line: known schemata and properties, references to exported ids', () => {
    expect(ftmProblems(text, model)).toEqual([]);
    expect(text.split('\n').at(-1)).toBe('');
    expect(new Set(entities.map((e) => e.schema))).toEqual(new Set(FTM_SCHEMATA));
  });

  it('is checked by a validator that catches what FtM would refuse', () => {
    const line = (e: object) => `${JSON.stringify(e)}\n`;
    const person = { id: 'p', schema: 'Person', properties: { name: ['P'] } };
    const problems = (...lines: object[]) => ftmProblems(lines.map(line).join(''), model);
    expect(problems(person)).toEqual([]);
    expect(problems({ ...person, schema: 'Human' })).toEqual(['p: unknown schema Human']);
    expect(problems({ ...person, schema: 'Thing' })).toEqual(['p: abstract schema Thing']);
    expect(problems({ ...person, properties: { nmae: ['P'] } })).toEqual(['p: Person has no property nmae']);
    expect(problems({ ...person, properties: { name: 'P' } })).toEqual(['p: name is not a non-empty list']);
    expect(problems({ ...person, properties: { associates: ['x'] } })[0]).toMatch(/stub/);
    expect(problems({ ...person, properties: { country: ['Colombia'] } })).toEqual([
      'p: country Colombia is not an FtM country',
    ]);
    expect(problems({ ...person, properties: { birthDate: ['2026-01-07?'] } })[0]).toMatch(/not an FtM date/);
    expect(problems({ ...person, properties: { sourceUrl: ['/people/p/'] } })[0]).toMatch(/not an absolute URL/);
    const link = { id: 'l', schema: 'Employment', properties: { employee: ['p'], employer: ['q'] } };
    expect(problems(person, link)).toEqual(['l: employer points at q, which is not in the file']);
    expect(problems(person, { ...person, id: 'q' }, link)).toEqual([
      'l: employer points at a Person, not a Organization',
    ]);
    expect(problems(person, person)).toEqual(['p: duplicate id']);
    expect(ftmProblems('{"id":"p"', model)[0]).toMatch(/not JSON|line break/);
  });

  it('exports every profile and article under a stable id', () => {
    for (const e of input.entities) expect(entity(`dossier-${e.kind}-${e.id}`), e.id).toBeDefined();
    for (const a of input.articles) expect(entity(`dossier-article-${a.id}`).schema).toBe('Article');
  });

  it('maps kinds to FtM schemata', () => {
    expect(entity('dossier-people-petro')).toMatchObject({
      schema: 'Person',
      properties: { name: ['Gustavo Petro'], alias: ['Petro'], position: ['President of Colombia'] },
    });
    expect(entity('dossier-organizations-ice')).toMatchObject({
      schema: 'PublicBody',
      properties: {
        classification: ['agency enforcing immigration laws'],
        country: ['us'],
        addressEntity: ['dossier-places-usa'],
      },
    });
    expect(entity('dossier-organizations-bbc').schema).toBe('Organization');
    expect(entity('dossier-places-bogota')).toMatchObject({
      schema: 'Address',
      properties: { full: ['Bogotá, Colombia'], city: ['Bogotá'], country: ['co'] },
    });
    expect(entity('dossier-topics-drugs').schema).toBe('Note');
  });

  it('maps events: date with its precision, location, the people and organisations involved', () => {
    expect(entity('dossier-events-call').properties).toMatchObject({
      date: ['2026-01-07'],
      location: ['Bogotá'],
      addressEntity: ['dossier-places-bogota'],
      country: ['co'],
      involved: ['dossier-people-petro', 'dossier-people-trump'],
      description: ['Date recorded as 2026-01-07? (EDTF). Date inferred: Wednesday of that week.'],
    });
    const strikes = entity('dossier-events-strikes').properties;
    expect(strikes.endDate).toEqual(['2026-01-06']);
    expect(strikes.startDate).toBeUndefined();
    expect(entity('dossier-events-visit').properties.date).toBeUndefined();
    // A place taking part is not a LegalEntity, so it is linked, not `involved`.
    expect(entity('dossier-relation-colombia-participant-in-call')).toMatchObject({
      schema: 'UnknownLink',
      properties: { subject: ['dossier-places-colombia'], object: ['dossier-events-call'], role: ['took part in'] },
    });
  });

  it('maps relations to FtM relationship schemata where the ends fit, UnknownLink otherwise', () => {
    expect(entity('dossier-relation-rubio-works-for-ice')).toMatchObject({
      schema: 'Employment',
      properties: { employee: ['dossier-people-rubio'], employer: ['dossier-organizations-ice'], role: ['works for'] },
    });
    expect(entity('dossier-relation-rubio-member-of-bbc').schema).toBe('Membership');
    expect(entity('dossier-relation-trump-acting-leader-of-ice')).toMatchObject({
      schema: 'Directorship',
      properties: { director: ['dossier-people-trump'], organization: ['dossier-organizations-ice'] },
    });
    expect(entity('dossier-relation-trump-intermediary-for-petro')).toMatchObject({
      schema: 'Representation',
      properties: { agent: ['dossier-people-trump'], client: ['dossier-people-petro'], role: ['intermediary for'] },
    });
    expect(entity('dossier-relation-petro-spoke-with-trump')).toMatchObject({
      schema: 'Associate',
      properties: {
        person: ['dossier-people-petro'],
        associate: ['dossier-people-trump'],
        relationship: ['spoke with'],
      },
    });
    // A president of a country (a place, not an Organization): no Directorship.
    expect(entity('dossier-relation-petro-president-of-colombia')).toMatchObject({
      schema: 'UnknownLink',
      properties: { subject: ['dossier-people-petro'], object: ['dossier-places-colombia'], role: ['president of'] },
    });
    expect(entity('dossier-relation-call-concerns-drugs').properties.object).toEqual(['dossier-topics-drugs']);
    expect(entity('dossier-relation-petro-in-contact-with-rubio').properties.description).toEqual([
      'Gustavo Petro in contact with Marco Rubio. Inferred: He says <so> & more.',
    ]);
    expect(entity('dossier-relation-petro-criticised-ice').properties).toMatchObject({
      status: ['stated'],
      sourceUrl: ['https://example.org/articles/a1/#p-1'],
    });
  });

  it('exports every declared relation, and links each entity to the articles that mention it', () => {
    const declared = input.entities.flatMap((e) =>
      e.data.relations.map((r) => `dossier-relation-${e.id}-${r.type}-${r.to}`),
    );
    for (const id of declared) expect(entity(id), id).toBeDefined();
    expect(entity('dossier-mention-a1-petro')).toMatchObject({
      schema: 'Documentation',
      properties: {
        document: ['dossier-article-a1'],
        entity: ['dossier-people-petro'],
        sourceUrl: ['https://example.org/articles/a1/#p-1', 'https://example.org/articles/a1/#p-2'],
      },
    });
    expect(entity('dossier-people-rubio').properties.proof).toEqual(['dossier-article-a1', 'dossier-article-a2']);
  });

  it('exports articles with their text, language, outlet and earliest date', () => {
    expect(entity('dossier-article-a1').properties).toMatchObject({
      title: [HOSTILE_TITLE],
      language: ['eng'],
      publisher: ['BBC & <Co>'],
      publishedAt: ['2026-01-08'],
      bodyText: ['Petro spoke with Trump.\n\nPetro is in Colombia.'],
    });
    expect(entity('dossier-article-a2').properties).toMatchObject({
      language: ['spa'],
      sourceUrl: ['https://example.com/a?x=1&y=2', 'https://example.org/articles/a2/'],
    });
    expect(entity('dossier-article-a3').properties.publishedAt).toBeUndefined();
  });

  it('leaves URLs out without a site (FtM URLs are absolute), and honours the base with one', () => {
    const pathOnly = serializeFtm(buildFtmEntities(input, graph, at()));
    expect(ftmProblems(pathOnly, model)).toEqual([]);
    // Only the article's own address, which is absolute, is left.
    expect(parseFtm(pathOnly).flatMap((e) => e.properties.sourceUrl ?? [])).toEqual(['https://example.com/a?x=1&y=2']);
    expect(pathOnly).not.toContain('publisherUrl');
    const sub = parseFtm(serializeFtm(buildFtmEntities(input, graph, at('https://example.org/', '/dossier/'))));
    expect(sub.find((e) => e.id === 'dossier-people-petro')!.properties.sourceUrl).toEqual([
      'https://example.org/dossier/people/petro/',
    ]);
  });

  it('is deterministic', () => {
    const again = exportFixture().input;
    const reversed = { ...again, entities: [...again.entities].reverse(), articles: [...again.articles].reverse() };
    expect(serializeFtm(buildFtmEntities(reversed, new LinkGraph(reversed), at('https://example.org/')))).toBe(text);
  });
});

describe('docs/data-exports.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/data-exports.md'), 'utf8');

  it('documents the mapping of every relation type and every FtM schema the export writes', () => {
    for (const type of RELATION_TYPE_NAMES) expect(doc, type).toContain(`| \`${type}\``);
    for (const schema of FTM_SCHEMATA) expect(doc, schema).toContain(`\`${schema}\``);
    for (const [type, mapping] of Object.entries(RELATION_SCHEMAS)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${type}\``))!;
      expect(row, type).toContain(`\`${mapping.schema}\``);
      expect(row, type).toContain(`\`${mapping.source.property}\` → \`${mapping.target.property}\``);
    }
  });
});
