import { HIGHLIGHT_PARAM, pagefindUrl } from './search-config';

/** Marks the words a reader searched for, when the page was opened from a search result. */
export async function highlightSearchTerms(): Promise<void> {
  if (!new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) return;
  const module = (await import(/* @vite-ignore */ pagefindUrl('pagefind-highlight.js'))) as {
    default: new (options: { highlightParam: string; markContext?: string; addStyles?: boolean }) => unknown;
  };
  // addStyles: false, or Pagefind inserts an inline <style> that the Content Security Policy blocks
  // (a console error on every page reached from a result); the site's own `mark` rule styles the words.
  new module.default({ highlightParam: HIGHLIGHT_PARAM, markContext: 'main', addStyles: false });
}
