import type { LineLocator } from '../../content/read/field-lines';
import { fold } from '../../shared/fold';
import type { EntityRecord } from '../records';
import type { Add } from './report';

/** Each name or alias (ignoring case, accents and punctuation) belongs to one entity. */
export function checkNames(entities: readonly EntityRecord[], add: Add, locate: LineLocator): void {
  const claimed = new Map<string, { entity: EntityRecord; written: string }>();
  for (const entity of entities) {
    const names = [entity.data.name, ...entity.data.aliases];
    for (const written of new Set(names)) {
      const key = fold(written)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      const owner = claimed.get(key);
      if (owner && owner.entity.id !== entity.id) {
        add(
          entity.filePath,
          written === entity.data.name ? 'name' : 'aliases',
          `"${written}" is already a name or alias of "${owner.entity.id}" (${owner.entity.filePath}, as "${owner.written}"). A name must point at one entity: remove it from one of the two profiles.`,
          written === entity.data.name
            ? {}
            : { line: locate(entity.filePath, `aliases[${entity.data.aliases.indexOf(written)}]`) },
        );
      } else if (!owner) claimed.set(key, { entity, written });
    }
  }
}
