import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import type { SearchCase } from './search-queries';

/**
 * Search cases drawn from a synthetic dossier's articles, the same on every
 * run: for `count` articles, four consecutive words of one paragraph (a
 * phrase) and three words of it out of order (words), each expecting that
 * paragraph.
 */
export function syntheticSearchCases(content: string, count: number): Record<'phrases' | 'words', SearchCase[]> {
  const random = seedrandom('search-cases');
  const files = readdirSync(join(content, 'articles'))
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const phrases: SearchCase[] = [];
  const words: SearchCase[] = [];
  for (let i = 0; i < count; i++) {
    const file = files[Math.floor(random() * files.length)]!;
    const body = readFileSync(join(content, 'articles', file), 'utf8').split(/\n---\n/)[1] ?? '';
    const paragraphs = body.split(/\n\n+/).filter((p) => p.trim());
    const n = Math.floor(random() * paragraphs.length);
    const tokens = paragraphs[n]!.split(/\s+/)
      .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
      .filter((w) => w.length > 2);
    const start = Math.floor(random() * Math.max(1, tokens.length - 4));
    const expected = `/articles/${file.replace(/\.mdx$/, '')}/#p-${n + 1}`;
    phrases.push({ query: tokens.slice(start, start + 4).join(' '), expected });
    const picks = [0, 1, 2].map(() => tokens[Math.floor(random() * tokens.length)]!);
    words.push({ query: [...new Set(picks)].reverse().join(' '), expected });
  }
  return { phrases, words };
}
