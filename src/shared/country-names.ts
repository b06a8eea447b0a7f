import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import pt from 'i18n-iso-countries/langs/pt.json';

// Registered by hand, not through the package's Node entry (which loads all 80 locales): only the dossier's languages.
for (const locale of [en, es, pt]) countries.registerLocale(locale);

/** The languages country names are given in: the dossier's coverage languages. */
export const COUNTRY_NAME_LANGUAGES = ['en', 'es', 'pt'] as const;

/** True for an ISO 3166-1 alpha-2 code of a country (CO, US, VE …), in capitals. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/**
 * The names of a country in one language, from i18n-iso-countries (the
 * Unicode CLDR names and their common variants): "US" in Spanish gives
 * ["Estados Unidos"], in Portuguese ["Estados Unidos", "Estados Unidos da
 * América"]. Empty for an unknown code or a language not registered here.
 */
export function countryNames(code: string, language: string): string[] {
  if (!isCountryCode(code)) return [];
  const names = countries.getNames(language, { select: 'all' })[code];
  return names ? [...new Set(names)] : [];
}

/** The code of the country a name stands for in one of the dossier's languages ("Colômbia" → CO), if any. */
export function countryCodeOf(name: string): string | undefined {
  for (const language of COUNTRY_NAME_LANGUAGES) {
    const code = countries.getAlpha2Code(name, language);
    if (code) return code;
  }
  return undefined;
}
