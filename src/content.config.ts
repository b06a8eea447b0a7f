import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentDir } from './lib/content-dir';
import { articleLoader } from './loaders/articles';
import { proseLoader } from './loaders/prose';
import { articleSchema } from './schemas/article';
import { claimSchema } from './schemas/claim';
import { quoteSchema } from './schemas/quote';
import { withAuthorErrors } from './schemas/author-errors';
import { dossierSchema } from './schemas/dossier';
import { eventSchema } from './schemas/event';
import { organizationSchema } from './schemas/organization';
import { personSchema } from './schemas/person';
import { placeSchema } from './schemas/place';
import { topicSchema } from './schemas/topic';

/**
 * One folder of MDX files under content/ (profiles of one kind, or the
 * overview). The file name is the id; files starting with `_` are drafts and
 * stay out of the build.
 */
function folder<Schema extends z.ZodType>(name: string, schema: Schema) {
  return defineCollection({ loader: proseLoader(`${contentDir}/${name}`), schema: withAuthorErrors(schema, name) });
}

/** One YAML file mapping ids to entries (a duplicate id is a YAML error, so none is silently lost). */
function list<Schema extends z.ZodType>(name: string, schema: Schema) {
  return defineCollection({ loader: file(`${contentDir}/${name}.yaml`), schema: withAuthorErrors(schema, name) });
}

export const collections = {
  dossier: folder('dossier', dossierSchema),
  articles: defineCollection({
    loader: articleLoader(contentDir),
    schema: withAuthorErrors(articleSchema, 'articles'),
  }),
  people: folder('people', personSchema),
  organizations: folder('organizations', organizationSchema),
  places: folder('places', placeSchema),
  events: folder('events', eventSchema),
  topics: folder('topics', topicSchema),
  quotes: list('quotes', quoteSchema),
  claims: list('claims', claimSchema),
};
