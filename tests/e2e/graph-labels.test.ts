import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeSyntheticDossier } from '../../src/tools/cli/bench-generate';
import { PAGE_SIZE } from '../../src/views/paging';
import { buildSite, fixtureContent } from '../support/build';
import { describeInBrowser, launchBrowser, serveSite, type Site } from '../support/browser';
import { realDossier } from '../support/shared-builds';

/**
 * What a reader sees of every relation graph on a page, as Chromium lays it
 * out: label boxes that overlap another label or another node's shape, and
 * labels that reach outside the drawing.
 */
async function labelProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    let labels = 0;
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.relation-graph > svg')) {
      const view = svg.viewBox.baseVal;
      const box = (e: Element) => (e as SVGGraphicsElement).getBBox();
      const texts = [...svg.querySelectorAll('text')].map((t) => ({
        what: `"${t.textContent}"`,
        owner: t.closest('a.graph-node')?.getAttribute('data-entity'),
        box: box(t),
      }));
      const shapes = [...svg.querySelectorAll('a.graph-node > :is(circle, rect, polygon)')].map((s) => ({
        what: `the shape of ${s.parentElement!.getAttribute('data-entity')}`,
        owner: s.parentElement!.getAttribute('data-entity'),
        box: box(s),
      }));
      labels += texts.length;
      const meet = (a: DOMRect, b: DOMRect) =>
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      texts.forEach((text, i) => {
        const b = text.box;
        if (
          b.x < view.x ||
          b.y < view.y ||
          b.x + b.width > view.x + view.width ||
          b.y + b.height > view.y + view.height
        )
          problems.push(`${text.what} is cut off at the edge`);
        for (const other of [...texts.slice(i + 1), ...shapes])
          if (other.owner !== text.owner || other.owner === undefined || other.owner === null)
            if (meet(b, other.box)) problems.push(`${text.what} overlaps ${other.what}`);
      });
    }
    return { labels, problems };
  });
}

/** Pages that draw a graph, busiest first: the dossier graph, its clusters, and the profiles with the most lines. */
function graphPages(dist: string, profiles: number): string[] {
  const clusters = readdirSync(join(dist, 'graph/cluster')).map((n) => `graph/cluster/${n}/`);
  const lines = (file: string) => readFileSync(join(dist, file), 'utf8').split('class="graph-edge').length - 1;
  const busiest = ['people', 'organizations', 'places', 'events', 'topics']
    .flatMap((kind) =>
      readdirSync(join(dist, kind), { withFileTypes: true })
        .filter((d) => d.isDirectory() && d.name !== 'page')
        .map((d) => `${kind}/${d.name}/`),
    )
    .map((path) => ({ path, lines: lines(`${path}index.html`) }))
    .filter((p) => p.lines > 0)
    .sort((a, b) => b.lines - a.lines || a.path.localeCompare(b.path))
    .slice(0, profiles)
    .map((p) => p.path);
  return ['graph/', ...clusters, ...busiest];
}

/** A fixture dossier: one person related to 40 topics with long names, and two people with five relations between them. */
function hubFixture(): string {
  const dir = fixtureContent();
  const topic = (n: number) => `hub-topic-${String(n).padStart(2, '0')}`;
  const words = 'over the long negotiations on trade, borders and the shared river'.split(' ');
  const names = (n: number) => `Topic ${n} ${words.slice(0, n % 11).join(' ')}`.trim();
  for (let n = 1; n <= 40; n++)
    writeFileSync(
      join(dir, 'topics', `${topic(n)}.mdx`),
      `---\nname: ${names(n)}\n---\n\nPérez said the meeting went well.<Cite to="sample-article#p-2" />\n`,
    );
  const relation = (type: string, to: string) => `  - type: ${type}\n    to: ${to}\n    cite: sample-article#p-1\n`;
  writeFileSync(
    join(dir, 'people', 'hub-person.mdx'),
    `---\nname: Hubert Hub\nrelations:\n${Array.from({ length: 40 }, (_, i) => relation('concerns', topic(i + 1))).join('')}---\n\nPérez said the meeting went well.<Cite to="sample-article#p-2" />\n`,
  );
  writeFileSync(
    join(dir, 'people', 'pair-one.mdx'),
    `---\nname: Paula Pair\nrelations:\n${['spoke-with', 'met-with', 'criticised', 'threatened', 'invited'].map((t) => relation(t, 'pair-two')).join('')}---\n\nPérez said the meeting went well.<Cite to="sample-article#p-2" />\n`,
  );
  writeFileSync(
    join(dir, 'people', 'pair-two.mdx'),
    `---\nname: Pedro Pair\n---\n\nPérez said the meeting went well.<Cite to="sample-article#p-2" />\n`,
  );
  return dir;
}

