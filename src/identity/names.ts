import { countryNames } from '../shared/country-names';
import { nameKey } from '../shared/name-key';

/** What a profile says about its names (the fields of `entityBase`, and a place's `countryCode`). */
export interface ProfileNames {
  name: string;
  aliases: readonly string[];
  names?: Readonly<Record<string, readonly string[]>> | undefined;
  countryCode?: string | undefined;
}

/** The languages a country's names are added in, from i18n-iso-countries: the dossier's other coverage languages. */
const COUNTRY_LANGUAGES = ['es', 'pt'] as const;

/**
 * A profile's names by language: its own `names`, and for a country (a place
 * with `countryCode`) the country's names in Spanish and Portuguese from
 * i18n-iso-countries. A name already given as the profile's name or alias,
 * or earlier for the same language, is left out (compared by nameKey, so
 * "Colombia" is not repeated as Spanish). Languages in code point order.
 */
export function namesByLanguage(profile: ProfileNames): Record<string, string[]> {
  const universal = new Set([profile.name, ...profile.aliases].map(nameKey));
  const byLanguage = new Map<string, string[]>();
  const add = (language: string, name: string) => {
    const list = byLanguage.get(language) ?? [];
    const key = nameKey(name);
    if (!key || universal.has(key) || list.some((known) => nameKey(known) === key)) return;
    byLanguage.set(language, [...list, name]);
  };
  for (const [language, names] of Object.entries(profile.names ?? {})) for (const name of names) add(language, name);
  if (profile.countryCode) {
    for (const language of COUNTRY_LANGUAGES) {
      for (const name of countryNames(profile.countryCode, language)) add(language, name);
    }
  }
  return Object.fromEntries(
    [...byLanguage].filter(([, names]) => names.length > 0).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** Every name of a profile, in every language, each once (by nameKey): name, aliases, then names by language. */
export function allNames(profile: ProfileNames): string[] {
  const seen = new Set<string>();
  return [profile.name, ...profile.aliases, ...Object.values(namesByLanguage(profile)).flat()].filter((name) => {
    const key = nameKey(name);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
