import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The distinct lower-case words of the real seed texts: the synthetic articles' vocabulary. */
export function seedVocabulary(seedsDir: string): string[] {
  const words = new Set<string>();
  for (const file of readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    for (const word of readFileSync(join(seedsDir, file), 'utf8')
      .toLowerCase()
      .match(/[a-z]+/g) ?? [])
      words.add(word);
  }
  return [...words].sort();
}
