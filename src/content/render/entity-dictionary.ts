import { join } from 'node:path';
import { ENTITY_KINDS, type EntityKind } from '../../schemas/entity';
import { displayPath, readContentFile } from '../read/content-file';
import { listEntryFiles } from '../read/content-tree';
import { parseFrontmatter } from '../read/frontmatter';
import { MentionMatcher, type MatchableEntity } from './mention-matcher';

/** The names and aliases of every entity profile, read from disk. */
export interface EntityDictionary {
  entities: Array<MatchableEntity & { kind: EntityKind }>;
  kindOf: Map<string, EntityKind>;
  matcher: MentionMatcher;
}

/**
 * A profile's id, kind, name and aliases, read from its frontmatter through
 * the same reader as the profile's own collection (so a file that does not
 * decode or parse fails with the same message); undefined when it has no
 * name, which the collection's schema reports.
 */
export function readEntityNames(
  contentDir: string,
  kind: EntityKind,
  file: string,
): (MatchableEntity & { kind: EntityKind }) | undefined {
  const path = join(contentDir, kind, file);
  const { data } = parseFrontmatter(readContentFile(path), displayPath(path));
  const { name, aliases } = data as { name?: unknown; aliases?: unknown };
  if (typeof name !== 'string') return undefined;
  return {
    id: file.replace(/\.mdx$/, ''),
    kind,
    name,
    aliases: Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [],
  };
}

/**
 * Reads names and aliases straight from the profiles' frontmatter. Articles
 * are rendered (and their mentions linked) by the article loader while the
 * content layer syncs, before the other collections can be queried, so the
 * matcher gets its dictionary here.
 */
export function loadEntityDictionary(contentDir: string): EntityDictionary {
  const entities: EntityDictionary['entities'] = [];
  for (const kind of ENTITY_KINDS) {
    for (const file of listEntryFiles(join(contentDir, kind))) {
      const entity = readEntityNames(contentDir, kind, file);
      if (entity) entities.push(entity);
    }
  }
  return { entities, kindOf: new Map(entities.map((e) => [e.id, e.kind])), matcher: new MentionMatcher(entities) };
}
