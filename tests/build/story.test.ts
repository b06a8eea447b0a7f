import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/build';
import { ROOT } from '../support/paths';
import { realDossier } from '../support/shared-builds';

/** Timeline, quotes and claims of the real dossier, asserted on its built HTML. */
const dist = realDossier().outDir;
const page = (path: string): Root => readPage(dist, path);
const yaml = (file: string) =>
  parseYaml(readFileSync(join(ROOT, 'content', file), 'utf8')) as Record<string, Record<string, unknown>>;
const quotes = yaml('quotes.yaml');
const claims = yaml('claims.yaml') as Record<string, { supports?: string[]; contradicts?: string[]; status: string }>;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('timeline', () => {
  const timeline = page('timeline/index.html');
  const entries = selectAll('.timeline-entry', timeline);

  it('lists every event and every article publication', () => {
    const events = readdirSync(join(ROOT, 'content/events')).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));
    expect(selectAll('.timeline-event', timeline)).toHaveLength(events.length);
    expect(selectAll('.timeline-publication', timeline)).toHaveLength(2);
    expect(entries.length).toBe(events.length + 2);
  });

  it('is in date order, undated entries last, grouped under month headings', () => {
    const dates = entries.map((e) => String(select('time', e)?.properties.dateTime ?? ''));
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((d) => d === '')).toBe(true);
    expect(selectAll('main h2', timeline).map((h) => toString(h))[0]).toBe('January 2026');
  });

  it('renders each date with its precision', () => {
    const text = (id: string) =>
      toString(select(`#t-${id} .when`, timeline)!)
        .replace(/\s+/g, ' ')
        .trim();
    expect(text('trump-petro-phone-call')).toBe('7 January 2026 (uncertain) (exact day)');
    expect(text('capture-of-nicolas-maduro')).toBe('on or before 7 January 2026 (uncertain) (open range)');
    expect(text('minneapolis-shooting')).toBe('January 2026 (uncertain) (month only)');
    expect(text('petro-warns-real-threat')).toBe('on or after 8 January 2026 (open range)');
    expect(text('trump-hannity-interview')).toBe('Date not stated');
  });

  it('links participants and cites the date', () => {
    const call = select('#t-trump-petro-phone-call', timeline)!;
    const links = selectAll('a', call).map((a) => String(a.properties.href));
    expect(links).toContain('/people/gustavo-petro/');
    expect(links).toContain('/people/donald-trump/');
    expect(selectAll('a.cite', call).length).toBeGreaterThan(0);
  });

  it("shows a person's own events on their profile", () => {
    const petro = page('people/gustavo-petro/index.html');
    expect(selectAll('#events ~ ol .timeline-entry', petro).map((e) => e.properties.id)).toContain(
      't-trump-petro-phone-call',
    );
  });
});

