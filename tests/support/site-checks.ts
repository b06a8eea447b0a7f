import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { ROOT } from './paths';

/** Every file under `dir`, as paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out;
}

/** Every file under `dir` by its path, with a hash of its bytes: two equal snapshots are byte-identical folders. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/** The URL a page is served at under `base`: `people/x/index.html` → `/base/people/x/`. */
function pageUrl(file: string, base: string): URL {
  const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return new URL(`${base}${path}`, 'http://site.invalid');
}

const LINKS: Array<[selector: string, attribute: 'href' | 'src' | 'action']> = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['form[action]', 'action'],
  ['blockquote[cite]', 'cite' as 'href'],
];

/**
 * Checks every internal link, asset and #fragment of a built site: the file
 * must exist under `base` and the fragment must be an id on the target page.
 * External links are listed, not fetched. Each problem names the page and the element.
 */
export function checkLinks(dist: string, base = '/'): { broken: string[]; external: string[]; checked: number } {
  const pages = filesUnder(dist).filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const tree = fromHtml(readFileSync(join(dist, file), 'utf8'));
      found = new Set(selectAll('[id]', tree).map((e) => String(e.properties.id)));
      ids.set(file, found);
    }
    return found;
  };
  const broken: string[] = [];
  const external = new Set<string>();
  let checked = 0;
  for (const page of pages) {
    const tree = fromHtml(readFileSync(join(dist, page), 'utf8'));
    for (const [selector, attribute] of LINKS) {
      for (const element of selectAll(selector, tree) as Element[]) {
        const key = attribute === ('cite' as string) ? 'cite' : attribute;
        const value = String(element.properties[key] ?? '');
        const where = `${page}: <${element.tagName} ${attribute}="${value}">`;
        if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('http://site.invalid')) {
          if (/^(?:https?|mailto):/i.test(value)) external.add(value);
          else broken.push(`${where} uses a non-web scheme`);
          continue;
        }
        checked++;
        const url = new URL(value, pageUrl(page, base));
        if (!url.pathname.startsWith(base)) {
          broken.push(`${where} points outside the site base ${base}`);
          continue;
        }
        const path = decodeURIComponent(url.pathname.slice(base.length));
        const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
        if (!existsSync(join(dist, target))) {
          broken.push(`${where} → no file ${target}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
          broken.push(`${where} → ${target} has no element with id "${fragment}"`);
        }
      }
    }
  }
  return { broken, external: [...external].sort(), checked };
}

/** html-validate (the project's .htmlvalidate.mjs) on every page: one line per message, page:line first. */
export async function validateHtml(dist: string): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const messages: string[] = [];
  for (const page of filesUnder(dist).filter((f) => f.endsWith('.html'))) {
    const report = await validator.validateFile(join(dist, page));
    for (const result of report.results) {
      for (const m of result.messages)
        messages.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
    }
  }
  return messages;
}

/** Makes sure html-validate reads the project's config, whatever the working directory. */
process.chdir(ROOT);
