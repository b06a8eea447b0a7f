import type { z } from 'astro/zod';
import { eventSchema } from './event';
import { organizationSchema } from './organization';
import { personSchema } from './person';
import { placeSchema } from './place';
import { topicSchema } from './topic';

/** What the rest of the build needs to know about one kind of entity, as data. */
interface KindDescription {
  /** The zod schema of a profile's frontmatter (one file per kind in src/schemas/). */
  schema: z.ZodType;
  /** How one profile of the kind is named on the pages ("Person"). */
  singular: string;
  /** How the kind is named as a whole: its index, the navigation ("People"). */
  plural: string;
  /** The schema.org type of its profiles in JSON-LD. */
  schemaOrg: 'Person' | 'Organization' | 'Place' | 'Event' | 'Thing';
  /** The FollowTheMoney schema of its profiles (src/exports/ftm.ts checks it is one it writes). */
  ftm: string;
}

/**
 * Every kind of entity profile, described once. The key is the kind: its content folder, its collection, the first
 * segment of its URLs and the `kind` of its records. The order is the order of kinds everywhere (navigation, search
 * facets, exports). docs/adding-a-kind.md says how to add one; the compiler points at the rest.
 */
export const KINDS = {
  people: { schema: personSchema, singular: 'Person', plural: 'People', schemaOrg: 'Person', ftm: 'Person' },
  organizations: {
    schema: organizationSchema,
    singular: 'Organisation',
    plural: 'Organisations',
    schemaOrg: 'Organization',
    ftm: 'Organization',
  },
  places: { schema: placeSchema, singular: 'Place', plural: 'Places', schemaOrg: 'Place', ftm: 'Address' },
  events: { schema: eventSchema, singular: 'Event', plural: 'Events', schemaOrg: 'Event', ftm: 'Event' },
  topics: { schema: topicSchema, singular: 'Topic', plural: 'Topics', schemaOrg: 'Thing', ftm: 'Note' },
} as const satisfies Record<string, KindDescription>;

/** A kind of entity profile: `people`, `organizations` … (the keys of {@link KINDS}). */
export type EntityKind = keyof typeof KINDS;

/** The kinds in their order, one content collection each. */
export const ENTITY_KINDS = Object.keys(KINDS) as readonly EntityKind[];

/** True when `value` names one of the kinds (a content folder, a URL segment …). */
export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

/** The schema of one kind's profiles. */
export type EntitySchema<K extends EntityKind> = (typeof KINDS)[K]['schema'];

/** Each kind's profile frontmatter, as its schema outputs it. */
type EntityDataByKind = { [K in EntityKind]: z.output<EntitySchema<K>> };

/** A profile's frontmatter of kind `K`, as its schema outputs it. */
export type EntityData<K extends EntityKind> = EntityDataByKind[K];

/** How each kind of entity is named on the pages. */
export const KIND_LABELS: Record<EntityKind, { singular: string; plural: string }> = KINDS;
