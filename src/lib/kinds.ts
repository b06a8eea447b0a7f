import { ENTITY_KINDS, type EntityKind } from '../schemas/entity';

/** How each kind of entity is named on the pages. */
export const KIND_LABELS: Record<EntityKind, { singular: string; plural: string }> = {
  people: { singular: 'Person', plural: 'People' },
  organizations: { singular: 'Organisation', plural: 'Organisations' },
  places: { singular: 'Place', plural: 'Places' },
  events: { singular: 'Event', plural: 'Events' },
  topics: { singular: 'Topic', plural: 'Topics' },
};

/** True when a route parameter names an entity kind. */
export function isEntityKind(value: string | undefined): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value ?? '');
}
