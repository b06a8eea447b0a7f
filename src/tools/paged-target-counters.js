/*
 * Runs in the page Paged.js prints (src/tools/book-pdf.ts adds it after Paged.js, before it paginates): resolves
 * `target-counter(attr(href), page)` once, after the last page, instead of after every page.
 *
 * Paged.js 0.4.3 resolves each reference after the page that holds it is laid out, and for each one inserts a CSS
 * rule and then reads the computed style of every page before the target: every rule invalidates the styles, so
 * every reference restyles the whole book. Measured on the real dossier: 2,300 references took 80 s of a 93 s
 * render. This handler keeps Paged.js's parsing of the CSS (its `onContent`, which turns the function into a counter
 * of its own) and only replaces when and how the counters get their values: once, with one style read per page.
 * The page numbers are the ones Paged.js would give (it counts `counter-reset`/`counter-increment` of each page the
 * same way); tests/e2e/book.test.ts checks them against the pages the headings fall on.
 */
(() => {
  const handlers = window.Paged.registeredHandlers;
  const index = handlers.findIndex((handler) => handler.name === 'TargetCounters');
  if (index < 0) throw new Error('Paged.js has no TargetCounters handler: is it still version 0.4.3?');
  const TargetCounters = handlers[index];

  /** Page numbers are laid out as if they had this many digits, then get their real, never longer, values. */
  const RESERVED = '99999';

  class TargetCountersOnce extends TargetCounters {
    /**
     * Before pagination, every reference shows the widest number it may get: its page number arrives after the
     * pages are laid out, and a number wider than what was laid out would push the last lines of a page off it.
     */
    afterParsed(parsed) {
      for (const { element, target } of this.references(parsed)) {
        element.style.setProperty('counter-reset', `${target.variable} ${RESERVED}`);
      }
    }

    afterPageLayout() {}

    afterRendered() {
      const area = this.chunker.pagesArea;
      const pageNumbers = new Map();
      // A part of a book in parts is numbered on from the part before (src/tools/book-pdf.ts sets where it starts).
      let number = window.bookPageOffset ?? 0;
      for (const page of area.querySelectorAll('.pagedjs_page')) {
        const styles = window.getComputedStyle(page);
        const reset = styles['counter-reset'].replace('page', '').trim();
        const increment = styles['counter-increment'].replace('page', '').trim();
        if (reset !== 'none') number = parseInt(reset, 10);
        if (increment !== 'none') number += parseInt(increment, 10);
        pageNumbers.set(page, number);
      }
      if (number > Number(RESERVED)) {
        throw new Error(`The book has ${number} pages; its page references are laid out for ${RESERVED} at most.`);
      }
      for (const { element, target, href } of this.references(area)) {
        const destination = document.getElementById(decodeURIComponent(href.slice(1)));
        const page = destination && area.contains(destination) ? destination.closest('.pagedjs_page') : null;
        // The counter is reset on the element itself, so its ::before/::after reads it; an inline style, as the
        // printer runs with the page's Content Security Policy bypassed. A target not in the book shows 0.
        element.style.setProperty('counter-reset', `${target.variable} ${page ? pageNumbers.get(page) : 0}`);
      }
    }

    /** Every element under `root` that shows a `target-counter(attr(…), page)`, with its target and link. */
    *references(root) {
      for (const target of Object.values(this.counterTargets)) {
        if (target.func !== 'attr' || target.counter !== 'page') continue;
        const query = target.selector.split(/::?/g)[0];
        for (const element of root.querySelectorAll(query)) {
          const href = target.args.map((name) => element.getAttribute(name)).find((value) => value !== null);
          if (href && href.startsWith('#')) yield { element, target, href };
        }
      }
    }
  }

  handlers[index] = TargetCountersOnce;
})();
