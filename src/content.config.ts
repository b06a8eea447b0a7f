import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { contentDir } from './content/content-dir';
import type { OtherFolder } from './content/read/entry-data';
import { articleLoader } from './content/loaders/articles';
import { proseLoader } from './content/loaders/prose';
import { registryLoader } from './content/loaders/registry';
import { readList } from './content/read/list';
import { articleSchema } from './schemas/article';
import { claimSchema } from './schemas/claim';
import { quoteSchema } from './schemas/quote';
import { withAuthorErrors } from './schemas/author-errors';
import { dossierSchema } from './schemas/dossier';
import { gapSchema } from './schemas/gap';
import { indicatorSchema } from './schemas/indicator';
import { judgmentSchema } from './schemas/judgment';
import { ENTITY_KINDS, KINDS, type EntityData, type EntityKind } from './schemas/kinds';

/** Each kind's schema, with its errors worded for authors, in the order of KINDS. */
const kindSchemas = ENTITY_KINDS.map((kind) => ({ folder: kind, schema: withAuthorErrors(KINDS[kind].schema, kind) }));

/** What withAuthorErrors makes of kind `K`'s schema. */
type KindSchema<K extends EntityKind> = z.ZodPipe<z.ZodUnknown, z.ZodTransform<EntityData<K>, unknown>>;

/** The other kinds' folders, for the message that a profile is in the wrong one. */
function otherKinds(name: string): OtherFolder[] {
  return kindSchemas.filter(({ folder }) => folder !== name);
}

/**
 * One folder of MDX files under content/ (profiles of one kind, or the
 * overview). The file name is the id; files starting with `_` are drafts and
 * stay out of the build.
 */
function folder<Schema extends z.ZodType>(name: string, schema: Schema, others: OtherFolder[] = []) {
  return defineCollection({ loader: proseLoader(`${contentDir}/${name}`, schema, others), schema });
}

/** One YAML file mapping ids to entries; a broken, missing or duplicated one fails the build at its line. */
function list<Schema extends z.ZodType>(name: string, noun: string, schema: Schema) {
  const checked = withAuthorErrors(schema, name);
  return defineCollection({ loader: registryLoader(`${contentDir}/${name}.yaml`, noun, checked), schema: checked });
}

/** A YAML list of entries with their own ids; a missing file is an empty list. */
function entryList<Schema extends z.ZodType>(name: string, noun: string, schema: Schema) {
  const checked = withAuthorErrors(schema, name);
  return defineCollection({
    loader: registryLoader(`${contentDir}/${name}.yaml`, noun, checked, readList),
    schema: checked,
  });
}

const articles = withAuthorErrors(articleSchema, 'articles');

/** One collection of profiles per kind of src/schemas/kinds.ts, its folder named after the kind. */
function kindCollections() {
  const collections = Object.fromEntries(
    kindSchemas.map(({ folder: kind, schema }) => [kind, folder(kind, schema, otherKinds(kind))]),
  );
  // Object.fromEntries forgets the keys; each one's collection is that of its kind's schema.
  return collections as { [K in EntityKind]: ReturnType<typeof folder<KindSchema<K>>> };
}

export const collections = {
  dossier: folder('dossier', withAuthorErrors(dossierSchema, 'dossier')),
  articles: defineCollection({ loader: articleLoader(contentDir, articles), schema: articles }),
  ...kindCollections(),
  quotes: list('quotes', 'quote', quoteSchema),
  claims: list('claims', 'claim', claimSchema),
  judgments: entryList('judgments', 'judgment', judgmentSchema),
  indicators: entryList('indicators', 'indicator', indicatorSchema),
  gaps: entryList('gaps', 'gap', gapSchema),
};
