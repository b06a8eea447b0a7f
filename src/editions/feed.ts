import type { LoadedDossier } from '../dossier/load';
import { earliestInstant, type ExportSite } from '../exports/common';
import { feedOrigin, jsonFeedOf, rssOf, type FeedChannel } from '../exports/feeds';
import { formatDossierDate, parseDossierDate } from '../shared/dates';
import { CHANGE_GROUP_LABELS, TYPE_WORDS } from './change-words';
import type { SiteEditions } from './site-editions';

/** Where the editions' feeds are published, relative to the site's base. */
export const EDITIONS_RSS_PATH = 'editions/feed.xml';
export const EDITIONS_JSON_FEED_PATH = 'editions/feed.json';

/** How many changes an item's text lists before it points at the changes page for the rest. */
const LISTED_CHANGES = 30;

/** The editions as a feed, newest first: each item what the edition changed, linking to it on the changes page. */
export function editionsChannel(editions: SiteEditions, dossier: LoadedDossier, site: ExportSite): FeedChannel {
  const origin = feedOrigin(site.site);
  return {
    title: `${dossier.dossier.data.title}: editions`,
    description: `What changed in each edition of the dossier. ${dossier.dossier.data.scope}`,
    home: new URL(site.urls.editions(), origin).href,
    items: [...editions.files].reverse().map((file) => {
      const url = new URL(site.urls.changes(file.id), origin).href;
      const changes = (editions.changesOf(file.id)?.changes ?? []).filter((c) => !c.minor);
      const lines = [`${editions.summaryOf(file.id)}.`.replace(/^./, (c) => c.toUpperCase())];
      if (file.note) lines.push(file.note);
      const listed = changes.slice(0, LISTED_CHANGES).map((c) => {
        const words = `${CHANGE_GROUP_LABELS[c.group].heading}, ${TYPE_WORDS[c.type]}: ${c.target.name}`;
        const detail = c.before || c.after ? ` (${[c.before, c.after].filter(Boolean).join(' → ')})` : '';
        return `- ${words}${c.subject !== c.target.name ? `: ${c.subject}` : ''}${detail}`;
      });
      if (listed.length > 0) lines.push(listed.join('\n'));
      if (changes.length > LISTED_CHANGES) lines.push(`And ${changes.length - LISTED_CHANGES} more: ${url}`);
      const asOf = formatDossierDate(parseDossierDate(file.asOf));
      return {
        id: `edition-${file.id}`,
        title: `${file.title} (as of ${asOf})`,
        url,
        summary: lines[0]!,
        text: lines.join('\n\n'),
        date: earliestInstant(file.asOf),
        language: 'en',
      };
    }),
  };
}

export const editionsRss = (editions: SiteEditions, dossier: LoadedDossier, site: ExportSite) =>
  rssOf(editionsChannel(editions, dossier, site), EDITIONS_RSS_PATH, site);

export const editionsJsonFeed = (editions: SiteEditions, dossier: LoadedDossier, site: ExportSite) =>
  jsonFeedOf(editionsChannel(editions, dossier, site), EDITIONS_JSON_FEED_PATH, site);
