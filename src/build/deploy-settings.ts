import { AuthorError } from '../shared/located-error';

/** Where the site is published: its public origin and the path it lives under. */
export interface DeploySettings {
  /** The public origin, e.g. `https://dossier.example.org` (absolute URLs in feeds, sitemap, exports). */
  site: string;
  /** The path the site lives under, `/` or `/some/path/`, always with both slashes. */
  base: string;
}

/** The address `npm start` serves: the default origin of a local build. */
export const LOCAL_SITE = 'http://127.0.0.1:4321';

/** A path segment of a base: the characters a URL path carries as written on every host. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

function refuse(variable: string, value: string, problem: string, example: string): never {
  throw new AuthorError(`${variable}=${JSON.stringify(value)} ${problem} For example: ${variable}=${example}`);
}

/**
 * Reads and checks DOSSIER_SITE and DOSSIER_BASE before anything is built,
 * so that a wrong value stops the build with the variable, the value and an
 * example, instead of a stack trace, an emptied dist/ or pages whose links
 * and search form a host cannot serve.
 */
export function readDeploySettings(env: Record<string, string | undefined>): DeploySettings {
  const siteValue = env.DOSSIER_SITE ?? LOCAL_SITE;
  let url: URL;
  try {
    url = new URL(siteValue);
  } catch {
    refuse('DOSSIER_SITE', siteValue, 'is not a web address.', 'https://dossier.example.org');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    refuse(
      'DOSSIER_SITE',
      siteValue,
      `uses "${url.protocol}"; the site's public address must be http:// or https://.`,
      'https://dossier.example.org',
    );
  }
  if (url.username || url.password) {
    refuse(
      'DOSSIER_SITE',
      siteValue,
      'holds a user name or password, which would be published in every feed.',
      'https://dossier.example.org',
    );
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    refuse(
      'DOSSIER_SITE',
      siteValue,
      'has a path, query or fragment; it is the origin only. Put the path in DOSSIER_BASE.',
      `${url.origin} DOSSIER_BASE=${url.pathname.replace(/\/?$/, '/')}`,
    );
  }

  const baseValue = env.DOSSIER_BASE ?? '/';
  const segments = baseValue.split('/').filter(Boolean);
  if (!baseValue.startsWith('/')) {
    refuse(
      'DOSSIER_BASE',
      baseValue,
      'must start with "/": it is the path the site lives under on its host.',
      '/dossier/',
    );
  }
  const bad = segments.find((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..');
  if (bad !== undefined || baseValue.includes('//')) {
    refuse(
      'DOSSIER_BASE',
      baseValue,
      `holds ${bad === undefined ? 'an empty segment ("//")' : `"${bad}"`}, which not every host serves as written. Use letters, digits and - _ . ~ in each part of the path.`,
      `/${segments.map((s) => s.replace(/[^A-Za-z0-9._~-]+/g, '-').replace(/^\.+$/, 'dossier')).join('/') || 'dossier'}/`,
    );
  }
  return { site: url.origin, base: segments.length === 0 ? '/' : `/${segments.join('/')}/` };
}

/** How many threads render pages when DOSSIER_PRERENDER_WORKERS does not say: both cores of a two-core machine. */
export const DEFAULT_PRERENDER_WORKERS = 2;

/**
 * Astro's `experimental.parallelPrerender` from DOSSIER_PRERENDER_WORKERS: a
 * number of worker threads that render pages (Astro's own default is one fewer
 * than the cores, one on a two-core machine), or 0 to render in the build's
 * own thread, which needs the least memory.
 */
export function readPrerenderWorkers(env: Record<string, string | undefined>): false | { workers: number } {
  const value = env.DOSSIER_PRERENDER_WORKERS ?? String(DEFAULT_PRERENDER_WORKERS);
  const workers = Number(value);
  if (value.trim() === '' || !Number.isInteger(workers) || workers < 0 || workers > 64) {
    refuse('DOSSIER_PRERENDER_WORKERS', value, 'is not a number of threads from 0 to 64.', '2');
  }
  return workers === 0 ? false : { workers };
}

/**
 * DOSSIER_SEARCH_BUNDLE_PAGES: the most pages one search bundle indexes
 * (search-bundles.ts); undefined for the default. Fewer pages per bundle
 * index in less memory and re-index less after an edit, at the cost of a
 * larger first query.
 */
export function readSearchBundlePages(env: Record<string, string | undefined>): number | undefined {
  const value = env.DOSSIER_SEARCH_BUNDLE_PAGES;
  if (value === undefined) return undefined;
  const pages = Number(value);
  if (value.trim() === '' || !Number.isInteger(pages) || pages < 100) {
    refuse('DOSSIER_SEARCH_BUNDLE_PAGES', value, 'is not a number of pages of at least 100.', '5000');
  }
  return pages;
}

/**
 * DOSSIER_BOOK_PART_KB: about how many kilobytes of HTML one part of the book holds (src/views/book.ts,
 * `BOOK_PART_BYTES`); undefined for the default. A book larger than that is cut into parts, one page each.
 */
export function readBookPartBytes(env: Record<string, string | undefined>): number | undefined {
  const value = env.DOSSIER_BOOK_PART_KB;
  if (value === undefined) return undefined;
  const kb = Number(value);
  if (value.trim() === '' || !Number.isInteger(kb) || kb < 10 || kb > 100_000) {
    refuse('DOSSIER_BOOK_PART_KB', value, 'is not a whole number of kilobytes from 10 to 100000.', '700');
  }
  return kb * 1000;
}
