import type { AstroIntegration } from 'astro';
import { checkContentTree } from '../content/read/content-tree';
import { exitOnAuthorError } from '../shared/located-error';

/**
 * Checks the shape of the content folder before Astro reads any of it (see
 * `checkContentTree`): a misspelt folder, a stray file or a broken link fails
 * the build by name at once, instead of being skipped without a word.
 */
export default function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'dossier:content-check',
    hooks: {
      'astro:config:setup': () => exitOnAuthorError(() => checkContentTree(contentDir)),
    },
  };
}
