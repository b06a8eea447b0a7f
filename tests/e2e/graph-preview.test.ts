import { expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../support/paths';
import { collectErrors, describeInBrowser, servedInBrowser } from '../support/browser';
import { realDossier } from '../support/shared-builds';

/** Every relation the content declares: `relations`, event participants and locations, as "from type to". */
function declaredRelations(): string[] {
  const out: string[] = [];
  for (const kind of ['people', 'organizations', 'places', 'events', 'topics']) {
    for (const file of readdirSync(join(ROOT, 'content', kind)).filter(
      (f) => f.endsWith('.mdx') && !f.startsWith('_'),
    )) {
      const id = file.replace(/\.mdx$/, '');
      const data = parseYaml(
        /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, 'content', kind, file), 'utf8'))![1]!,
      ) as {
        relations?: Array<{ type: string; to: string }>;
        participants?: Array<{ ref: string }>;
        location?: { ref: string };
      };
      for (const r of data.relations ?? []) out.push(`${id} ${r.type} ${r.to}`);
      for (const p of data.participants ?? []) out.push(`${p.ref} participant-in ${id}`);
      if (data.location) out.push(`${id} took-place-in ${data.location.ref}`);
    }
  }
  return out.sort();
}

describeInBrowser('relationship graph and entity previews', () => {
  const served = servedInBrowser(realDossier().outDir);
  const errors: string[] = [];

  it('draws the graph as well-formed SVG with every relation, matching its table', async () => {
    const page = await served.browser.newPage();
    collectErrors(page, errors);
    await page.goto(served.site.url('graph/'));
    const result = await page.evaluate(() => {
      const svg = document.querySelector('figure.relation-graph > svg')!;
      const parsed = new DOMParser().parseFromString(svg.outerHTML, 'image/svg+xml');
      const key = (e: Element) =>
        `${e.getAttribute('data-from')} ${e.getAttribute('data-relation')} ${e.getAttribute('data-to')}`;
      return {
        wellFormed: parsed.getElementsByTagName('parsererror').length === 0,
        edges: [...svg.querySelectorAll('.graph-edge')]
          .flatMap((e) => e.getAttribute('data-relations')!.split(';'))
          .sort(),
        pairs: [...svg.querySelectorAll('.graph-edge')].map((e) =>
          [
            ...new Set(
              e
                .getAttribute('data-relations')!
                .split(';')
                .flatMap((r) => [r.split(' ')[0], r.split(' ')[2]]),
            ),
          ]
            .sort()
            .join(' '),
        ),
        rows: [...document.querySelectorAll('.relation-table tbody tr')].map(key).sort(),
        nodes: [...svg.querySelectorAll('a.graph-node')].map((a) => a.getAttribute('href')),
        labels: [...svg.querySelectorAll('.graph-edge text')].map((t) => t.textContent),
      };
    });
    expect(result.wellFormed).toBe(true);
    expect(result.edges).toEqual(declaredRelations());
    expect(result.rows).toEqual(result.edges);
    // One line per pair of entities, however many relations join them.
    expect(result.pairs.every((pair) => pair.split(' ').length === 2)).toBe(true);
    expect(new Set(result.pairs).size).toBe(result.pairs.length);
    expect(result.pairs.length).toBeLessThan(result.edges.length);
    expect(result.labels.every((l) => l && l.length > 0)).toBe(true);
    expect(result.nodes).toContain('/people/gustavo-petro/');
    await page.close();
  });

  it('shows a profile’s neighbourhood with a table of the same relations', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.site.url('people/marco-rubio/'));
    const edges = await page.$$eval(
      '#neighbourhood ~ figure .graph-edge',
      (lines) => lines.flatMap((e) => e.getAttribute('data-relations')!.split(';')).length,
    );
    const rows = await page.$$eval('#neighbourhood ~ details .relation-table tbody tr', (r) => r.length);
    expect(edges).toBeGreaterThan(0);
    expect(rows).toBe(edges);
    await page.close();
  });

  it('previews an entity link by keyboard, and Escape dismisses it', async () => {
    const page = await served.browser.newPage();
    collectErrors(page, errors);
    await page.goto(served.site.url('articles/petro-warns-real-threat/'));
    await page.focus('#p-1 a.mention[data-entity="gustavo-petro"]');
    const tip = page.locator('#entity-preview');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.textContent()).toContain('Gustavo Petro');
    expect(await tip.textContent()).toContain('Person');
    expect(await page.getAttribute('#p-1 a.mention[data-entity="gustavo-petro"]', 'aria-describedby')).toBe(
      'entity-preview',
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.keyboard.press('Tab');
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.close();
  });

  it('keeps entity links working without JavaScript', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(served.site.url('articles/petro-warns-real-threat/'));
    await page.click('#p-1 a.mention[data-entity="gustavo-petro"]');
    await page.waitForURL(/\/people\/gustavo-petro\/$/);
    await context.close();
  });

  it('logged no console error', () => {
    expect(errors).toEqual([]);
  });
});
