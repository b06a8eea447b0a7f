/**
 * `npm run bench:editions -- [--articles 1000,10000]`: what editions cost on
 * synthetic dossiers. For each size: builds the dossier, records its snapshot
 * as edition 1 (the file `npm run edition` would write), makes a second state
 * with a day's worth of changes of every kind, records it as edition 2, times
 * comparing them in this process, and times two warm builds, without and with
 * the two editions, to show what they add to a build. Prints a table.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { diffSnapshots } from '../../editions/diff';
import { EDITION_FORMAT, editionHash, readEditions, serializeEdition, type Edition } from '../../editions/edition-file';
import { editionHistory } from '../../editions/history';
import { snapshotSchema, type Snapshot } from '../../editions/snapshot';
import { measureBuild } from '../bench/measure';
import { writeSyntheticDossier } from './bench-generate';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000,10000' } } });

/** A day's changes on a snapshot: 1% of entities renamed, 2% of facts changed, summary sentences, quotes, claims. */
function nextDay(snapshot: Snapshot): Snapshot {
  const s = structuredClone(snapshot);
  s.entities.forEach((entity, i) => {
    if (i % 100 === 0) entity.name = `${entity.name} (renamed)`;
    if (i % 50 === 1 && entity.facts[0])
      entity.facts[0] = { ...entity.facts[0], value: `${entity.facts[0].value} (revised)` };
    if (i % 20 === 2)
      entity.summary.push({ text: `A new sentence about ${entity.name}.`, cite: entity.summary[0]?.cite ?? [] });
    if (i % 40 === 3 && entity.summary.length > 1) entity.summary.pop();
  });
  s.quotes = s.quotes.filter((_, i) => i % 100 !== 0);
  s.claims.forEach((claim, i) => {
    if (i % 25 === 0) claim.status = claim.status === 'confirmed' ? 'disputed' : 'confirmed';
  });
  return s;
}

const ms = (start: number) => Math.round(performance.now() - start);
const rows: string[][] = [];
for (const articles of values.articles.split(',').map(Number)) {
  const work = mkdtempSync(join(tmpdir(), `dossier-bench-editions-${articles}-`));
  const content = join(work, 'content');
  writeSyntheticDossier(articles, content);
  const env = (out: string) => ({
    DOSSIER_CONTENT_DIR: content,
    DOSSIER_OUT_DIR: join(work, out),
    DOSSIER_CACHE_DIR: join(work, 'cache'),
  });
  const first = await measureBuild(env('dist-0'));
  if (!first.ok) throw new Error(`the ${articles}-article dossier did not build:\n${first.log.slice(-3000)}`);
  const snapshot = snapshotSchema.parse(JSON.parse(readFileSync(join(work, 'dist-0/editions/snapshot.json'), 'utf8')));
  const warmWithout = await measureBuild(env('dist-1'));

  // Two editions, as the command writes them.
  const dir = join(content, 'editions');
  mkdirSync(dir, { recursive: true });
  const write = (number: number, asOf: string, s: Snapshot, previous: Edition | undefined) => {
    const id = `${asOf}-day-${number}`;
    const body = {
      format: EDITION_FORMAT,
      number,
      id,
      title: `Day ${number}`,
      asOf,
      previous: previous ? { id: previous.id, hash: previous.hash } : null,
      snapshot: s,
    } as const;
    const file = join(dir, `${id}.json`);
    writeFileSync(file, serializeEdition(body));
    return { ...body, hash: editionHash(body), filePath: file } as Edition;
  };
  const e1 = write(1, '2026-01-08', snapshot, undefined);
  const second = nextDay(snapshot);
  const e2 = write(2, '2026-01-09', second, e1);
  const fileBytes = statSync(join(dir, `${e2.id}.json`)).size;

  let start = performance.now();
  const { editions } = readEditions(dir, work);
  const readMs = ms(start);
  start = performance.now();
  const { changes } = diffSnapshots(snapshot, second);
  const diffMs = ms(start);
  start = performance.now();
  editionHistory(editions, snapshot);
  const historyMs = ms(start);

  const warmWith = await measureBuild(env('dist-2'));
  if (!warmWith.ok)
    throw new Error(`the ${articles}-article dossier with editions did not build:\n${warmWith.log.slice(-3000)}`);
  const changesPage = statSync(join(work, 'dist-2/changes/index.html')).size;
  rows.push([
    articles.toLocaleString('en'),
    `${(fileBytes / 1024 / 1024).toFixed(1)} MB`,
    `${readMs} ms`,
    `${changes.length.toLocaleString('en')} in ${diffMs} ms`,
    `${historyMs} ms`,
    `${warmWithout.wallSeconds} s`,
    `${warmWith.wallSeconds} s`,
    `${(((warmWith.wallSeconds - warmWithout.wallSeconds) / warmWithout.wallSeconds) * 100).toFixed(1)}%`,
    `${Math.round(changesPage / 1024)} KB`,
  ]);
  rmSync(work, { recursive: true, force: true });
}
const head = [
  'articles',
  'edition file',
  'read + check 2 editions',
  'changes (diff)',
  'history (2 editions + today)',
  'warm build, no editions',
  'warm build, 2 editions',
  'difference',
  '/changes/ page',
];
console.log(
  `| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`,
);
