import type { LineLocator } from '../../content/read/field-lines';
import { namesByLanguage } from '../../identity/names';
import { nameKey } from '../../shared/name-key';
import type { EntityRecord } from '../records';
import type { Add } from './report';

/** Where a profile writes one of its names. */
interface Written {
  entity: EntityRecord;
  written: string;
  field: string;
}

/** The words of a name, as keys. */
const wordsOf = (name: string) => nameKey(name).split(' ').filter(Boolean);

/**
 * True when two people may share a written name: it is one word, a word of
 * each one's own name ("Rodríguez" of Delcy Rodríguez and of Jorge
 * Rodríguez). The matcher links such a shared surname only where the article
 * tells them apart (see MentionMatcher), and reports it otherwise.
 */
function sharedSurname(a: Written, b: Written): boolean {
  const key = nameKey(a.written);
  if (key.includes(' ') || a.entity.kind !== 'people' || b.entity.kind !== 'people') return false;
  return wordsOf(a.entity.data.name).includes(key) && wordsOf(b.entity.data.name).includes(key);
}

/**
 * Each name, alias or name by language (ignoring case, accents and
 * punctuation) belongs to one entity, except a surname two people share.
 */
export function checkNames(entities: readonly EntityRecord[], add: Add, locate: LineLocator): void {
  const claimed = new Map<string, Written>();
  for (const entity of entities) {
    const forms: Written[] = [
      { entity, written: entity.data.name, field: 'name' },
      ...entity.data.aliases.map((written, i) => ({ entity, written, field: `aliases[${i}]` })),
      ...Object.entries(entity.data.names ?? {}).flatMap(([language, names]) =>
        names.map((written, i) => ({ entity, written, field: `names.${language}[${i}]` })),
      ),
    ];
    const ownNames = new Set(Object.values(namesByLanguage(entity.data)).flat());
    for (const form of forms) {
      if (form.field.startsWith('names.') && !ownNames.has(form.written)) continue; // said already as name or alias
      const key = nameKey(form.written);
      const owner = claimed.get(key);
      if (owner && owner.entity.id !== entity.id && !sharedSurname(form, owner)) {
        add(
          entity.filePath,
          form.field === 'name' ? 'name' : form.field.replace(/\[\d+\]$/, ''),
          `"${form.written}" is already a name or alias of "${owner.entity.id}" (${owner.entity.filePath}, as "${owner.written}"). A name must point at one entity: remove it from one of the two profiles.`,
          form.field === 'name' ? {} : { line: locate(entity.filePath, form.field) },
        );
      } else if (!owner) claimed.set(key, form);
    }
  }
}
