import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierJson } from '../../src/exports/dossier-json';
import { printPage, type Paper } from '../../src/tools/briefing-pdf';
import { describeInBrowser, launchBrowser, serveSite } from '../support/browser';
import { mapConcurrently } from '../support/concurrency';
import { hasPoppler, inspectPdf, requirePopplerUnderCi } from '../support/pdf';
import { denseSyntheticDossier, realDossier } from '../support/shared-builds';

const entities = (dist: string) =>
  (JSON.parse(readFileSync(join(dist, 'dossier.json'), 'utf8')) as DossierJson).entities;

/** The `count` entities with the most mentions: the longest lists, the hardest briefs to fit. */
function busiest(dist: string, count: number) {
  const json = JSON.parse(readFileSync(join(dist, 'dossier.json'), 'utf8')) as DossierJson;
  const mentions = new Map<string, number>();
  for (const m of json.mentions) mentions.set(m.entity, (mentions.get(m.entity) ?? 0) + 1);
  return [...json.entities].sort((a, b) => (mentions.get(b.id) ?? 0) - (mentions.get(a.id) ?? 0)).slice(0, count);
}

const briefPath = (e: { kind: string; id: string }) => `${e.kind}/${e.id}/brief/`;

describeInBrowser('one-page briefs', () => {
  let browser: Browser;
  let synthetic: string;
  beforeAll(async () => {
    requirePopplerUnderCi();
    synthetic = denseSyntheticDossier().outDir;
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  describe.skipIf(!hasPoppler)('print on exactly one page', () => {
    for (const paper of ['a4', 'letter'] as Paper[]) {
      it(`every entity of the real dossier, on ${paper}, with its name and the as-of date`, async () => {
        const dist = realDossier().outDir;
        const spilled: string[] = [];
        const all = entities(dist);
        const printed = await mapConcurrently(all, 2, async (entity) =>
          inspectPdf(await printPage(browser, dist, briefPath(entity), paper)),
        );
        for (const [i, entity] of all.entries()) {
          const pdf = printed[i]!;
          if (pdf.pages !== 1) spilled.push(`${briefPath(entity)}: ${pdf.pages} pages`);
          const text = pdf.text.replace(/\s+/g, ' ');
          expect(text, entity.id).toContain(entity.name);
          expect(text, entity.id).toContain('as of 9 January 2026');
        }
        expect(spilled).toEqual([]);
      });

      it(`the busiest entities of a dense 1,100-article dossier, on ${paper}, saying what was left out`, async () => {
        const five = busiest(synthetic, 5);
        const printed = await mapConcurrently(five, 2, async (entity) =>
          inspectPdf(await printPage(browser, synthetic, briefPath(entity), paper)),
        );
        for (const [i, entity] of five.entries()) {
          const pdf = printed[i]!;
          expect(pdf.pages, briefPath(entity)).toBe(1);
          const text = pdf.text.replace(/\s+/g, ' ');
          expect(text, entity.id).toMatch(/Left out to fit one page .* \d+ more relations/);
          expect(text, entity.id).toContain('on the full profile');
        }
      });
    }
  });

  it('is linked from its profile, and links what it left out to the profile’s lists', async () => {
    const [entity] = busiest(synthetic, 1);
    const page = await browser.newPage();
    const site = await serveSite(synthetic);
    await page.goto(site.url(`${entity!.kind}/${entity!.id}/`));
    await page.click('a:has-text("Print a one-page brief")');
    expect(page.url()).toContain(briefPath(entity!));
    const more = await page.$$eval('.brief-left a', (links) => links.map((a) => a.getAttribute('href')));
    expect(more.length).toBeGreaterThan(1);
    for (const href of more) expect(href).toContain(`/${entity!.kind}/${entity!.id}/`);
    // Not in the search index: the profile is the page search finds.
    expect(await page.getAttribute('article.entity-brief', 'data-pagefind-ignore')).toBe('all');
    await page.close();
    await site.close();
  });
});
