import { describe, expect, it } from 'vitest';
import type { LoadedDossier } from '../../src/dossier/load';
import { incrementalPages, pageKey } from '../../src/views/page-key';
import { smallDossier } from '../support/dossier-input';

/**
 * A page's key for Astro's incremental build: a page whose key is unchanged is copied from the last build, so the
 * key must change with everything the page shows. The build test (tests/build/incremental.test.ts) compares whole
 * sites; these pin the part of the key a small fixture cannot reach, what the leaf components look up by id.
 */
const dossier = (change: (input: ReturnType<typeof smallDossier>) => void = () => {}) => {
  const input = smallDossier();
  change(input);
  return input as unknown as LoadedDossier;
};
const view = () => ({ site: { title: 'A dossier' }, id: 'petro', cite: ['a1#p-1'], mentions: [{ id: 'a2' }] });

describe('pageKey', () => {
  it('is the same for the same content, built again', () => {
    expect(pageKey(dossier(), view())).toBe(pageKey(dossier(), view()));
  });

  it('changes with anything in the views the page renders', () => {
    expect(pageKey(dossier(), { ...view(), cite: ['a1#p-2'] })).not.toBe(pageKey(dossier(), view()));
    expect(pageKey(dossier(), [view(), { history: 1 }])).not.toBe(pageKey(dossier(), [view(), { history: 2 }]));
  });

  it('changes, with the same views, when a name a link shows or a citation label changes', () => {
    const before = pageKey(dossier(), view());
    // EntityLink writes the entity's name from its id.
    const renamed = dossier((input) => {
      input.entities[1]!.data.name = 'Donald J. Trump';
    });
    expect(pageKey(renamed, view())).not.toBe(before);
    // Citations write the article's label, title and whether the paragraph exists.
    const relabelled = dossier((input) => {
      input.articles[0]!.data = { ...input.articles[0]!.data, label: 'BBC' };
    });
    expect(pageKey(relabelled, view())).not.toBe(before);
    const shortened = dossier((input) => {
      input.articles[1]!.paragraphs = [];
    });
    expect(pageKey(shortened, view())).not.toBe(before);
  });
});

describe('incrementalPages', () => {
  it('is on only with DOSSIER_INCREMENTAL_PAGES=1', () => {
    expect(incrementalPages({ DOSSIER_INCREMENTAL_PAGES: '1' })).toBe(true);
    expect(incrementalPages({ DOSSIER_INCREMENTAL_PAGES: '0' })).toBe(false);
    expect(incrementalPages({})).toBe(false);
  });
});
