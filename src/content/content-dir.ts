import { resolve } from 'node:path';

/**
 * Where the dossier's content lives. `content/` by default; tests and the
 * benchmark point DOSSIER_CONTENT_DIR at fixture dossiers.
 */
export const contentDir = resolve(process.env.DOSSIER_CONTENT_DIR ?? 'content');
