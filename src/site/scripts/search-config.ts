/** The query parameter that carries searched words to the result page. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Where Pagefind's files live under the site's base path. */
export function pagefindUrl(file: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/${file}`;
}
