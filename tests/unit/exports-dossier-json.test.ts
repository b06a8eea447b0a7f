import { describe, expect, it } from 'vitest';
import { LinkGraph } from '../../src/dossier/link-graph';
import type { ExportInput } from '../../src/exports/common';
import { buildDossierJson, serializeDossierJson, type DossierJson } from '../../src/exports/dossier-json';
import { createUrls } from '../../src/identity/urls';
import {
  HOSTILE_TITLE,
  citationObjects,
  citationProblems,
  dossierValidator,
  exportFixture,
  readDossierSchema,
  schemaProperties,
} from '../support/exports';

const { input, graph } = exportFixture();
const validate = dossierValidator();
const at = (site?: string, base = '/') => {
  const urls = createUrls(base);
  return {
    urls,
    site: site ? new URL(site) : undefined,
    quoteUrl: (id: string) => `${urls.quotes()}#quote-${id}`,
    claimUrl: (id: string) => `${urls.claims()}#claim-${id}`,
  };
};
/** dossier.json as a reader gets it, with no editions recorded: serialised and parsed back. */
const read = (site = at()) =>
  JSON.parse(serializeDossierJson({ ...buildDossierJson(input, graph, site), editions: [] })) as DossierJson;
const json = read();

/** Every citation string the content holds, wherever it stands. */
function contentCitations(dossier: ExportInput): Set<string> {
  const all: string[] = [];
  const d = dossier.dossier.data;
  for (const line of d.bottomLine) all.push(...line.cite);
  for (const actor of d.keyActors) all.push(...actor.cite);
  for (const article of dossier.articles) {
    for (const fact of [article.data.outlet, article.data.published, article.data.url])
      if (fact.status !== 'not-stated') all.push(...(fact.cite ?? []));
    for (const mention of article.mentions) all.push(`${article.id}#p-${mention.paragraph}`);
  }
  for (const entity of dossier.entities) {
    all.push(...entity.summary.citations.map((c) => c.to));
    for (const relation of entity.data.relations) all.push(...relation.cite);
    if (entity.kind === 'people') for (const role of entity.data.roles) all.push(...role.cite);
    if (entity.kind === 'organizations') all.push(...entity.data.type.cite, ...(entity.data.country?.cite ?? []));
    if (entity.kind === 'places') all.push(...entity.data.type.cite, ...(entity.data.within?.cite ?? []));
    if (entity.kind === 'events') {
      all.push(...(entity.data.date?.cite ?? []), ...(entity.data.location?.cite ?? []));
      for (const p of entity.data.participants) all.push(...p.cite);
    }
  }
  for (const quote of dossier.quotes) all.push(quote.data.cite);
  for (const claim of dossier.claims) all.push(...claim.data.cite);
  return new Set(all);
}

