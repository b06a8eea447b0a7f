import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAstroInBackground } from './build';
import { ROOT } from './paths';

/**
 * docs/adding-a-kind.md followed once, in a copy of the project: a `documents` kind (reports, letters …) with an
 * author. Used by new-kind.test.ts.
 */

/** The project's sources copied into a temporary folder, with the minimal fixture dossier as its content. */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-new-kind-'));
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  cpSync(join(ROOT, 'tests/fixtures/minimal/content'), join(dir, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * Runs `astro <args>` in the copy, with its own cache and output folder; stdout and stderr without colours. Copies
 * are folders of their own, so runs in two of them may overlap.
 */
export function astro(dir: string, ...args: string[]): Promise<{ status: number | null; output: string }> {
  return runAstroInBackground(dir, args, {
    DOSSIER_CACHE_DIR: join(dir, 'cache'),
    DOSSIER_OUT_DIR: join(dir, 'dist'),
    DOSSIER_CONTENT_DIR: join(dir, 'content'),
  });
}

/** The files `astro check` reports errors in, sorted. */
export function filesWithErrors(output: string): string[] {
  return [...new Set([...output.matchAll(/^(\S+?):\d+:\d+ - error/gm)].map((m) => m[1]!))].sort();
}

/** The files docs/adding-a-kind.md says the compiler points at, sorted. */
export function filesTheRecipeNames(): string[] {
  const doc = readFileSync(join(ROOT, 'docs/adding-a-kind.md'), 'utf8');
  const section = doc.split('## What the compiler points at')[1]!.split('\n## ')[0]!;
  return [...section.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]!).sort();
}

function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the recipe's edit of ${file} changed nothing: has the file changed?`);
  writeFileSync(path, after);
}

/** "What you write": the schema, the registry entry, a profile. */
export function writeTheKind(dir: string) {
  writeFileSync(
    join(dir, 'src/schemas/document.ts'),
    `import { z } from 'astro/zod';
import { citedReference, entityBase } from './entity-base';
import { strictObject } from './strict';

/** A document named in the sources: reports, letters, communiqués. */
export const documentSchema = strictObject({
  ...entityBase,
  /** Who wrote or issued it; leave out when the sources do not say. */
  author: citedReference.optional(),
});

export type DossierDocument = z.infer<typeof documentSchema>;
`,
  );
  edit(dir, 'src/schemas/kinds.ts', (text) =>
    text
      .replace(/^(import \{ eventSchema \} from '\.\/event';)$/m, "import { documentSchema } from './document';\n$1")
      .replace(
        /^\} as const satisfies/m,
        "  documents: { schema: documentSchema, singular: 'Document', plural: 'Documents', schemaOrg: 'Thing', ftm: 'Note' },\n} as const satisfies",
      ),
  );
  mkdirSync(join(dir, 'content/documents'));
  writeFileSync(
    join(dir, 'content/documents/annual-report.mdx'),
    `---
name: Annual Report
author:
  ref: sample-agency
  cite: sample-article#p-1
---

The Sample Agency met the President in Puerto Nuevo.<Cite to="sample-article#p-1" />
`,
  );
}

/** "What the compiler points at": a case for the new kind in each switch (its author among its facts). */
export function answerTheCompiler(dir: string, files: readonly string[]) {
  for (const file of files) {
    edit(dir, file, (text) => {
      // Its FtM properties: those every profile has (name, aliases, summary, proof …).
      if (file.endsWith('ftm.ts')) {
        return text.replace(/^(\s*)default:\n(\s*)assertNever\(entity\);/m, "$1case 'documents':\n$2break;\n$&");
      }
      // Its facts: the author, when the sources name one.
      if (file.endsWith('profile-facts.ts')) {
        return text.replace(
          /^(\s*)case 'topics':/m,
          "$1case 'documents':\n$1  return [one('Author', entity.data.author && reference('author', 'Author', entity.data.author))];\n$&",
        );
      }
      // The benchmark's synthetic profiles of the kind are named like this.
      if (file.endsWith('synthetic.ts'))
        return text.replace(/^(\s*)topics: `\$\{a\} question`,$/m, '$&\n$1documents: `${a} report`,');
      // Elsewhere it adds nothing, as topics do.
      return text.replace(/^(\s*)case 'topics':/m, "$1case 'documents':\n$&");
    });
  }
}
