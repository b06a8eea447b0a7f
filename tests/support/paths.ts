import { resolve } from 'node:path';

/** The project's root folder: the one holding package.json. */
export const ROOT = resolve(import.meta.dirname, '../..');