describe('dossier.json', () => {
  it('validates against the schema generated from its zod schemas', () => {
    expect(validate(json)).toEqual([]);
    expect(validate(read(at('https://example.org/')))).toEqual([]);
  });

  it('round-trips every citation to an existing paragraph, with its anchor and address', () => {
    expect(citationProblems(json)).toEqual([]);
    const exported = new Set(
      citationObjects(json).map(({ citation }) => `${citation.article}#p-${citation.paragraph}`),
    );
    expect(exported).toEqual(contentCitations(input));
    for (const { citation } of citationObjects(json)) {
      const article = input.articles.find((a) => a.id === citation.article)!;
      expect(article.paragraphs[citation.paragraph - 1]).toBe(
        json.articles.find((a) => a.id === citation.article)!.paragraphs[citation.paragraph - 1]!.text,
      );
    }
  });

  it('keeps the text of every paragraph, numbered and anchored as on the article page', () => {
    const a1 = json.articles.find((a) => a.id === 'a1')!;
    expect(a1.paragraphs).toEqual([
      { n: 1, anchor: 'p-1', text: 'Petro spoke with Trump.', url: '/articles/a1/#p-1' },
      { n: 2, anchor: 'p-2', text: 'Petro is in Colombia.', url: '/articles/a1/#p-2' },
    ]);
  });

  it('writes hostile strings as plain JSON strings', () => {
    expect(json.articles.find((a) => a.id === 'a1')!.title).toBe(HOSTILE_TITLE);
  });

  it('writes outlet, date and address with their status, basis and note', () => {
    const [a1, a2, a3] = json.articles;
    expect(a1!.outlet).toMatchObject({ status: 'inferred', value: 'BBC & <Co>', basis: 'It says "the BBC" & so on.' });
    expect(a1!.published.date).toMatchObject({ edtf: '2026-01-08/..', precision: 'interval', start: '2026-01-08' });
    expect(a1!.published.date!.end).toBeNull();
    expect(a2!.sourceUrl).toEqual({ status: 'stated', value: 'https://example.com/a?x=1&y=2', citations: [] });
    expect(a3!.outlet).toEqual({ status: 'not-stated', note: 'No masthead.', citations: [] });
    expect(a3!.published).toEqual({ status: 'not-stated', citations: [] });
  });

  it('gives each entity its kind-specific facts, and no others', () => {
    const entity = (id: string) => json.entities.find((e) => e.id === id)!;
    // A role with its standing: a2 (9 January) supports it on the dossier's as-of date, so it is current.
    expect(entity('rubio').roles).toEqual([
      {
        title: 'Official',
        citations: [expect.objectContaining({ article: 'a2', paragraph: 1 })],
        inferred: 'Guess.',
        status: 'current',
        lastSupported: { citation: expect.objectContaining({ article: 'a2', paragraph: 1 }), date: '2026-01-09' },
      },
    ]);
    expect(entity('ice').type?.value).toBe('agency enforcing immigration laws');
    expect(entity('ice').country).toMatchObject({ entity: 'usa', inferred: 'Obvious.' });
    expect(entity('bogota').within).toMatchObject({ entity: 'colombia' });
    expect(Object.keys(entity('drugs')).sort()).toEqual([
      'aliases',
      'id',
      'kind',
      'name',
      'summary',
      'summaryCitations',
      'url',
    ]);
    // Summary citations are deduplicated.
    expect(entity('rubio').summaryCitations).toHaveLength(1);
    expect(json.entities.map((e) => e.kind)).toEqual(
      [...json.entities.map((e) => e.kind)].sort((a, b) => {
        const order = ['people', 'organizations', 'places', 'events', 'topics'];
        return order.indexOf(a) - order.indexOf(b);
      }),
    );
  });

  it('lists declared and derived relations with their wording', () => {
    expect(json.relations).toContainEqual(
      expect.objectContaining({
        from: 'petro',
        type: 'president-of',
        to: 'colombia',
        label: 'president of',
        inverseLabel: 'has president',
        derived: false,
      }),
    );
    expect(json.relations).toContainEqual(
      expect.objectContaining({ from: 'trump', type: 'participant-in', to: 'call', derived: true }),
    );
    expect(json.relations).toContainEqual(
      expect.objectContaining({ from: 'call', type: 'took-place-in', to: 'bogota', derived: true }),
    );
    expect(json.relations.find((r) => r.type === 'in-contact-with')).toMatchObject({
      symmetric: true,
      inferred: 'He says <so> & more.',
    });
  });

  it('lists each mentioning sentence once, with the names used', () => {
    expect(json.mentions.filter((m) => m.entity === 'petro' && m.citation.article === 'a2')).toEqual([
      {
        entity: 'petro',
        citation: { article: 'a2', paragraph: 1, anchor: 'p-1', url: '/articles/a2/#p-1' },
        names: ['Gustavo Petro', 'Petro'],
        sentence: 'Gustavo Petro and Petro again.',
      },
    ]);
  });

  it('lists events in date order, undated last, with precision and sort key', () => {
    expect(json.events.map((e) => e.id)).toEqual(['strikes', 'call', 'visit']);
    expect(json.events[1]!.date).toMatchObject({
      date: { edtf: '2026-01-07?', precision: 'day', uncertain: true, sortKey: '2026-01-07' },
      inferred: 'Wednesday of that week.',
    });
    expect(json.events[0]!.date!.date).toMatchObject({ precision: 'interval', start: null, end: '2026-01-06' });
    expect(json.events[1]!.participants.map((p) => p.entity)).toEqual(['colombia', 'petro', 'trump']);
    expect(json.events[1]!.location).toMatchObject({ entity: 'bogota' });
  });

  it('links claims both ways and anchors quotes and claims on their pages', () => {
    const claim = (id: string) => json.claims.find((c) => c.id === id)!;
    expect(claim('call-happened')).toMatchObject({ contradicts: ['no-call'], supportedBy: ['no-call'], supports: [] });
    expect(claim('no-call')).toMatchObject({
      contradicts: ['call-happened'],
      supports: ['call-happened'],
      claimantNote: 'Someone',
    });
    expect(claim('no-call').url).toBe('/claims/#claim-no-call');
    expect(json.quotes.find((q) => q.id === 'petro-es')).toMatchObject({
      url: '/quotes/#quote-petro-es',
      translation: 'Gustavo Petro',
      context: { to: 'bbc', where: 'bogota', note: 'On air.' },
    });
  });

  it('uses path-only addresses without a site, absolute ones with it, and honours the base', () => {
    expect(json.$schema).toBe('/dossier.schema.json');
    expect(json.url).toBe('/');
    const absolute = read(at('https://example.org/'));
    expect(absolute.$schema).toBe('https://example.org/dossier.schema.json');
    expect(absolute.entities[0]!.url).toBe('https://example.org/people/petro/');
    const sub = read(at('https://example.org/', '/dossier/'));
    expect(sub.$schema).toBe('https://example.org/dossier/dossier.schema.json');
    expect(citationProblems(sub)).toEqual([]);
    expect(
      citationObjects(sub).every(({ citation }) => citation.url.startsWith('https://example.org/dossier/articles/')),
    ).toBe(true);
  });

  it('is deterministic', () => {
    const again = exportFixture().input;
    const reversed = {
      ...again,
      entities: [...again.entities].reverse(),
      articles: [...again.articles].reverse(),
      quotes: [...again.quotes].reverse(),
      claims: [...again.claims].reverse(),
    };
    expect(serializeDossierJson(buildDossierJson(reversed, new LinkGraph(reversed), at()))).toBe(
      serializeDossierJson(buildDossierJson(input, graph, at())),
    );
  });
});

