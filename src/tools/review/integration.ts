import type { AstroIntegration } from 'astro';
// Imported statically: Astro closes the config's module runner before astro:server:setup runs, so an import there
// fails with "Vite module runner has been closed" and astro dev does not start. Importing it has no side effects.
import { decideHandler } from './decide-handler';

/** The page, as a path from the project root (Astro resolves an injected route's entrypoint from there). */
export const REVIEW_PAGE = './src/tools/review/ReviewPage.astro';

/**
 * The review view, in `astro dev` only: adds the /review/ page and the
 * /review/decide endpoint to the development server. A build never gets
 * either (the page is injected only when the command is dev), so drafts are
 * never published.
 */
export default function reviewDrafts(contentDir: string): AstroIntegration {
  let base = '/';
  let dev = false;
  return {
    name: 'dossier:review',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        if (command !== 'dev') return;
        dev = true;
        base = config.base;
        injectRoute({ pattern: '/review', entrypoint: REVIEW_PAGE });
      },
      'astro:server:setup': ({ server }) => {
        if (!dev) return;
        server.middlewares.use(decideHandler(contentDir, base));
      },
    },
  };
}