describeInBrowser('relation graphs a reader can read', () => {
  const sites: Record<'real' | 'synthetic' | 'fixture', { dist: string; site: Site }> = {} as never;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    const synthetic = join(mkdtempSync(join(tmpdir(), 'graph-synthetic-')), 'content');
    mkdirSync(synthetic, { recursive: true });
    writeSyntheticDossier(400, synthetic);
    for (const [name, dist] of [
      ['real', realDossier().outDir],
      ['synthetic', built(synthetic)],
      ['fixture', built(hubFixture())],
    ] as const)
      sites[name] = { dist, site: await serveSite(dist) };
  });
  afterAll(async () => {
    await browser?.close();
    for (const { site } of Object.values(sites)) await site?.close();
  });

  function built(contentDir: string) {
    const result = buildSite({ contentDir });
    expect(result.status, result.output.slice(-3000)).toBe(0);
    return result.outDir;
  }

  async function expectReadable(name: keyof typeof sites, paths: string[]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    let labels = 0;
    for (const path of paths) {
      await page.goto(sites[name].site.url(path));
      const result = await labelProblems(page);
      expect(result.problems, `${name} ${path}`).toEqual([]);
      labels += result.labels;
    }
    await page.close();
    return labels;
  }

  it('no label overlaps another or a shape, or is cut off: the dossier graph, every cluster, the busiest profiles', async () => {
    const paths = graphPages(sites.real.dist, 10);
    expect(paths.length).toBeGreaterThan(12);
    expect(await expectReadable('real', paths)).toBeGreaterThan(300);
  });

  it('the same in a synthetic dossier of 400 articles, whose graphs reach the size caps', async () => {
    const paths = graphPages(sites.synthetic.dist, 10);
    expect(await expectReadable('synthetic', paths)).toBeGreaterThan(400);
    const page = await browser.newPage();
    await page.goto(sites.synthetic.site.url('graph/'));
    // The whole-dossier graph is capped, says so, and points to the clusters that show the rest.
    expect(await page.textContent('.lede')).toMatch(/most connected of the \d+ entities/);
    expect(await page.locator('.cluster-list a[href^="/graph/cluster/"]').count()).toBeGreaterThan(3);
    await page.close();
  });

  it('a hub of 40 relations and five parallel relations stay readable, the five merged into one line', async () => {
    await expectReadable('fixture', ['people/hub-person/', 'people/pair-one/', 'people/pair-two/', 'graph/']);
    const page = await browser.newPage();
    await page.goto(sites.fixture.site.url('people/pair-one/'));
    const line = page.locator('#neighbourhood ~ figure .graph-edge[data-relations*="pair-two"]');
    expect(await line.count()).toBe(1);
    expect((await line.getAttribute('data-relations'))!.split(';')).toHaveLength(5);
    const label = await line.locator('text').textContent();
    for (const type of ['spoke with', 'met with', 'criticised', 'threatened', 'invited']) expect(label).toContain(type);
    expect(await line.locator('title').textContent()).toContain('Paula Pair criticised Pedro Pair');
    // Each of the five is still its own row, with its source, in the table.
    expect(await page.locator('#neighbourhood ~ details .relation-table tbody tr').count()).toBe(5);
    // The hub's page draws at most the neighbourhood cap, every node a link to its profile.
    await page.goto(sites.fixture.site.url('people/hub-person/'));
    const nodes = await page.$$eval('#neighbourhood ~ figure a.graph-node', (a) =>
      a.map((n) => n.getAttribute('href')),
    );
    expect(nodes.length).toBe(PAGE_SIZE.neighbourhood);
    expect(nodes.every((href) => href && /^\/(people|topics)\/[a-z0-9-]+\/$/.test(href))).toBe(true);
    await page.close();
  });
});
