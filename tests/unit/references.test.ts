import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { citationCheck } from '../../src/dossier/checks/citations';
import { referenceCheck } from '../../src/dossier/checks/references';
import { reporter } from '../../src/dossier/checks/report';
import type { ArticleRecord, EntityRecord } from '../../src/dossier/records';
import { cite } from '../../src/schemas/citation';
import { citedReference, entityBase, entityId } from '../../src/schemas/entity-base';
import { referencesIn } from '../../src/schemas/references';
import { strictObject } from '../../src/schemas/strict';
import type { Problem } from '../../src/shared/problems';

/** A kind that has not been written yet, with reference fields under names no check has heard of. */
const documentSchema = strictObject({
  ...entityBase,
  author: citedReference.optional(),
  mentor: entityId.optional(),
  readers: z.array(entityId).default([]),
  pages: z.array(strictObject({ summary: z.string(), source: cite })).default([]),
});

const data = documentSchema.parse({
  name: 'Annual Report',
  relations: [{ type: 'concerns', to: 'petro', cite: 'a1#p-1' }],
  author: { ref: 'nobody', cite: 'a1#p-1' },
  mentor: 'petro',
  readers: ['petro', 'ghost'],
  pages: [{ summary: 'One.', source: ['a1#p-1', 'a1#p-9'] }],
});

describe('referencesIn', () => {
  it('finds every reference field by its schema, whatever it is called, in the order of the data', () => {
    expect(referencesIn(documentSchema, data).map(({ path, to, list }) => ({ path, to, list }))).toEqual([
      { path: 'relations[0].to', to: 'entity', list: false },
      { path: 'relations[0].cite', to: 'paragraph', list: false },
      { path: 'author.ref', to: 'entity', list: false },
      { path: 'author.cite', to: 'paragraph', list: false },
      { path: 'mentor', to: 'entity', list: false },
      { path: 'readers', to: 'entity', list: true },
      { path: 'pages[0].source', to: 'paragraph', list: false },
    ]);
  });

  it('prefixes paths for YAML entries', () => {
    expect(referencesIn(strictObject({ speaker: entityId }), { speaker: 'petro' }, 'q1')[0]?.path).toBe('q1.speaker');
  });
});

describe('the reference check', () => {
  it('checks a reference field under a new name, and a citation under a new name', () => {
    const problems: Problem[] = [];
    const add = reporter(problems, () => undefined);
    const articles = new Map([['a1', { id: 'a1', paragraphs: ['One.', 'Two.'] } as ArticleRecord]]);
    const byId = new Map([['petro', { id: 'petro' } as EntityRecord]]);
    referenceCheck(byId, citationCheck(articles, add), add)('content/documents/report.mdx', documentSchema, data, {
      self: 'report',
    });
    expect(problems.map(({ field, message }) => `${field}: ${message}`)).toEqual([
      'author.ref: refers to "nobody", but there is no entity with that id. Ids are the profile file names under content/.',
      'readers[1]: lists "ghost", but there is no entity with that id. Ids are the profile file names under content/.',
      'pages[0].source[1]: cites "a1#p-9", but article "a1" has 2 paragraphs (p-1 to p-2). Check the paragraph number on the article page.',
    ]);
  });
});
