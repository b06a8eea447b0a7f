import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { CSV_TABLES } from '../../src/exports/csv';
import type { DossierJson } from '../../src/exports/dossier-json';
import { ENTITY_KINDS } from '../../src/schemas/entity';
import {
  citationObjects,
  citationProblems,
  dossierValidator,
  ftmProblems,
  parseFtm,
  readDossierSchema,
} from '../support/exports';
import { readPage } from '../support/build';
import { ROOT } from '../support/paths';
import { realDossier, realDossierUnderSubpath } from '../support/shared-builds';

/** dossier.json, entities.ftm.json and the feeds of the real dossier, checked on the built files. */
const dist = realDossier().outDir;
const subpathDist = realDossierUnderSubpath().outDir;
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const dossierJson = (dir: string) => JSON.parse(read(dir, 'dossier.json')) as DossierJson;
const contentIds = (kind: string) =>
  readdirSync(join(ROOT, 'content', kind))
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
const yamlIds = (file: string) => Object.keys(parseYaml(read(join(ROOT, 'content'), file)) as object).sort();
/** The built file a site path (or absolute URL) points at. */
const builtFile = (dir: string, address: string, base = '/') => {
  const path = new URL(address, 'http://x').pathname.slice(base.length);
  return join(dir, path, path === '' || path.endsWith('/') ? 'index.html' : '');
};

describe('dossier.json', () => {
  const json = dossierJson(dist);

  it('validates against the published schema, which is the one generated from the zod schemas', () => {
    const published = JSON.parse(read(dist, 'dossier.schema.json')) as Record<string, unknown>;
    expect(published).toEqual(readDossierSchema());
    expect(dossierValidator(published)(json)).toEqual([]);
    expect(new URL(json.$schema, 'http://site.invalid').pathname).toBe('/dossier.schema.json');
  });

  it('holds every article, profile, quote and claim of the content', () => {
    expect(json.articles.map((a) => a.id)).toEqual(contentIds('articles'));
    for (const kind of ENTITY_KINDS) {
      expect(
        json.entities
          .filter((e) => e.kind === kind)
          .map((e) => e.id)
          .sort(),
        kind,
      ).toEqual(contentIds(kind));
    }
    expect(json.events.map((e) => e.id).sort()).toEqual(contentIds('events'));
    expect(json.quotes.map((q) => q.id)).toEqual(yamlIds('quotes.yaml'));
    expect(json.claims.map((c) => c.id)).toEqual(yamlIds('claims.yaml'));
  });

  it('round-trips every citation to an existing paragraph of dossier.json and of the built article page', () => {
    expect(citationProblems(json)).toEqual([]);
    const citations = citationObjects(json);
    expect(citations.length).toBeGreaterThan(500);
    const pages = new Map<string, ReturnType<typeof readPage>>();
    for (const { path, citation } of citations) {
      const file = builtFile(dist, citation.url);
      if (!pages.has(file)) pages.set(file, readPage(dist, file.slice(dist.length + 1)));
      const paragraph = select(`#${citation.anchor}`, pages.get(file)!);
      expect(paragraph, `${path}: ${citation.url}`).toBeTruthy();
    }
  });

  it('keeps each paragraph as the article page shows it', () => {
    for (const article of json.articles) {
      const page = readPage(dist, `articles/${article.id}/index.html`);
      for (const paragraph of article.paragraphs) {
        const element = select(`#${paragraph.anchor}`, page);
        expect(element, `${article.id} ${paragraph.anchor}`).toBeTruthy();
        const shown = toString(element!).replace(/\s+/g, ' ').trim();
        expect(shown, `${article.id} ${paragraph.anchor}`).toContain(paragraph.text.replace(/\s+/g, ' ').trim());
      }
    }
  });

  it('points every reference at an exported entity, and every address at a built page', () => {
    const ids = new Set(json.entities.map((e) => e.id));
    const references = [
      ...json.relations.flatMap((r) => [r.from, r.to]),
      ...json.mentions.map((m) => m.entity),
      ...json.events.flatMap((e) => [
        ...e.participants.map((p) => p.entity),
        ...(e.location ? [e.location.entity] : []),
      ]),
      ...json.quotes.flatMap((q) => [q.speaker, ...q.about]),
      ...json.claims.flatMap((c) => [...(c.claimant ? [c.claimant] : []), ...c.about]),
      ...json.keyActors.map((a) => a.entity),
      ...json.keyEvents,
    ];
    expect(references.filter((id) => !ids.has(id))).toEqual([]);
    const addresses = [
      ...json.entities.map((e) => e.url),
      ...json.articles.map((a) => a.url),
      ...json.quotes.map((q) => q.url),
      ...json.claims.map((c) => c.url),
    ];
    expect(addresses.filter((url) => !existsSync(builtFile(dist, url)))).toEqual([]);
  });
});

