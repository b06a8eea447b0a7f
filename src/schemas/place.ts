import { z } from 'astro/zod';
import { citedReference, citedText, entityBase } from './entity-base';
import { strictObject } from './strict';
import { isCountryCode } from '../shared/country-names';

/** A place named in the sources: countries, cities, regions, buildings. */
export const placeSchema = strictObject({
  ...entityBase,
  /** What kind of place it is, e.g. "country", "city", "presidential palace". */
  type: citedText,
  /** The larger place it lies in; leave out when the sources do not say. */
  within: citedReference.optional(),
  /**
   * For a country: its ISO 3166-1 alpha-2 code (CO, US, VE). Its names in the
   * dossier's languages (Colômbia, Estados Unidos) then come from
   * i18n-iso-countries and are matched and searched like `names`.
   */
  countryCode: z
    .string()
    .refine(isCountryCode, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not an ISO 3166-1 alpha-2 country code; write two capitals, e.g. CO for Colombia or US for the United States.`,
    })
    .optional(),
});

export type Place = z.infer<typeof placeSchema>;