describe('quotes', () => {
  it('lists every quote on /quotes/, and each speaker has a filtered page', () => {
    const all = page('quotes/index.html');
    expect(
      selectAll('.quote-card', all)
        .map((q) => q.properties.id)
        .sort(),
    ).toEqual(
      Object.keys(quotes)
        .map((id) => `quote-${id}`)
        .sort(),
    );
    const trump = page('quotes/by/donald-trump/index.html');
    const trumpQuotes = Object.entries(quotes).filter(([, q]) => q.speaker === 'donald-trump');
    expect(selectAll('.quote-card', trump)).toHaveLength(trumpQuotes.length);
  });

  it('shows the Spanish quote with its translation marked as the dossier’s', () => {
    const card = select('#quote-petro-delcy-under-pressure', page('quotes/index.html'))!;
    expect(select('blockquote', card)!.properties.lang).toBe('es');
    expect(toString(select('.translation', card)!)).toContain('English translation by the dossier');
  });

  it('shows quotes by and about an entity on its profile', () => {
    const petro = page('people/gustavo-petro/index.html');
    expect(selectAll('#quotes-by ~ .quote-card', petro).length).toBeGreaterThan(5);
    const ice = page('organizations/ice/index.html');
    expect(selectAll('.quote-card', ice).map((q) => q.properties.id)).toContain('quote-petro-nazi-brigades');
  });

  it('shows the first ten quotes on a profile and every one on its list page, in source order', () => {
    const ids = (root: Root | Element) => selectAll('.quote-card', root).map((q) => String(q.properties.id));
    const petroQuotes = Object.entries(quotes)
      .filter(([, q]) => q.speaker === 'gustavo-petro')
      .map(([id]) => `quote-${id}`);
    expect(petroQuotes.length).toBeGreaterThan(10);
    const profile = page('people/gustavo-petro/index.html');
    const section = select('section[aria-labelledby="quotes-by"]', profile)!;
    const more = select('.list-more a', section)!;
    expect(more.properties.href).toBe('/people/gustavo-petro/quotes-by/1/');
    expect(toString(more)).toContain(`all ${petroQuotes.length}`);
    const listed = ids(page('people/gustavo-petro/quotes-by/1/index.html'));
    expect([...listed].sort()).toEqual([...petroQuotes].sort());
    expect(ids(section)).toEqual(listed.slice(0, 10));
  });

  it('marks quoted passages in the article text, keeping the text verbatim', () => {
    const article = page('articles/petro-warns-real-threat/index.html');
    const marked = select('#quoted-trump-sick-man', article)!;
    expect(toString(marked)).toBe(String(quotes['trump-sick-man']!.text));
    expect(toString(select('#p-22', article)!)).toContain(toString(marked));
  });
});

describe('claims', () => {
  const ledger = page('claims/index.html');

  it('lists every claim with its status', () => {
    for (const [id, claim] of Object.entries(claims)) {
      const card = select(`#claim-${id}`, ledger);
      expect(card, id).toBeDefined();
      expect(card!.properties.dataStatus).toBe(claim.status);
    }
  });

  it('shows supporting and contradicting claims on both sides', () => {
    let links = 0;
    for (const [id, claim] of Object.entries(claims)) {
      for (const [type, others] of [
        ['supports', claim.supports ?? []],
        ['contradicts', claim.contradicts ?? []],
      ] as const) {
        for (const other of others) {
          const there = (from: string, to: string) =>
            selectAll(`#claim-${from} li[data-link="${type}"] a`, ledger).some(
              (a) => String(a.properties.href) === `/claims/#claim-${to}`,
            );
          expect(there(id, other), `${id} → ${other}`).toBe(true);
          expect(there(other, id), `${other} ← ${id}`).toBe(true);
          links++;
        }
      }
    }
    expect(links).toBeGreaterThan(5);
  });

  it('puts contradicting claims side by side in one dispute', () => {
    const dispute = selectAll('.dispute', ledger).find((d) => select('#claim-trump-petro-makes-and-sells-cocaine', d));
    expect(dispute && select('#claim-petro-denies-drug-involvement', dispute)).toBeTruthy();
  });

  it('shows claims by and about an entity on its profile', () => {
    const petro = page('people/gustavo-petro/index.html');
    expect(selectAll('#claims-by ~ .claim-card', petro).length).toBeGreaterThan(3);
    expect(select('#claims-about ~ #claim-trump-petro-makes-and-sells-cocaine', petro)).toBeTruthy();
  });
});

describe('JSON-LD', () => {
  it('parses on every page, with a schema.org type, and never closes its script early', () => {
    const types = new Set<string>();
    for (const file of htmlFiles(dist)) {
      for (const script of selectAll('script[type="application/ld+json"]', readPage(dist, relative(dist, file)))) {
        const raw = toString(script);
        expect(raw, relative(dist, file)).not.toMatch(/[<>]/);
        const data = JSON.parse(raw) as { '@context': string; '@type': string };
        expect(data['@context']).toBe('https://schema.org');
        types.add(data['@type']);
      }
    }
    expect([...types].sort()).toEqual(expect.arrayContaining(['Claim', 'Event', 'Quotation']));
  });
});
