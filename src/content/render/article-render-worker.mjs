// A worker thread starts from JavaScript: this loads the TypeScript worker through tsx.
import { tsImport } from 'tsx/esm/api';

await tsImport('./article-render-worker.ts', import.meta.url);
