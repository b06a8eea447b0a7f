import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { contentDir } from './content/content-dir';
import type { OtherFolder } from './content/read/entry-data';
import { articleLoader } from './content/loaders/articles';
import { proseLoader } from './content/loaders/prose';
import { registryLoader } from './content/loaders/registry';
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

/** Each kind's schema, with its errors worded for authors. */
const kinds = {
  people: withAuthorErrors(personSchema, 'people'),
  organizations: withAuthorErrors(organizationSchema, 'organizations'),
  places: withAuthorErrors(placeSchema, 'places'),
  events: withAuthorErrors(eventSchema, 'events'),
  topics: withAuthorErrors(topicSchema, 'topics'),
};

/** The other kinds' folders, for the message that a profile is in the wrong one. */
function otherKinds(name: string): OtherFolder[] {
  return Object.entries(kinds)
    .filter(([folder]) => folder !== name)
    .map(([folder, schema]) => ({ folder, schema }));
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

const articles = withAuthorErrors(articleSchema, 'articles');

export const collections = {
  dossier: folder('dossier', withAuthorErrors(dossierSchema, 'dossier')),
  articles: defineCollection({ loader: articleLoader(contentDir, articles), schema: articles }),
  people: folder('people', kinds.people, otherKinds('people')),
  organizations: folder('organizations', kinds.organizations, otherKinds('organizations')),
  places: folder('places', kinds.places, otherKinds('places')),
  events: folder('events', kinds.events, otherKinds('events')),
  topics: folder('topics', kinds.topics, otherKinds('topics')),
  quotes: list('quotes', 'quote', quoteSchema),
  claims: list('claims', 'claim', claimSchema),
};
