import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateDossier } from '../../src/tools/bench/synthetic';
import { seedVocabulary } from '../../src/tools/bench/vocabulary';
import { writeSyntheticDossier } from '../../src/tools/cli/bench-generate';
import { buildSite, readPage } from '../support/build';
import { ROOT } from '../support/paths';
import { filesUnder } from '../support/site-checks';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { PROFILE_LISTS, type ProfileListName } from '../../src/views/profile-lists';

/** The benchmark's generator: deterministic, shaped as specified, and its output passes the real build gate. */
const vocabulary = seedVocabulary(join(ROOT, 'content/seeds'));

describe('synthetic dossier', () => {
  it('is the same for the same seed and size', () => {
    const a = generateDossier({ articles: 60, vocabulary, seed: 's' });
    const b = generateDossier({ articles: 60, vocabulary, seed: 's' });
    expect(b).toEqual(a);
    expect(generateDossier({ articles: 60, vocabulary, seed: 't' })).not.toEqual(a);
  });

  it('has ~800-word articles, N/2 entities over every kind, and a Zipf-like spread of mentions', () => {
    const files = generateDossier({ articles: 400, vocabulary });
    const articles = files.filter((f) => f.path.startsWith('articles/'));
    expect(articles).toHaveLength(400);
    const words = articles[0]!.text.split('---')[2]!.split(/\s+/).length;
    expect(words).toBeGreaterThan(700);
    expect(words).toBeLessThan(1000);
    const entities = files.filter((f) => /^(people|organizations|places|events|topics)\//.test(f.path));
    expect(entities).toHaveLength(200);
    for (const kind of ['people', 'organizations', 'places', 'events', 'topics']) {
      expect(
        entities.some((f) => f.path.startsWith(`${kind}/`)),
        kind,
      ).toBe(true);
    }
    const name = (file: string) => (parseYaml(/^---\n([\s\S]*?)\n---/.exec(file)![1]!) as { name: string }).name;
    const counts = entities
      .map((e) => articles.filter((a) => a.text.includes(name(e.text))).length)
      .sort((a, b) => b - a);
    expect(counts[0]!).toBeGreaterThan((40 * counts[Math.floor(counts.length / 2)]!) / 10);
    expect(counts.at(-1)!).toBeGreaterThanOrEqual(1);
  });

  it('refuses to write into the real content folder', () => {
    expect(() => writeSyntheticDossier(20, join(ROOT, 'content'))).toThrow('refusing to write a synthetic dossier');
  });

  it('passes the real build: 200 articles build with every check on', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'synthetic-')), 'content');
    writeSyntheticDossier(200, dir);
    const quotes = parseYaml(readFileSync(join(dir, 'quotes.yaml'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(quotes).length).toBeGreaterThan(20);
    const result = buildSite({ contentDir: dir });
    expect(result.status, result.output.slice(-3000)).toBe(0);
    const files = filesUnder(result.outDir);
    expect(files.filter((f) => /^articles\/article-\d+\/index\.html$/.test(f))).toHaveLength(200);

    // Long profile lists show their first items and continue on list pages that hold every item once.
    const items: Record<ProfileListName, string> = {
      mentions: 'ol.backlinks > li',
      relations: 'ul.relations > li',
      events: '.timeline-entry',
      'quotes-by': '.quote-card',
      'quotes-about': '.quote-card',
      'claims-by': '.claim-card',
      'claims-about': '.claim-card',
    };
    let continued = 0;
    for (const profile of files.filter((f) =>
      /^(people|organizations|places|events|topics)\/[^/]+\/index\.html$/.test(f),
    )) {
      const page = readPage(result.outDir, profile);
      for (const more of selectAll('.list-more a', page)) {
        const href = String(more.properties.href);
        const [, list] = /\/([a-z-]+)\/1\/$/.exec(href)! as unknown as [string, ProfileListName];
        const total = Number(/all (\d+)$/.exec(toString(more))![1]);
        const section = selectAll(`section:has(a[href="${href}"]) ${items[list]}`, page);
        expect(section, `${profile} ${list}`).toHaveLength(PROFILE_LISTS[list].onProfile);
        const pages = files.filter(
          (f) => f.startsWith(`${href.slice(1)}`.replace(/1\/$/, '')) && f.endsWith('index.html'),
        );
        const listed = pages.flatMap((p) => selectAll(items[list], readPage(result.outDir, p)));
        expect(listed, `${href}: every item once`).toHaveLength(total);
        continued++;
      }
    }
    expect(continued).toBeGreaterThan(0);
  });
});
