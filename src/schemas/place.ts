import { z } from 'astro/zod';
import { citedReference, citedText, entityBase } from './entity-base';
import { strictObject } from './strict';

/** A place named in the sources: countries, cities, regions, buildings. */
export const placeSchema = strictObject({
  ...entityBase,
  /** What kind of place it is, e.g. "country", "city", "presidential palace". */
  type: citedText,
  /** The larger place it lies in; leave out when the sources do not say. */
  within: citedReference.optional(),
});

export type Place = z.infer<typeof placeSchema>;
