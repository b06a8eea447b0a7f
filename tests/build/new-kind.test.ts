import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../support/build';
import { dossierValidator, readDossierSchema } from '../support/exports';
import {
  answerTheCompiler,
  astro,
  copyProject,
  filesTheRecipeNames,
  filesWithErrors,
  writeTheKind,
} from '../support/new-kind';

/**
 * docs/adding-a-kind.md, followed once in a copy of the project: a `documents` kind. After "what you write" the
 * compiler must point at exactly the files the recipe names; after answering it, the project type-checks and builds,
 * and the new kind has its pages and its place in the exports.
 */
describe('adding a kind of entity', () => {
  // Two copies of the project: one after "what you write", one after answering the compiler as well. Their type
  // checks (half a minute each) and the second one's build run side by side, one per core.
  let answered: string;
  let written: Promise<Awaited<ReturnType<typeof astro>>>;
  let checked: Promise<Awaited<ReturnType<typeof astro>>>;
  let built: Promise<Awaited<ReturnType<typeof astro>>>;
  beforeAll(() => {
    const dir = copyProject();
    writeTheKind(dir);
    answered = copyProject();
    writeTheKind(answered);
    answerTheCompiler(answered, filesTheRecipeNames());
    written = astro(dir, 'check');
    checked = astro(answered, 'check');
    built = checked.then(() => astro(answered, 'build'));
  });

  it('is a compile error exactly in the files docs/adding-a-kind.md lists', async () => {
    const { status, output } = await written;
    expect(status).not.toBe(0);
    expect(filesWithErrors(output)).toEqual(filesTheRecipeNames());
  });

  it('type-checks once each of those files has its case', async () => {
    const { status, output } = await checked;
    expect(filesWithErrors(output)).toEqual([]);
    expect(status, output).toBe(0);
  });

  it('builds, with the kind’s pages, navigation and exports', async () => {
    const { status, output } = await built;
    expect(status, output).toBe(0);
    const dist = join(answered, 'dist');

    const profile = readPage(dist, 'documents/annual-report/index.html');
    expect(toString(selectAll('h1', profile)[0]!)).toBe('Annual Report');
    const facts = selectAll('.facts dt, .facts dd', profile).map((node) => toString(node).trim());
    expect(facts.slice(0, 2)).toEqual(['Kind', 'Document']);
    expect(facts).toContain('Author');
    expect(existsSync(join(dist, 'documents/index.html'))).toBe(true);
    const nav = selectAll('a', readPage(dist, 'index.html')).map((a) => toString(a));
    expect(nav).toContain('Documents');

    const json = JSON.parse(readFileSync(join(dist, 'dossier.json'), 'utf8')) as {
      entities: Array<{ id: string; kind: string }>;
    };
    expect(json.entities.at(-1)).toMatchObject({ id: 'annual-report', kind: 'documents' });
    // The published schema follows the registry: its kind enum has the new kind without being edited.
    const schema = readDossierSchema(join(dist, 'dossier.schema.json'));
    expect(JSON.stringify(schema)).toContain('"documents"');
    expect(dossierValidator(schema)(json)).toEqual([]);

    const ftm = readFileSync(join(dist, 'entities.ftm.json'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; schema: string; properties: Record<string, string[]> });
    const document = ftm.find((entity) => entity.id === 'dossier-documents-annual-report');
    expect(document?.schema).toBe('Note');
    // Its citations (its summary's and its author's) are found without the export being told about its fields.
    expect(document?.properties.proof).toEqual(['dossier-article-sample-article']);
  });
});
