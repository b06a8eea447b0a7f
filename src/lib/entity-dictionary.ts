import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ENTITY_KINDS, type EntityKind } from '../schemas/entity';
import { MentionMatcher, type MatchableEntity } from './mentions/matcher';

/** The names and aliases of every entity profile, read from disk. */
export interface EntityDictionary {
  entities: Array<MatchableEntity & { kind: EntityKind }>;
  kindOf: Map<string, EntityKind>;
  matcher: MentionMatcher;
}

/** True for a content file the build reads: `.mdx`, not a `_`-prefixed draft. */
export function isPublishedContentFile(name: string): boolean {
  return name.endsWith('.mdx') && !name.startsWith('_');
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** A profile's id, kind, name and aliases, read from its frontmatter; undefined when that does not parse. */
export function readEntityNames(
  contentDir: string,
  kind: EntityKind,
  file: string,
): (MatchableEntity & { kind: EntityKind }) | undefined {
  const match = FRONTMATTER.exec(readFileSync(join(contentDir, kind, file), 'utf8'));
  let data: unknown;
  try {
    data = match ? parseYaml(match[1]!) : undefined;
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
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
 * matcher gets its dictionary here. Files whose frontmatter does not parse are
 * skipped: the content layer reports them with a proper error.
 */
export function loadEntityDictionary(contentDir: string): EntityDictionary {
  const entities: EntityDictionary['entities'] = [];
  for (const kind of ENTITY_KINDS) {
    let files: string[];
    try {
      files = readdirSync(join(contentDir, kind)).filter(isPublishedContentFile).sort();
    } catch {
      continue;
    }
    for (const file of files) {
      const entity = readEntityNames(contentDir, kind, file);
      if (entity) entities.push(entity);
    }
  }
  return { entities, kindOf: new Map(entities.map((e) => [e.id, e.kind])), matcher: new MentionMatcher(entities) };
}
