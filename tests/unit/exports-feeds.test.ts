import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildJsonFeed, buildRss, escapeXml } from '../../src/exports/feeds';
import { createUrls } from '../../src/identity/urls';
import { HOSTILE_TITLE, HOSTILE_TITLE_IN_XML, exportFixture } from '../support/exports';

const { input } = exportFixture();
const at = (site?: string, base = '/') => ({ urls: createUrls(base), site: site ? new URL(site) : undefined });
const site = at('https://example.org/');

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  description: string;
  pubDate?: string;
}
function parseRss(xml: string) {
  const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false }).parse(xml) as {
    rss: {
      '@_version': string;
      channel: {
        title: string;
        link: string;
        description: string;
        'atom:link': Record<string, string>;
        item: RssItem[];
      };
    };
  };
  return parsed.rss;
}

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: Array<{
    id: string;
    url: string;
    title: string;
    summary: string;
    content_text: string;
    date_published?: string;
    language: string;
    authors?: Array<{ name: string }>;
  }>;
}

describe('escapeXml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['</script>', '&lt;/script&gt;'],
    ['"\'', '&quot;&apos;'],
    ['&amp;', '&amp;amp;'],
    ['bell\u0007 nul\u0000 tab\t', 'bell nul tab\t'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['emoji 🇨🇴 ¿¡', 'emoji 🇨🇴 ¿¡'],
  ])('%j → %j', (input, output) => {
    expect(escapeXml(input)).toBe(output);
  });
});

describe('feed.xml (RSS 2.0)', () => {
  const xml = buildRss(input, site);
  const rss = parseRss(xml);

  it('is well-formed XML with an RSS 2.0 channel that links to itself', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel).toMatchObject({ title: 'T', link: 'https://example.org/', description: 'S' });
    expect(rss.channel['atom:link']).toMatchObject({
      '@_href': 'https://example.org/feed.xml',
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
  });

  it('lists the articles newest first, undated last, with RFC 822 dates', () => {
    expect(rss.channel.item.map((i) => i.link)).toEqual([
      'https://example.org/articles/a2/',
      'https://example.org/articles/a1/',
      'https://example.org/articles/a3/',
    ]);
    expect(rss.channel.item.map((i) => i.pubDate)).toEqual([
      'Fri, 09 Jan 2026 00:00:00 GMT',
      'Thu, 08 Jan 2026 00:00:00 GMT',
      undefined,
    ]);
    expect(rss.channel.item[0]!.guid).toEqual({ '#text': 'https://example.org/articles/a2/', '@_isPermaLink': 'true' });
  });

  it('escapes hostile titles and summaries: they read back as the same text, and no markup gets through', () => {
    const a1 = rss.channel.item[1]!;
    expect(a1.title).toBe(HOSTILE_TITLE_IN_XML);
    expect(a1.description.startsWith('Petro <script>alert(1)</script> spoke & more.')).toBe(true);
    expect(rss.channel.item[0]!.title).toBe('Second & <i>last</i>');
    expect(xml).not.toMatch(/<(?:script|b|i)>|<\/script|<!--/);
  });

  it('says when the date or outlet is inferred or not stated', () => {
    const [a2, a1, a3] = rss.channel.item;
    expect(a2!.description).toContain('Published: 9 January 2026.');
    expect(a1!.description).toContain(
      'Published: on or after 8 January 2026 (inferred). Why we think so: After the call.',
    );
    expect(a1!.description).toContain('the dossier records it as 2026-01-08/.. (EDTF)');
    expect(a1!.description).toContain('Outlet: BBC & <Co> (inferred).');
    expect(a3!.description).toContain('Published: not stated.');
    expect(a3!.description).toContain('Outlet: not stated. No masthead.');
  });

  it('links to the preview server without a site, and honours the base', () => {
    expect(parseRss(buildRss(input, at())).channel.item[0]!.link).toBe('http://127.0.0.1:4321/articles/a2/');
    const sub = parseRss(buildRss(input, at('https://example.org/', '/dossier/')));
    expect(sub.channel.item[0]!.link).toBe('https://example.org/dossier/articles/a2/');
    expect(sub.channel['atom:link']['@_href']).toBe('https://example.org/dossier/feed.xml');
  });

  it('is deterministic', () => {
    const again = exportFixture().input;
    expect(buildRss({ ...again, articles: [...again.articles].reverse() }, site)).toBe(xml);
  });
});

describe('feed.json (JSON Feed 1.1)', () => {
  const feed = JSON.parse(buildJsonFeed(input, site)) as JsonFeed;

  it('is a JSON Feed 1.1 of the articles, newest first', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      home_page_url: 'https://example.org/',
      feed_url: 'https://example.org/feed.json',
    });
    expect(feed.items.map((i) => i.id)).toEqual([
      'https://example.org/articles/a2/',
      'https://example.org/articles/a1/',
      'https://example.org/articles/a3/',
    ]);
    expect(feed.items.map((i) => i.date_published)).toEqual([
      '2026-01-09T00:00:00Z',
      '2026-01-08T00:00:00Z',
      undefined,
    ]);
    expect(feed.items.map((i) => i.language)).toEqual(['es', 'en', 'en']);
    expect(feed.items[0]!.authors).toEqual([{ name: 'El País' }]);
    expect(feed.items[2]!.authors).toBeUndefined();
  });

  it('keeps hostile titles as they are (JSON is JSON)', () => {
    expect(feed.items[1]!.title).toBe(HOSTILE_TITLE);
    expect(feed.items[1]!.content_text).toContain('Published: on or after 8 January 2026 (inferred).');
  });
});