describe('/data/: the CSV tables', () => {
  it('holds one row per item of dossier.json in each table, each row citing what dossier.json cites', () => {
    const json = dossierJson(dist);
    for (const table of CSV_TABLES) {
      const [header, ...rows] = parseCsv(read(dist, `data/${table}.csv`), { bom: true }) as string[][];
      expect(rows, table).toHaveLength(json[table].length);
      expect(rows.length, table).toBeGreaterThan(0);
      const urls = header!.findIndex((h) => h === 'citation_urls' || h === 'citation_url');
      for (const row of rows)
        for (const url of row[urls]!.split('; ').filter(Boolean))
          expect(existsSync(builtFile(dist, url)), `${table}: ${url}`).toBe(true);
    }
  });

  it('is listed, with its row counts, on /data/, which every page links to', () => {
    const page = readPage(dist, 'data/index.html');
    const json = dossierJson(dist);
    for (const table of CSV_TABLES) {
      const link = select(`a[href="/data/${table}.csv"]`, page);
      expect(link, table).toBeTruthy();
      expect(toString(select(`tr:has(a[href="/data/${table}.csv"]) td:nth-child(2)`, page)!)).toBe(
        String(json[table].length),
      );
    }
    expect(select('footer a[href="/data/"]', readPage(dist, 'people/gustavo-petro/index.html'))).toBeTruthy();
  });
});

describe('entities.ftm.json', () => {
  const text = read(dist, 'entities.ftm.json');
  const entities = parseFtm(text);
  const schemaOf = (id: string) => entities.find((e) => e.id === id)?.schema;

  it('is one valid FtM entity per line: known schemata and properties, references to exported ids', () => {
    expect(ftmProblems(text)).toEqual([]);
  });

  it('exports every profile and article', () => {
    for (const kind of ENTITY_KINDS)
      for (const id of contentIds(kind)) expect(schemaOf(`dossier-${kind}-${id}`), `${kind}/${id}`).toBeDefined();
    for (const id of contentIds('articles')) expect(schemaOf(`dossier-article-${id}`)).toBe('Article');
  });

  it('tells public bodies from other organisations', () => {
    for (const id of ['ice', 'cia', 'us-army', 'delta-force', 'colombian-government', 'trump-administration'])
      expect(schemaOf(`dossier-organizations-${id}`), id).toBe('PublicBody');
    for (const id of ['bbc', 'el-pais', 'fox-news', 'republicans', 'drug-cartels', 'truth-social'])
      expect(schemaOf(`dossier-organizations-${id}`), id).toBe('Organization');
  });

  it('gives countries their ISO codes', () => {
    const country = (id: string) => entities.find((e) => e.id === `dossier-places-${id}`)?.properties.country;
    expect(country('colombia')).toEqual(['co']);
    expect(country('united-states')).toEqual(['us']);
    expect(country('venezuela')).toEqual(['ve']);
    expect(country('bogota')).toEqual(['co']);
  });

  it('writes a relationship entity for every declared relation', () => {
    const declared = ENTITY_KINDS.flatMap((kind) =>
      contentIds(kind).flatMap((id) => {
        const source = read(join(ROOT, 'content', kind), `${id}.mdx`);
        const frontmatter = parseYaml(source.split(/^---$/m)[1]!) as {
          relations?: Array<{ type: string; to: string }>;
        };
        return (frontmatter.relations ?? []).map((r) => `dossier-relation-${id}-${r.type}-${r.to}`);
      }),
    );
    expect(declared.length).toBeGreaterThan(50);
    expect(declared.filter((id) => !schemaOf(id))).toEqual([]);
  });
});

