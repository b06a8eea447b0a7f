import { expect, it } from 'vitest';
import { collectErrors, describeInBrowser, servedInBrowser } from '../support/browser';
import { realDossier } from '../support/shared-builds';

describeInBrowser('copy citation', () => {
  const served = servedInBrowser(realDossier().outDir);
  const errors: string[] = [];

  async function page() {
    const context = await served.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.site.url('') });
    const tab = await context.newPage();
    collectErrors(tab, errors);
    return { tab, context };
  }

  it('copies a paragraph as label, title, outlet, date, ¶N and its address, or as Markdown', async () => {
    const { tab, context } = await page();
    await tab.goto(served.site.url('articles/petro-warns-real-threat/?highlight=x'));
    await tab.click('#p-7 .copy-cite');
    await expect.poll(() => tab.textContent('.copy-status')).toContain('Citation copied.');
    const text = await tab.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(
      /^BBC interview, “.+”, BBC \(inferred\), .+, ¶7\. http:\/\/127\.0\.0\.1:\d+\/articles\/petro-warns-real-threat\/#p-7$/,
    );
    // The Markdown offer copies the same citation as a link; the status line is reachable by keyboard.
    await tab.click('.copy-status button');
    const markdown = await tab.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(
      /^\[BBC interview, “.+”, .+, ¶7\]\(http:\/\/127\.0\.0\.1:\d+\/articles\/petro-warns-real-threat\/#p-7\)$/,
    );
    // Each paragraph has its own button, named for screen readers, and the paragraph text stays verbatim.
    const buttons = await tab.$$eval('.article-body p[data-paragraph] .copy-cite', (b) =>
      b.map((x) => x.getAttribute('aria-label')),
    );
    expect(buttons.length).toBe(await tab.locator('.article-body p[data-paragraph]').count());
    expect(buttons[0]).toBe('Copy citation of paragraph 1');
    await context.close();
  });

  it('copies a quote with its speaker and source, and a claim with its status, each with its card’s address', async () => {
    const { tab, context } = await page();
    await tab.goto(served.site.url('quotes/'));
    const card = tab.locator('.quote-card').first();
    const id = await card.getAttribute('id');
    await card.locator('.copy-cite').click();
    await expect.poll(() => tab.textContent('.copy-status')).toContain('Citation copied.');
    const quote = await tab.evaluate(() => navigator.clipboard.readText());
    expect(quote).toMatch(/^“.+” \(.+\), .+, ¶\d+\. http:\/\/127\.0\.0\.1:\d+\/quotes\/#quote-/);
    expect(quote.endsWith(`#${id}`)).toBe(true);
    await tab.goto(served.site.url('claims/'));
    await tab.locator('.claim-card .copy-cite').first().click();
    await expect.poll(() => tab.textContent('.copy-status')).toContain('Citation copied.');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^Claim \((reported|disputed|denied|confirmed)\) by .+: “.+”, .+¶\d+.*\. http:\/\/127\.0\.0\.1:\d+\/claims\/#claim-/,
    );
    await context.close();
  });

  it('without JavaScript there is no button, and the paragraph anchor is the link', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(served.site.url('articles/petro-warns-real-threat/'));
    expect(await tab.locator('.copy-cite').count()).toBe(0);
    expect(await tab.locator('#p-7').count()).toBe(1);
    await context.close();
  });

  it('logged no console error', () => {
    expect(errors).toEqual([]);
  });
});
