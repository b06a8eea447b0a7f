import type { EntityKind } from './entity';

/** How each kind of entity is named on the pages. */
export const KIND_LABELS: Record<EntityKind, { singular: string; plural: string }> = {
  people: { singular: 'Person', plural: 'People' },
  organizations: { singular: 'Organisation', plural: 'Organisations' },
  places: { singular: 'Place', plural: 'Places' },
  events: { singular: 'Event', plural: 'Events' },
  topics: { singular: 'Topic', plural: 'Topics' },
};
