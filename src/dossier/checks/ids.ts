import { ENTITY_KINDS } from '../../schemas/kinds';
import type { EntityRecord } from '../records';
import type { Add } from './report';

/** The kinds as a sentence names them: "people, organizations, places, events and topics". */
const KIND_LIST = `${ENTITY_KINDS.slice(0, -1).join(', ')} and ${ENTITY_KINDS.at(-1)}`;

/**
 * Ids are unique across the entity kinds (the content folders only hold well-formed ones, see content-tree.ts).
 * Returns the profiles by id, the first of each id.
 */
export function checkIds(entities: readonly EntityRecord[], add: Add): Map<string, EntityRecord> {
  const byId = new Map<string, EntityRecord>();
  for (const entity of entities) {
    const first = byId.get(entity.id);
    if (first) {
      add(
        entity.filePath,
        '(file name)',
        `duplicate id "${entity.id}": ${first.filePath} has the same id. Ids must be unique across ${KIND_LIST}; rename one of the files.`,
      );
    } else byId.set(entity.id, entity);
  }
  return byId;
}
