import type { EntityDictionary } from '../../content/render/entity-dictionary';
import { tokenize } from '../../shared/fold';
import type { KnownNames } from './names';

/**
 * What the name finder needs to know of the dossier for one article: the
 * matcher, each profile's kind, and the first names of the people it
 * profiles ("Gustavo" alone is Gustavo Petro's first name, not a new person).
 */
export function knownNames(dictionary: EntityDictionary, article: string | undefined): KnownNames {
  const firstNames = new Set(
    dictionary.entities
      .filter((entity) => entity.kind === 'people')
      .flatMap((entity) => {
        const words = tokenize(entity.name);
        return words.length > 1 ? [words[0]!.folded] : [];
      }),
  );
  return { matcher: dictionary.matcher, kindOf: dictionary.kindOf, firstNames, article };
}
