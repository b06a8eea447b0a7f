import type { LoadedDossier } from '../dossier/load';
import { urls } from '../identity/site';
import { quoteCard, type QuoteCardView } from './cards';
import { PAGE_SIZE } from './paging';
import { PROFILE_LISTS, profileLists } from './profile-lists';
import { siteChrome, type SiteChrome } from './site-chrome';
import { speakersOf, type Speaker } from './speakers';

/** The quote index (/quotes/) or one speaker's quotes (/quotes/by/<speaker>/). */
export interface QuotesView {
  site: SiteChrome;
  /** The speaker whose page this is; none on the index. */
  speaker?: { id: string; name: string } | undefined;
  /** How many quotes the dossier holds. */
  total: number;
  /** Everyone quoted, most quoted first, for the filter; not on a speaker's page when there are too many to list. */
  speakers?: Speaker[] | undefined;
  /** How many speakers there are. */
  speakerCount: number;
  /**
   * The speakers whose quotes this page shows, each with the first of them in source order (the index shows every
   * speaker's when the dossier has few quotes, none otherwise) and, on a speaker's own page, the link to the rest.
   */
  sections: Array<{
    id: string;
    name: string;
    quotes: QuoteCardView[];
    /** On a speaker's page with more quotes than it shows: how many, and their list's second page. */
    more?: { total: number; href: string } | undefined;
  }>;
}

/** The quote index, or `speaker`'s quotes. */
export function quotesView(dossier: LoadedDossier, speaker?: string): QuotesView {
  const speakers = speakersOf(dossier);
  // A large registry lists its speakers here and each speaker's quotes on their own page.
  const inline = speaker !== undefined || dossier.quotes.length <= PAGE_SIZE.quotesInline;
  // A speaker's page shows a page of quotes and links to the rest on the speaker's profile list;
  // with many speakers, it links back to the index instead of repeating every speaker.
  const { perPage } = PROFILE_LISTS['quotes-by'];
  const entity = speaker === undefined ? undefined : dossier.entity(speaker);
  return {
    site: siteChrome(dossier),
    speaker: entity && { id: entity.id, name: entity.data.name },
    total: dossier.quotes.length,
    speakers: !speaker || speakers.length <= PAGE_SIZE.speakersInNav ? speakers : undefined,
    speakerCount: speakers.length,
    sections: (inline ? speakers.filter((s) => !speaker || s.id === speaker) : []).map((s) => {
      const quotes = profileLists(dossier, s.id)['quotes-by'];
      return {
        id: s.id,
        name: s.name,
        quotes: quotes.slice(0, perPage).map((id) => quoteCard(dossier, id, { showSpeaker: false })),
        more:
          entity && quotes.length > perPage
            ? { total: quotes.length, href: urls.profileList(entity.kind, entity.id, 'quotes-by', 2) }
            : undefined,
      };
    }),
  };
}
