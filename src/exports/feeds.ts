import { articlesNewestFirst } from '../views/article-meta';
import { parseDossierDate } from '../shared/dates';
import { PAGE_SIZE } from '../views/paging';
import type { ArticleRecord } from '../dossier/records';
import { dateJson, earliestInstant, FALLBACK_ORIGIN, type ExportInput, type ExportSite } from './common';

/** Where the feeds are published, relative to the site's base. */
export const RSS_PATH = 'feed.xml';
export const JSON_FEED_PATH = 'feed.json';

/** One article as both feeds describe it. */
export interface FeedItem {
  id: string;
  title: string;
  /** The article's page, absolute. */
  url: string;
  summary: string;
  /** The summary, then the outlet and date as the dossier knows them (stated, inferred with why, or not stated). */
  text: string;
  /** The earliest moment the publication date allows (an interval open at the start: its end); absent when not stated. */
  date?: Date;
  language: string;
  /** The outlet, when stated or inferred. */
  outlet?: string;
}

/** The feed as a whole. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The home page, absolute. */
  home: string;
  items: FeedItem[];
}

/** The origin feeds link to: the configured site, or the preview server (see docs/data-exports.md). */
export const feedOrigin = (site: URL | undefined) => site ?? new URL(FALLBACK_ORIGIN);

function feedItem(article: ArticleRecord, { urls, site }: ExportSite): FeedItem {
  const { data } = article;
  const origin = feedOrigin(site);
  const outlet = data.outlet.status === 'not-stated' ? undefined : data.outlet.value;
  const lines = [data.summary];
  if (data.outlet.status === 'not-stated')
    lines.push(`Outlet: not stated.${data.outlet.note ? ` ${data.outlet.note}` : ''}`);
  else if (data.outlet.status === 'inferred')
    lines.push(`Outlet: ${data.outlet.value} (inferred). Why we think so: ${data.outlet.basis}`);
  else lines.push(`Outlet: ${data.outlet.value}.`);
  if (data.published.status === 'not-stated')
    lines.push(`Published: not stated.${data.published.note ? ` ${data.published.note}` : ''}`);
  else {
    const published = dateJson(data.published.value);
    const inferred =
      data.published.status === 'inferred' ? ` (inferred). Why we think so: ${data.published.basis}` : '.';
    lines.push(`Published: ${published.text}${inferred}`);
    if (published.precision !== 'day' || published.uncertain || published.approximate) {
      const bound = published.start ? 'earliest' : 'latest';
      lines.push(
        `The feed gives the ${bound} day this date allows; the dossier records it as ${published.edtf} (EDTF).`,
      );
    }
  }
  let date: Date | undefined;
  if (data.published.status !== 'not-stated') {
    const parsed = parseDossierDate(data.published.value);
    const point = parsed.kind === 'date' ? parsed.point : (parsed.from ?? parsed.to);
    if (point) date = earliestInstant(point.iso);
  }
  return {
    id: article.id,
    title: data.title,
    url: new URL(urls.article(article.id), origin).href,
    summary: data.summary,
    text: lines.join('\n\n'),
    ...(date ? { date } : {}),
    language: data.language,
    ...(outlet ? { outlet } : {}),
  };
}

/** The newest articles as feed items (at most {@link PAGE_SIZE.feed}), newest first; undated articles last. */
export function feedChannel(input: ExportInput, site: ExportSite): FeedChannel {
  return {
    title: input.dossier.data.title,
    description: input.dossier.data.scope,
    home: new URL(site.urls.home(), feedOrigin(site.site)).href,
    items: articlesNewestFirst(input.articles)
      .slice(0, PAGE_SIZE.feed)
      .map((article) => feedItem(article, site)),
  };
}

/**
 * Text for XML character data and attribute values: markup characters
 * escaped, and characters XML 1.0 forbids (C0 controls other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE, U+FFFF) dropped.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const element = (name: string, text: string, indent: string) => `${indent}<${name}>${escapeXml(text)}</${name}>`;

/** RSS 2.0 of the articles. */
export function buildRss(input: ExportInput, site: ExportSite): string {
  return rssOf(feedChannel(input, site), RSS_PATH, site);
}

/** JSON Feed 1.1 of the articles. */
export function buildJsonFeed(input: ExportInput, site: ExportSite): string {
  return jsonFeedOf(feedChannel(input, site), JSON_FEED_PATH, site);
}

/** A channel as RSS 2.0 (with an atom:link to itself at `path`, as the RSS Advisory Board recommends). */
export function rssOf(channel: FeedChannel, path: string, site: ExportSite): string {
  const self = new URL(site.urls.asset(path), feedOrigin(site.site)).href;
  const items = channel.items.map((item) =>
    [
      '    <item>',
      element('title', item.title, '      '),
      element('link', item.url, '      '),
      `      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      element('description', item.text, '      '),
      ...(item.date ? [element('pubDate', item.date.toUTCString(), '      ')] : []),
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    element('title', channel.title, '    '),
    element('link', channel.home, '    '),
    element('description', channel.description, '    '),
    `    <atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** A channel as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), published at `path`. */
export function jsonFeedOf(channel: FeedChannel, path: string, site: ExportSite): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.home,
    feed_url: new URL(site.urls.asset(path), feedOrigin(site.site)).href,
    description: channel.description,
    items: channel.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.text,
      ...(item.date ? { date_published: item.date.toISOString().replace('.000Z', 'Z') } : {}),
      language: item.language,
      ...(item.outlet ? { authors: [{ name: item.outlet }] } : {}),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
