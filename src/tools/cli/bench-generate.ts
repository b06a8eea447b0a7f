/**
 * `npm run bench:generate -- --articles N [--out DIR] [--seed S]`: writes a
 * deterministic synthetic dossier (content/ format) into DIR, by default
 * bench/dossiers/<N>/content. It never writes into the project's content/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDossier, type SyntheticOptions } from '../bench/synthetic';
import { seedVocabulary } from '../bench/vocabulary';

/** Generates a dossier of `articles` into `out`, replacing what was there. Returns the number of files. */
export function writeSyntheticDossier(
  articles: number,
  out: string,
  seed = 'dossier',
  density: Pick<SyntheticOptions, 'quoteEvery' | 'claimEvery'> = {},
): number {
  if (resolve(out) === resolve('content') || resolve(out).startsWith(resolve('content') + '/')) {
    throw new Error(`refusing to write a synthetic dossier into ${out}: that is the real dossier.`);
  }
  const files = generateDossier({ articles, seed, vocabulary: seedVocabulary(resolve('content/seeds')), ...density });
  rmSync(out, { recursive: true, force: true });
  for (const file of files) {
    const path = join(out, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return files.length;
}

function main() {
  const { values } = parseArgs({
    options: { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
  });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 20) throw new Error('pass --articles N (a whole number, at least 20).');
  const out = values.out ?? `bench/dossiers/${articles}/content`;
  const count = writeSyntheticDossier(articles, out, values.seed);
  console.log(`bench:generate: wrote ${count} files (${articles} articles) to ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    main();
  } catch (error) {
    console.error(`bench:generate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