describe('dossier.schema.json', () => {
  const schema = readDossierSchema();

  it('describes every property and forbids unknown ones', () => {
    const properties = schemaProperties(schema);
    expect(properties.length).toBeGreaterThan(100);
    expect(properties.filter(({ schema: s }) => typeof s.description !== 'string').map((p) => p.path)).toEqual([]);
    const objects: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      // A map (names by language) may hold more keys, but only keys of a stated pattern.
      const keyed = typeof (record.propertyNames as { pattern?: unknown } | undefined)?.pattern === 'string';
      if (record.type === 'object' && record.additionalProperties !== false && !keyed) objects.push(path);
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
    };
    walk(schema, '#');
    expect(objects).toEqual([]);
  });

  it('rejects what the shape does not allow', () => {
    const broken = (change: (copy: DossierJson & Record<string, unknown>) => void) => {
      const copy = structuredClone(json) as DossierJson & Record<string, unknown>;
      change(copy);
      return validate(copy);
    };
    expect(broken((d) => (d.extra = 1))).not.toEqual([]);
    expect(broken((d) => (d.relations[0]!.citations[0]!.anchor = '7'))).not.toEqual([]);
    expect(broken((d) => (d.entities[0]!.kind = 'things' as never))).not.toEqual([]);
    // Kind-specific facts stay on their kind.
    expect(broken((d) => (d.entities.find((e) => e.kind === 'topics')!.roles = []))).not.toEqual([]);
    // An inferred value needs its basis; a not-stated one has no value.
    expect(broken((d) => delete d.articles[0]!.outlet.basis)).not.toEqual([]);
    expect(broken((d) => (d.articles[2]!.outlet.value = 'X'))).not.toEqual([]);
  });
});
