import type { DossierInput } from '../records';
import type { Add } from './report';

/** How much of a paragraph a message quotes. */
const QUOTE_CHARS = 120;

const excerpt = (text: string | undefined) =>
  text === undefined ? '(nothing)' : `"${text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text}"`;

/**
 * An article that records how it was received still has that text: its seed file is there, has the recorded SHA-256,
 * and its paragraphs are the article's, one for one (the Berkeley Protocol's evidentiary copy and working copy).
 */
export function checkPreservation(input: DossierInput, add: Add): void {
  for (const article of input.articles) {
    const { received, seed: name } = article.data;
    const seed = article.seed;
    if (!received || !seed) continue;
    const file = article.filePath;
    if (seed === 'missing') {
      add(
        file,
        'seed',
        `names content/seeds/${name}, the text as it was received, but there is no such file. Restore it from version control; the article's text is checked against it.`,
      );
      continue;
    }
    if (seed.sha256 !== received.sha256) {
      add(
        file,
        'received.sha256',
        `is ${received.sha256}, but content/seeds/${name} now hashes to ${seed.sha256}: the received text was changed after it was recorded. Restore the seed from version control; a new version of the source is ingested as a new article.`,
      );
      continue;
    }
    const count = Math.max(seed.paragraphs.length, article.paragraphs.length);
    for (let i = 0; i < count; i++) {
      if (seed.paragraphs[i] === article.paragraphs[i]) continue;
      add(
        file,
        `¶${i + 1}`,
        `no longer matches the text as received (content/seeds/${name}): it reads ${excerpt(article.paragraphs[i])}, the received text ${excerpt(seed.paragraphs[i])}. Article text is verbatim: restore the paragraph as received; a new version of the source is ingested as a new article.`,
      );
      break;
    }
  }
}
