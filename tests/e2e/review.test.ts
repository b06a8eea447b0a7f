import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingest } from '../../src/tools/ingest/ingest';
import { readReviewFile } from '../../src/tools/ingest/review-file';
import { describeInBrowser, launchBrowser } from '../support/browser';
import { fixtureContent, startAstroDev, type DevServer } from '../support/build';

/**
 * The review flow end to end, as an analyst meets it: an article ingested into a copy of the minimal dossier,
 * `astro dev` serving /review/, each candidate beside its paragraph, one click to accept or reject.
 */
describeInBrowser('reviewing drafts in astro dev', () => {
  const article = 'ana-perez-meets-the-agency';
  let content: string;
  let dev: DevServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    content = fixtureContent();
    const work = mkdtempSync(join(tmpdir(), 'review-dev-'));
    writeFileSync(
      join(work, 'news.txt'),
      [
        'Ana Pérez met the Sample Agency in Puerto Nuevo on Tuesday, and said the talks were “a good start for Ruritania.”',
        'Later, Maria Gonzalez, the director of the World Bank, told reporters the bank was “ready to help.”',
      ].join('\n'),
    );
    ingest({
      file: join(work, 'news.txt'),
      displayName: 'news.txt',
      contentDir: content,
      slug: article,
      metadata: { title: 'Ana Pérez meets the agency', outlet: 'Wire', date: '2026-01-14', language: 'en' },
    });
    dev = await startAstroDev(
      { DOSSIER_CONTENT_DIR: content, DOSSIER_CACHE_DIR: join(mkdtempSync(join(tmpdir(), 'review-cache-')), 'c') },
      '/review/',
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
  });

  const candidate = (page: Page, words: string) =>
    page.locator('li.review-draft', { has: page.locator('.review-summary', { hasText: words }) });

  it('shows each draft beside its source paragraph, and accepting one writes a normal entry, said in place', async () => {
    const page = await browser.newPage();
    await page.goto(dev.url('/review/'));
    const quote = candidate(page, 'a good start for Ruritania');
    // The quote's words are marked in its paragraph, and the speaker is drafted.
    expect(await quote.locator('blockquote mark').textContent()).toBe('a good start for Ruritania.');
    expect(await quote.locator('input[name=speaker]').inputValue()).toBe('ana-perez');
    await Promise.all([page.waitForURL(/[?&]message=/), quote.getByRole('button', { name: /^Accept/ }).click()]);
    // Back at the article, the outcome where the reader is.
    const status = page.locator(`section:has(#article-${article}) [role=status]`);
    expect(await status.textContent()).toMatch(/^Done: added the quote .+ to content\/quotes\.yaml\.$/);
    expect(readFileSync(join(content, 'quotes.yaml'), 'utf8')).toContain(`cite: '${article}#p-1'`);
    expect(await candidate(page, 'a good start for Ruritania').count()).toBe(0);
    await page.close();
  });

  it('refuses what cannot be accepted yet, saying why at the candidate, and rejects in one click', async () => {
    const page = await browser.newPage();
    await page.goto(dev.url('/review/'));
    // The speaker has no profile yet: refused, nothing written, the reason shown in the candidate.
    const quote = candidate(page, 'ready to help');
    await quote.locator('input[name=speaker]').fill('');
    const before = readFileSync(join(content, 'quotes.yaml'), 'utf8');
    await Promise.all([page.waitForURL(/failed=1/), quote.getByRole('button', { name: /^Accept/ }).click()]);
    const alert = candidate(page, 'ready to help').locator('[role=alert]');
    expect(await alert.textContent()).toMatch(/^Not done: .*Nothing was changed\.$/);
    expect(readFileSync(join(content, 'quotes.yaml'), 'utf8')).toBe(before);
    // Rejected: gone from the page, and kept as rejected so a second ingest does not propose it again.
    await Promise.all([
      page.waitForURL(/message=Done/),
      candidate(page, 'ready to help').getByRole('button', { name: 'Reject' }).click(),
    ]);
    expect(await candidate(page, 'ready to help').count()).toBe(0);
    const rejected = readReviewFile(content, article)!.drafts.find(
      (d) => d.kind === 'quote' && d.text.includes('ready to help'),
    );
    expect(rejected?.status).toBe('rejected');
    await page.close();
  });
});
