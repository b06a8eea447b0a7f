import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { bookAnchor } from '../identity/anchors';
import { urls } from '../identity/site';
import type { BookPlace } from '../views/book';

/** How one section of the book is rewritten from the site's components. */
export interface BookSectionOptions {
  /** The section's id: its elements' ids are prefixed with it. */
  section: string;
  /** Site URL → its place in the book, for everything the book holds ({@link import('../views/book').Book.links}). */
  links: ReadonlyMap<string, BookPlace>;
  /** The part of the book this section is printed in: a link to another part goes to that part's page. */
  part: number;
  /** Levels every heading moves down: a component's page title (h1) becomes the section's heading (h1 + shift). */
  shift: number;
  /** Mark links into the book `book-ref`, for "see p. N" in print (not in an article's verbatim text). */
  pageRefs: boolean;
}

/** Attributes that name other elements of the page by id. */
const ID_LISTS = ['ariaLabelledBy', 'ariaDescribedBy', 'htmlFor'] as const;
const HEADING = /^h([1-6])$/;

/**
 * Turns the HTML the site's components render for a page into a section of the book, which is one page holding
 * every profile and article:
 *
 * - every id is prefixed with the section's (`p-7` → `article--<id>--p-7`), and so is every reference to one
 *   (`#p-7`, `aria-labelledby`), so two sections never share an id;
 * - a link or `cite` to something the book holds points at its place in the book, and a link is marked `book-ref`
 *   (unless `pageRefs` is off), so the print stylesheet can say on what page it is (`target-counter()`); a link into
 *   another part of the book goes to that part's page and is marked `book-part-ref` with the part's number, which
 *   print says instead ("see part 3"); a link to any other page of the site becomes its text, as a printed book has
 *   no other pages; external links stay;
 * - headings move down by `shift` levels, so the book's outline nests chapters, profiles and their sections, and
 *   the page's regions (labelled sections, asides) become plain blocks of the section;
 * - scripts go: the book is read, not run (copy buttons and JSON-LD belong to the site's own pages).
 */
export function bookSection(html: string, options: BookSectionOptions): string {
  const tree = fromHtml(html, { fragment: true });
  rewrite(tree, options);
  return toHtml(tree);
}

function rewrite(parent: Root | Element, options: BookSectionOptions): void {
  const children: Array<RootContent | ElementContent> = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      children.push(child);
      continue;
    }
    if (child.tagName === 'script') continue;
    rewrite(child, options);
    children.push(...rewriteElement(child, options));
  }
  parent.children = children as typeof parent.children;
}

/** The element as the book has it: one element, or, for a link the book cannot follow, its children. */
function rewriteElement(
  element: Element,
  { section, links, part, shift, pageRefs }: BookSectionOptions,
): ElementContent[] {
  const { properties } = element;
  const local = (id: string) => bookAnchor.within(section, id);
  if (typeof properties.id === 'string') properties.id = local(properties.id);
  for (const name of ID_LISTS) {
    const value = properties[name];
    if (Array.isArray(value)) properties[name] = value.map((id) => local(String(id)));
  }
  // A page's regions (its labelled sections, its fact box) are parts of a book section, not landmarks of their
  // own: the book has one per chapter and per section, not a "Summary" and a "Facts" for every profile.
  if (element.tagName === 'aside' || element.tagName === 'section') {
    element.tagName = element.tagName === 'aside' ? 'div' : 'section';
    delete properties.ariaLabelledBy;
  }
  const heading = HEADING.exec(element.tagName);
  if (heading) element.tagName = `h${Math.min(6, Number(heading[1]) + shift)}`;
  for (const name of ['href', 'cite'] as const) {
    const value = properties[name];
    if (typeof value !== 'string') continue;
    if (value.startsWith('#')) {
      properties[name] = `#${local(value.slice(1))}`;
      continue;
    }
    const target = links.get(value);
    if (target) {
      const here = target.part === part;
      properties[name] = here ? `#${target.id}` : `${urls.bookPart(target.part)}#${target.id}`;
      if (name === 'href' && pageRefs) {
        properties.className = [...classes(element), here ? 'book-ref' : 'book-part-ref'];
        if (!here) properties.dataPart = String(target.part);
      }
    } else if (name === 'href' && !/^[a-z][a-z0-9+.-]*:/i.test(value)) {
      return element.children;
    } else if (name === 'cite' && !/^[a-z][a-z0-9+.-]*:/i.test(value)) {
      delete properties.cite;
    }
  }
  return [element];
}

function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}
