/**
 * `npm run bench:ingest [-- --verbose] [-- --json]`: how well ingest drafts
 * links, suggestions, quote speakers and event dates, per language, on the
 * labelled texts of tests/fixtures/ingest/bench/ (and the held-out ones of
 * bench-holdout/), against the real dossier's profiles; and on the two seeds,
 * the names of seed-names.json and the speakers of content/quotes.yaml.
 * Prints a table; the work is in src/tools/ingest/evaluate.ts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { splitParagraphs } from '../../content/render/article-text';
import { loadEntityDictionary } from '../../content/render/entity-dictionary';
import { normaliseForQuote } from '../../content/render/quote-match';
import { evaluate, precision, readLabelled, recall, seedNames, type LanguageScores } from '../ingest/evaluate';
import { knownNames } from '../ingest/known-names';
import { findNames } from '../ingest/names';
import { findQuotes } from '../ingest/quotes';

const ROOT = resolve(import.meta.dirname, '../../..');
const f2 = (n: number) => (Number.isNaN(n) ? 'n/a' : n.toFixed(2));

/** One table row per language: precision and recall of each step. */
export function table(scores: Map<string, LanguageScores>): string {
  const rows = [
    '| language | texts | links P | links R | wrong links | suggestions P | suggestions R | kinds right | speakers right | attributions right | dates right | dates P |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const language of ['en', 'es', 'pt'].filter((l) => scores.has(l))) {
    const s = scores.get(language)!;
    rows.push(
      `| ${language} | ${s.texts} | ${f2(precision(s.links))} | ${f2(recall(s.links))} | ${s.wrongLinks} | ${f2(precision(s.suggestions))} | ${f2(recall(s.suggestions))} | ${f2(recall(s.suggestionKinds))} | ${f2(s.speakers.right / s.speakers.expected)} (${s.speakers.right}/${s.speakers.expected}) | ${f2(s.speakers.attributedRight / s.speakers.given)} (${s.speakers.attributedRight}/${s.speakers.given}) | ${f2(recall(s.dates))} (${s.dates.right}/${s.dates.expected}) | ${f2(precision(s.dates))} |`,
    );
  }
  return rows.join('\n');
}

/** The seeds' quotes: how many of content/quotes.yaml's speakers the sieve gives. */
function seedSpeakers(): { right: number; total: number; errors: string[] } {
  const content = join(ROOT, 'content');
  const dictionary = loadEntityDictionary(content);
  const registry = parse(readFileSync(join(content, 'quotes.yaml'), 'utf8')) as Record<
    string,
    { speaker: string; text: string; cite: string }
  >;
  const seeds: Record<string, string> = {};
  for (const quote of Object.values(registry)) seeds[quote.cite.split('#')[0]!] = '';
  let right = 0;
  let total = 0;
  const errors: string[] = [];
  for (const article of Object.keys(seeds)) {
    const file = readFileSync(join(content, 'articles', `${article}.mdx`), 'utf8');
    const seed = /^seed: "?([^"\n]+)"?$/mu.exec(file)?.[1];
    if (!seed) continue;
    const paragraphs = splitParagraphs(readFileSync(join(content, 'seeds', seed), 'utf8'));
    const names = findNames(paragraphs, 'en', knownNames(dictionary, article));
    const quotes = findQuotes(paragraphs, 'en', { names, entities: dictionary.entities });
    for (const [id, quote] of Object.entries(registry)) {
      if (!quote.cite.startsWith(`${article}#`)) continue;
      total++;
      const paragraph = Number(quote.cite.split('#p-')[1]);
      const words = normaliseForQuote(quote.text).replace(/[.,]$/u, '');
      const found = quotes.find((q) => q.paragraph === paragraph && normaliseForQuote(q.text).includes(words));
      const speaker = found?.speaker && 'entity' in found.speaker ? found.speaker.entity : undefined;
      if (speaker === quote.speaker) right++;
      else errors.push(`${id}: ${speaker ?? 'none'}, not ${quote.speaker}`);
    }
  }
  return { right, total, errors };
}

function main(argv: readonly string[]): number {
  const verbose = argv.includes('--verbose');
  const dictionary = loadEntityDictionary(join(ROOT, 'content'));
  const sets = [
    ['Labelled set (tests/fixtures/ingest/bench/, the rules were developed on it)', 'bench'],
    ['Held-out set (tests/fixtures/ingest/bench-holdout/)', 'bench-holdout'],
  ] as const;
  const out: Record<string, unknown> = {};
  for (const [title, folder] of sets) {
    const scores = evaluate(readLabelled(join(ROOT, 'tests/fixtures/ingest', folder)), dictionary);
    out[folder] = Object.fromEntries(scores);
    if (argv.includes('--json')) continue;
    console.log(`\n${title}\n\n${table(scores)}`);
    if (verbose) {
      for (const [language, s] of scores) {
        for (const [what, score] of Object.entries({
          links: s.links,
          suggestions: s.suggestions,
          kinds: s.suggestionKinds,
          speakers: s.speakers,
          dates: s.dates,
        })) {
          for (const error of score.errors) console.log(`  ${language} ${what}: ${error}`);
        }
      }
    }
  }
  const names = seedNames(ROOT);
  const speakers = seedSpeakers();
  out.seeds = { names, speakers };
  if (argv.includes('--json')) {
    console.log(JSON.stringify(out, null, 2));
    return 0;
  }
  console.log(
    `\nSeeds: names found P ${f2(names.precision)} R ${f2(names.recall)} (${names.right} of ${names.found} found are labelled; ${names.labelled} labelled); quote speakers ${speakers.right}/${speakers.total} of content/quotes.yaml.`,
  );
  if (verbose) for (const error of speakers.errors) console.log(`  seed speakers: ${error}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
