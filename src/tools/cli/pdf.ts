/**
 * `npm run pdf`: writes dist/briefing.pdf (A4) and dist/briefing-letter.pdf
 * (US Letter) from the built /briefing/ page with headless Chromium.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { printPage, type Paper } from '../briefing-pdf';
import { launchChromium } from '../chromium';

const dist = resolve(process.env.DOSSIER_OUT_DIR ?? 'dist');
const outputs: Array<[Paper, string]> = [
  ['a4', 'briefing.pdf'],
  ['letter', 'briefing-letter.pdf'],
];

async function main() {
  if (!existsSync(join(dist, 'briefing', 'index.html'))) {
    throw new Error(`${dist}/briefing/index.html does not exist: build the site first (npm run build).`);
  }
  const browser = await launchChromium();
  try {
    for (const [paper, file] of outputs) {
      const pdf = await printPage(browser, dist, 'briefing/', paper);
      const target = join(dist, file);
      writeFileSync(`${target}.tmp`, pdf);
      renameSync(`${target}.tmp`, target);
      console.log(`pdf: wrote ${target} (${paper === 'a4' ? 'A4' : 'US Letter'}, ${Math.round(pdf.length / 1024)} KB)`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`pdf: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
