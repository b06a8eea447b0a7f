import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build';
import { ROOT } from '../support/paths';
import { filesUnder } from '../support/site-checks';

/**
 * A dossier whose titles, names, article text, quotes and claims are full of
 * markup and script (tests/fixtures/hostile): it must build, show all of it as
 * text, and leave nothing active in dist/.
 */
let build: BuildResult;
beforeAll(() => {
  build = buildSite({ contentDir: join(ROOT, 'tests/fixtures/hostile/content') });
  if (build.status !== 0) throw new Error(build.output);
});

const pages = () => filesUnder(build.outDir).filter((f) => f.endsWith('.html'));
const tree = (file: string) => fromHtml(readFileSync(join(build.outDir, file), 'utf8'));
const SCRIPT_SCHEME = /^\s*(?:javascript|data|vbscript):/i;

describe('a hostile dossier', () => {
  it('has no event-handler attribute, no script URL and no embedded object on any page', () => {
    const found: string[] = [];
    for (const file of pages()) {
      for (const element of selectAll('*', tree(file)) as Element[]) {
        for (const [name, value] of Object.entries(element.properties)) {
          if (/^on/i.test(name)) found.push(`${file}: <${element.tagName} ${name}>`);
          if (['href', 'src', 'action', 'formAction', 'cite'].includes(name) && SCRIPT_SCHEME.test(String(value))) {
            found.push(`${file}: <${element.tagName} ${name}="${String(value)}">`);
          }
        }
        if (['iframe', 'object', 'embed'].includes(element.tagName)) found.push(`${file}: <${element.tagName}>`);
      }
    }
    expect(found).toEqual([]);
  });

  it('runs only our bundled scripts, or inline ones whose hash the page policy lists; JSON blocks parse', () => {
    const found: string[] = [];
    for (const file of pages()) {
      const page = tree(file);
      const policy = String(select('meta[http-equiv="content-security-policy"]', page)?.properties.content ?? '');
      if (!policy.includes("script-src 'self'")) found.push(`${file}: no Content Security Policy`);
      for (const script of selectAll('script', page) as Element[]) {
        const src = script.properties.src;
        const type = String(script.properties.type ?? '');
        const text = toString(script);
        if (src) {
          if (!/^\/(?:_astro|pagefind)\//.test(String(src))) found.push(`${file}: script from ${String(src)}`);
        } else if (type === 'application/ld+json' || type === 'application/json') {
          if (/<\//.test(text)) found.push(`${file}: "</" inside a ${type} block`);
          JSON.parse(text);
        } else {
          const hash = `sha256-${createHash('sha256').update(text).digest('base64')}`;
          if (!policy.includes(`'${hash}'`)) found.push(`${file}: inline script not allowed by the policy`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('shows the hostile text as text', () => {
    const article = tree('articles/sample-article/index.html');
    expect(toString(select('h1', article)!)).toBe(
      "Sample </script><script>alert('t')</script> article <img src=x onerror=alert(1)>",
    );
    expect(toString(select('#p-1', article)!)).toContain('<script>alert("body")</script>');
    expect(toString(select('#p-2', article)!)).toContain(
      'She wrote "</script><script>alert(6)</script>" and {alert(2)} on the board.',
    );
    expect(toString(select('#p-4', article)!)).toBe('import evil from "evil"');
    expect(toString(select('#p-5', article)!)).toBe('export const x = alert(7)');
    const agency = tree('organizations/sample-agency/index.html');
    expect(toString(select('h1', agency)!)).toBe("Sample Agency </script><script>alert('n')</script>");
    const ld = selectAll('script[type="application/ld+json"]', agency).map(
      (s) => JSON.parse(toString(s)) as { name?: string },
    );
    expect(ld.map((d) => d.name)).toContain("Sample Agency </script><script>alert('n')</script>");
  });

  it("shows an edition's title, note and briefing as text (an edition file is data)", () => {
    const editions = tree('editions/index.html');
    expect(toString(select('.editions h2', editions)!)).toBe('<img src=x onerror=alert(1)> {props.x} </script> Ωmega');
    expect(toString(select('.edition-note', editions)!)).toBe('javascript:alert(1) <b>bold</b> {x}');
    expect(selectAll('main img, main b', editions)).toEqual([]);
    const [id] = readdirSync(join(ROOT, 'tests/fixtures/hostile/content/editions')).map((f) =>
      f.replace(/\.json$/, ''),
    );
    const briefing = tree(`editions/${id}/index.html`);
    expect(toString(select('.briefing h1', briefing)!)).toBe(
      toString(select('.briefing h1', tree('briefing/index.html'))!),
    );
  });
});
