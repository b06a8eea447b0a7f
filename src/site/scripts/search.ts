import { HIGHLIGHT_PARAM } from './search-config';
import { openSearchIndex, type PagefindModule } from './search-index';
import { answerQuery, pageKey, type SearchOptions } from './search-query';
import { RANKING } from './pagefind-weights';
import type { ExcerptPart, PagefindDocument, SearchHit } from './search-results';
import { joinShards, shardsFor, type NameList, type Suggestion } from './search-suggest';

/** The parts of Pagefind's browser API this page uses. */
interface Pagefind extends PagefindModule {
  debouncedSearch(
    query: string | null,
    options: SearchOptions,
    wait?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
  search(query: string, options: SearchOptions): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  data(): Promise<PagefindDocument>;
}

/** How many results are rendered at once. */
const PAGE_SIZE = 25;

function partNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map(({ text, marked }) => {
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

function renderHit(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `search-result result-${hit.type}`;
  const title = document.createElement('a');
  title.href = hit.url;
  title.className = 'result-title';
  title.textContent = hit.title;
  const heading = document.createElement('h2');
  heading.append(title);
  const details = document.createElement('p');
  details.className = 'result-meta';
  details.textContent = hit.details;
  const excerpt = document.createElement(hit.type === 'quote' ? 'blockquote' : 'p');
  excerpt.className = 'result-excerpt';
  excerpt.append(...partNodes(hit.excerpt));
  item.append(heading, details, excerpt);
  if (hit.more) {
    const more = document.createElement('p');
    more.className = 'result-more';
    const link = document.createElement('a');
    link.href = hit.more.url;
    link.textContent = `${hit.more.count} more ${hit.more.count === 1 ? 'paragraph' : 'paragraphs'} of this article`;
    more.append(link);
    item.append(more);
  }
  return item;
}

/** "Did you mean Donald Trump?", each name linking to its profile. */
function renderSuggestions(suggestions: readonly Suggestion[], searched: boolean): Node[] {
  const nodes: Node[] = [document.createTextNode('Did you mean ')];
  suggestions.forEach((suggestion, i) => {
    if (i > 0) nodes.push(document.createTextNode(i === suggestions.length - 1 ? ' or ' : ', '));
    const link = document.createElement('a');
    link.href = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${suggestion.kind}/${suggestion.id}/`;
    link.textContent = suggestion.name;
    nodes.push(link);
  });
  nodes.push(document.createTextNode(searched ? '? Results for it are included below.' : '?'));
  return nodes;
}

/** The name shards fetched so far, by letter (see search-suggest.ts). */
const shards = new Map<string, Promise<NameList | undefined>>();

/** The names a query may have meant: the shards of its words' first letters, each fetched once. */
function loadNames(query: string): Promise<NameList | undefined> {
  const root = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const wanted = shardsFor(query).map((key) => {
    if (!shards.has(key)) {
      shards.set(
        key,
        fetch(`${root}search/names/${key}.json`)
          .then((response) => (response.ok ? (response.json() as Promise<NameList>) : undefined))
          .catch(() => undefined),
      );
    }
    return shards.get(key)!;
  });
  return Promise.all(wanted).then((lists) => joinShards(lists.filter((list): list is NameList => Boolean(list))));
}

/** Wires the search page: reads ?q= and filters from the URL, searches as the reader types. */
export async function startSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const suggestion = document.querySelector<HTMLElement>('#search-suggestion')!;
  applyUrl(form);

  let pagefind: Pagefind;
  try {
    // No web worker: searches answer in well under 100 ms on the main thread, and the first query loads 43 KB less.
    pagefind = await openSearchIndex<Pagefind>({
      baseUrl: import.meta.env.BASE_URL,
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 30,
      noWorker: true,
      ranking: RANKING,
    });
  } catch {
    status.textContent = 'The search index could not be loaded. Browse the articles and profiles from the menu.';
    return;
  }

  let generation = 0;
  /** The first query is debounced while the reader types; a correction searched after it is not. */
  const searchDocs = async (
    query: string,
    options: SearchOptions,
    limit: number,
    skip: ReadonlySet<string>,
    debounced: boolean,
  ) => {
    const found = debounced
      ? await pagefind.debouncedSearch(query || null, options, 150)
      : await pagefind.search(query, options);
    if (!found) return null;
    // Loading a page's data fetches its fragment of the index: only the pages that will be ranked (those in
    // `skip` are loaded already, so loading them again costs nothing).
    const docs = await Promise.all(found.results.slice(0, limit + skip.size).map((r) => r.data()));
    return docs.filter((doc) => !skip.has(pageKey(doc.url))).slice(0, limit);
  };
  const run = async () => {
    const current = ++generation;
    const { query, filters, sort } = readState(form);
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      suggestion.replaceChildren();
      status.textContent = 'Type a name, a word or a phrase.';
      return;
    }
    const options: SearchOptions = { filters };
    if (sort) options.sort = { date: sort === 'date-asc' ? 'asc' : 'desc' };
    let first = true;
    const answer = await answerQuery(query, options, {
      searchDocs: (text, opts, limit, skip) => {
        const debounced = first;
        first = false;
        return searchDocs(text, opts, limit, skip, debounced);
      },
      loadNames,
    });
    if (!answer || current !== generation) return;
    const { hits, suggestions, corrected } = answer;
    suggestion.replaceChildren(
      ...(suggestions.length > 0 ? renderSuggestions(corrected ? [corrected] : suggestions, Boolean(corrected)) : []),
    );
    list.replaceChildren(...hits.slice(0, PAGE_SIZE).map(renderHit));
    const total = hits.length;
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
