import { join } from 'node:path';
import { ENTITY_KINDS, type EntityKind } from '../../schemas/entity';
import { namesByLanguage } from '../../identity/names';
import { displayPath, readContentFile } from '../read/content-file';
import { listEntryFiles } from '../read/content-tree';
import { parseFrontmatter } from '../read/frontmatter';
import { isAcronym, MentionMatcher, type MatchableEntity } from './mention-matcher';
import { commonWords, primaryLanguage } from '../../shared/common-words';
import { tokenize } from '../../shared/fold';
import { byCodePoint } from '../../shared/order';

/** A profile as the matcher sees it: its names by language, the articles it cites, a person's role titles. */
export type DictionaryEntity = MatchableEntity & {
  kind: EntityKind;
  names: Record<string, string[]>;
  citedArticles: string[];
  roleTitles: string[];
  /** A person's roles: title and, when given, the profile it is held in. */
  roles: Array<{ title: string; of?: string }>;
};

/** The names and aliases of every entity profile, read from disk. */
export interface EntityDictionary {
  entities: DictionaryEntity[];
  kindOf: Map<string, EntityKind>;
  matcher: MentionMatcher;
}

/** A citation anywhere in a profile's file: its frontmatter fields or a `<Cite to="…" />` in its body. */
const CITATION = /([a-z0-9]+(?:-[a-z0-9]+)*)#p-[1-9][0-9]*/g;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : [];

/** The title and `of` of each well-formed role in a profile's `roles` field. */
function rolesOf(value: unknown): Array<{ title: string; of?: string }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((role) => {
    const { title, of } = (role ?? {}) as { title?: unknown; of?: unknown };
    if (typeof title !== 'string') return [];
    return [{ title, ...(typeof of === 'string' ? { of } : {}) }];
  });
}

/**
 * A profile's id, kind, names (name, aliases, names by language, a country's
 * names from its code), role titles and the articles it cites, read from its
 * file through the same reader as the profile's own collection (so a file
 * that does not decode or parse fails with the same message); undefined when
 * it has no name, which the collection's schema reports.
 */
export function readEntityNames(contentDir: string, kind: EntityKind, file: string): DictionaryEntity | undefined {
  const path = join(contentDir, kind, file);
  const text = readContentFile(path);
  const { data } = parseFrontmatter(text, displayPath(path));
  const { name, aliases, names, countryCode, roles } = data as Record<string, unknown>;
  if (typeof name !== 'string') return undefined;
  const byLanguage =
    names && typeof names === 'object' && !Array.isArray(names)
      ? Object.fromEntries(Object.entries(names).map(([language, list]) => [language, strings(list)]))
      : {};
  return {
    id: file.replace(/\.mdx$/, ''),
    kind,
    name,
    aliases: strings(aliases),
    names: namesByLanguage({
      name,
      aliases: strings(aliases),
      names: byLanguage,
      countryCode: typeof countryCode === 'string' ? countryCode : undefined,
    }),
    citedArticles: [...new Set([...text.matchAll(CITATION)].map((m) => m[1]!))].sort(byCodePoint),
    roleTitles: rolesOf(roles).map((role) => role.title),
    roles: rolesOf(roles),
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

/** A profile's name that is a common word of a language its articles are written in. */
export interface CommonWordName {
  entity: string;
  kind: EntityKind;
  /** The name or alias as written in the profile. */
  written: string;
  language: string;
}

/**
 * The one-word names and aliases that are common words (stopwords-iso) of
 * one of `languages`, the languages the dossier's articles are written in:
 * "para" is a word of every Spanish sentence. The matcher never links them in
 * that language; the build warns about them, so the author can remove them
 * or write a longer name. Acronyms matched in capitals ("US") are not words.
 */
export function commonWordNames(entities: readonly DictionaryEntity[], languages: Iterable<string>): CommonWordName[] {
  const found: CommonWordName[] = [];
  for (const language of new Set([...languages].map(primaryLanguage))) {
    const common = commonWords(language);
    for (const entity of entities) {
      const forms = [entity.name, ...entity.aliases, ...(entity.names[language] ?? [])];
      for (const written of new Set(forms)) {
        const tokens = tokenize(written);
        if (tokens.length !== 1 || isAcronym(tokens[0]!.text)) continue;
        if (common.has(tokens[0]!.folded)) found.push({ entity: entity.id, kind: entity.kind, written, language });
      }
    }
  }
  return found;
}
