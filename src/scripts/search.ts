import { HIGHLIGHT_PARAM, pagefindUrl } from './search-config';
import { RANK_WINDOW, rankResults } from './search-rank';

/** The parts of Pagefind's browser API this page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string | null,
    options: SearchOptions,
    wait?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}
interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface PagefindResult {
  data(): Promise<PagefindDocument>;
}
interface PagefindDocument {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** How many results are rendered at once. */
const PAGE_SIZE = 25;

/**
 * Splits Pagefind's excerpt (text with <mark> around matched words) into
 * plain-text parts, entities decoded. The page builds text nodes and <mark>
 * elements from these parts and never parses the excerpt as HTML, so nothing
 * in an indexed page can become markup in the results.
 */
export function excerptParts(excerpt: string): Array<{ text: string; marked: boolean }> {
  const decode = (text: string) =>
    text.replace(
      /&(lt|gt|amp|quot|#39|#x27);/g,
      (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'" })[name]!,
    );
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      return marked ? { text: decode(marked[1]!), marked: true } : { text: decode(part), marked: false };
    });
}

function excerptNodes(excerpt: string): Node[] {
  return excerptParts(excerpt).map(({ text, marked }) => {
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

function readState(form: HTMLFormElement) {
  const data = new FormData(form);
  const query = String(data.get('q') ?? '').trim();
  const filters: Record<string, { any: string[] }> = {};
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter]')) {
    const name = fieldset.dataset.filter!;
    const chosen = data.getAll(name).map(String);
    if (chosen.length > 0) filters[name] = { any: chosen };
  }
  const sort = String(data.get('sort') ?? '');
  return { query, filters, sort };
}

function writeUrl(form: HTMLFormElement) {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (String(value)) params.append(key, String(value));
  const search = params.toString();
  window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
}

function applyUrl(form: HTMLFormElement) {
  const params = new URLSearchParams(window.location.search);
  form.querySelector<HTMLInputElement>('input[name=q]')!.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
  form.querySelector<HTMLSelectElement>('select[name=sort]')!.value = params.get('sort') ?? '';
}

function renderResult(doc: PagefindDocument): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const title = document.createElement('a');
  title.href = doc.url;
  title.className = 'result-title';
  title.textContent = doc.meta.title ?? doc.url;
  const heading = document.createElement('h2');
  heading.append(title);
  const details = document.createElement('p');
  details.className = 'result-meta';
  details.textContent = [doc.meta.kind, doc.meta.outlet, doc.meta.date].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  excerpt.append(...excerptNodes(doc.excerpt));
  item.append(heading, details, excerpt);
  return item;
}

/** Wires the search page: reads ?q= and filters from the URL, searches as the reader types. */
export async function startSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  applyUrl(form);

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ pagefindUrl('pagefind.js'))) as Pagefind;
    // No web worker: searches answer in well under 100 ms on the main thread, and the first query loads 43 KB less.
    await pagefind.options({
      baseUrl: import.meta.env.BASE_URL,
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 30,
      noWorker: true,
    });
    await pagefind.init();
  } catch {
    status.textContent = 'The search index could not be loaded. Browse the articles and profiles from the menu.';
    return;
  }

  let generation = 0;
  const run = async () => {
    const current = ++generation;
    const { query, filters, sort } = readState(form);
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = 'Type a name, a word or a phrase.';
      return;
    }
    const options: SearchOptions = { filters };
    if (sort) options.sort = { date: sort === 'date-asc' ? 'asc' : 'desc' };
    const search = await pagefind.debouncedSearch(query || null, options, 150);
    if (!search || current !== generation) return;
    const loaded = await Promise.all(search.results.slice(0, RANK_WINDOW).map((r) => r.data()));
    if (current !== generation) return;
    const docs = sort ? loaded : rankResults(query, loaded);
    list.replaceChildren(...docs.slice(0, PAGE_SIZE).map(renderResult));
    const total = search.results.length;
    const what = query ? ` for “${query}”` : '';
    status.textContent =
      total === 0
        ? `No results${what}.`
        : `${total} ${total === 1 ? 'result' : 'results'}${what}${total > PAGE_SIZE ? `, showing the first ${PAGE_SIZE}` : ''}.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(form);
    void run();
  });
  form.addEventListener('input', () => {
    writeUrl(form);
    void run();
  });
  await run();
}