describe('feeds', () => {
  const articles = dossierJson(dist).articles;
  // Newest first by the earliest day each date allows (both real dates are open-ended "on or after").
  const newestFirst = [...articles]
    .sort((a, b) => (b.published.date?.sortKey ?? '').localeCompare(a.published.date?.sortKey ?? ''))
    .map((a) => a.id);

  it('feed.xml is well-formed RSS 2.0 with every article, newest first, linking to built pages', () => {
    const xml = read(dist, 'feed.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml) as {
      rss: { '@_version': string; channel: { item: Array<{ title: string; link: string; pubDate?: string }> } };
    };
    expect(rss.rss['@_version']).toBe('2.0');
    const items = rss.rss.channel.item;
    expect(items.map((i) => new URL(i.link).pathname)).toEqual(newestFirst.map((id) => `/articles/${id}/`));
    expect(items.map((i) => i.title)).toEqual(newestFirst.map((id) => articles.find((a) => a.id === id)!.title));
    for (const item of items) expect(existsSync(builtFile(dist, item.link)), item.link).toBe(true);
  });

  it('feed.json is a JSON Feed 1.1 with the same items', () => {
    const feed = JSON.parse(read(dist, 'feed.json')) as {
      version: string;
      items: Array<{ url: string; title: string; date_published?: string }>;
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i) => new URL(i.url).pathname)).toEqual(newestFirst.map((id) => `/articles/${id}/`));
    for (const item of feed.items) expect(item.date_published ?? '').toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });
});

// @astrojs/sitemap writes a sitemap only when DOSSIER_SITE is set (it needs absolute addresses); the test builds
// set none, so this runs only for a build that has one.
describe.skipIf(!existsSync(join(dist, 'sitemap-index.xml')))('sitemap', () => {
  it('lists built pages only, the articles and profiles among them', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
    const index = parser.parse(read(dist, 'sitemap-index.xml')) as {
      sitemapindex: { sitemap: Array<{ loc: string }> };
    };
    const locs = index.sitemapindex.sitemap.flatMap((s) => {
      const file = new URL(s.loc).pathname.split('/').at(-1)!;
      return (parser.parse(read(dist, file)) as { urlset: { url: Array<{ loc: string }> } }).urlset.url.map(
        (u) => u.loc,
      );
    });
    expect(locs.filter((loc) => !existsSync(builtFile(dist, loc)))).toEqual([]);
    const paths = locs.map((loc) => new URL(loc).pathname);
    for (const id of contentIds('articles')) expect(paths).toContain(`/articles/${id}/`);
    for (const kind of ENTITY_KINDS) for (const id of contentIds(kind)) expect(paths).toContain(`/${kind}/${id}/`);
  });
});

describe('exports under a sub-path', () => {
  it('address the schema, citations and feed items under the base', () => {
    const json = dossierJson(subpathDist);
    expect(new URL(json.$schema, 'http://site.invalid').pathname).toBe('/dossier/dossier.schema.json');
    expect(existsSync(join(subpathDist, 'dossier.schema.json'))).toBe(true);
    const path = (url: string) => new URL(url, 'http://site.invalid').pathname;
    expect(citationObjects(json).every(({ citation }) => path(citation.url).startsWith('/dossier/articles/'))).toBe(
      true,
    );
    for (const { citation } of citationObjects(json).slice(0, 20))
      expect(existsSync(builtFile(subpathDist, path(citation.url), '/dossier/')), citation.url).toBe(true);
    const feed = JSON.parse(read(subpathDist, 'feed.json')) as { feed_url: string; items: Array<{ url: string }> };
    expect(new URL(feed.feed_url).pathname).toBe('/dossier/feed.json');
    expect(feed.items.every((i) => new URL(i.url).pathname.startsWith('/dossier/articles/'))).toBe(true);
    expect(read(subpathDist, 'feed.xml')).toContain('/dossier/feed.xml');
    expect(ftmProblems(read(subpathDist, 'entities.ftm.json'))).toEqual([]);
  });
});
