import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build';
import { ROOT } from '../support/paths';
import { checkLinks, filesUnder, validateHtml } from '../support/site-checks';
import { SUBPATH, realDossier, realDossierUnderSubpath } from '../support/shared-builds';

/** Quality gates over the real built dossier: links, HTML validity, reproducibility. */
const dist = realDossier().outDir;

describe('links', () => {
  it('are checked for real: a missing page, a missing fragment and a javascript: URL are reported with their page', () => {
    const site = mkdtempSync(join(tmpdir(), 'link-check-'));
    mkdirSync(join(site, 'a'));
    writeFileSync(join(site, 'a/index.html'), '<p id="here">x</p>');
    writeFileSync(
      join(site, 'index.html'),
      '<a href="/a/#here">ok</a><a href="/b/">gone</a><a href="a/#there">no id</a><a href="javascript:alert(1)">js</a><a href="https://example.org/">out</a>',
    );
    expect(checkLinks(site)).toEqual({
      broken: [
        'index.html: <a href="/b/"> → no file b/index.html',
        'index.html: <a href="a/#there"> → a/index.html has no element with id "there"',
        'index.html: <a href="javascript:alert(1)"> uses a non-web scheme',
      ],
      external: ['https://example.org/'],
      checked: 3,
    });
  });

  it('resolve everywhere, fragments included, in the site built at /', () => {
    const { broken, external, checked } = checkLinks(dist);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
    // Listed, not fetched.
    console.info(`External links (${external.length}): ${external.join(', ') || 'none'}`);
  });

  it('resolve everywhere in the site built for a sub-path', () => {
    const { broken, checked } = checkLinks(realDossierUnderSubpath().outDir, SUBPATH);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });
});

describe('HTML', () => {
  it('passes html-validate (recommended rules) on every page', async () => {
    expect(await validateHtml(dist)).toEqual([]);
  });
});

describe('what reaches dist/', () => {
  it('holds no server chunks and no path of the machine that built it', () => {
    const files = filesUnder(dist);
    expect(files.filter((f) => f.startsWith('.prerender') || f.includes('/.prerender'))).toEqual([]);
    const leaks = files.filter((f) => readFileSync(join(dist, f)).includes(ROOT));
    expect(leaks).toEqual([]);
  });
});

describe('reproducible builds', () => {
  it('writes byte-identical files when the same commit is built twice', () => {
    const again = buildSite();
    expect(again.status, again.output).toBe(0);
    const files = filesUnder(dist);
    expect(filesUnder(again.outDir)).toEqual(files);
    const different = files.filter((f) => !readFileSync(join(dist, f)).equals(readFileSync(join(again.outDir, f))));
    expect(different).toEqual([]);
  });
});
