/**
 * `npm run bench:book -- [--articles 1000] [--dist DIR]`: builds a synthetic dossier of N articles (generated into
 * bench/dossiers/N/content when missing) and prints its book as `npm run pdf` prints dossier.pdf, then says how long
 * the build and the book took, how many pages the book has and how big it is. With --dist, prints the book of a
 * site already built there (the real dossier: --dist dist). Not part of `npm test`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBook, measureBuild } from '../bench/measure';
import { writeSyntheticDossier } from './bench-generate';

const { values } = parseArgs({ options: { articles: { type: 'string' }, dist: { type: 'string' } } });

async function main() {
  let dist = values.dist && resolve(values.dist);
  let label = dist ?? '';
  if (!dist) {
    const articles = Number(values.articles ?? 1000);
    const content = resolve(`bench/dossiers/${articles}/content`);
    if (!existsSync(content)) writeSyntheticDossier(articles, content);
    const work = resolve(`bench/run-book-${articles}`);
    dist = join(work, 'dist');
    const build = await measureBuild({
      DOSSIER_CONTENT_DIR: content,
      DOSSIER_OUT_DIR: dist,
      DOSSIER_CACHE_DIR: join(work, 'cache'),
    });
    if (!build.ok) throw new Error(`the build failed:\n${build.log.slice(-3000)}`);
    console.log(`bench:book: built ${articles} articles in ${build.wallSeconds} s (peak ${build.peakRssMb} MB)`);
    label = `${articles} articles`;
  }
  const book = await measureBook(dist, join(dist, 'dossier.pdf'));
  if (!book) throw new Error('no Chromium: set CHROMIUM_PATH.');
  console.log(
    `bench:book: ${label}: ${book.pages} pages, ${book.seconds} s, ${book.megabytes} MB (${dist}/dossier.pdf)`,
  );
}

main().catch((error: unknown) => {
  console.error(`bench:book: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
