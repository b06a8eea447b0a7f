import { z } from 'astro/zod';
import { citedReference, citedText, entityBase } from './entity-base';
import { reliabilityGrade } from './grading';
import { strictObject } from './strict';

/** An organisation named in the sources: agencies, outlets, parties, governments. */
export const organizationSchema = strictObject({
  ...entityBase,
  /** What kind of organisation it is, e.g. "news outlet", "government agency". */
  type: citedText,
  /** The country it belongs to; leave out when the sources do not say (the page says "not stated"). */
  country: citedReference.optional(),
  /** As a source: how reliable it is, A–F on the Admiralty code, and why. Articles it publishes take this grade. */
  reliability: reliabilityGrade.optional(),
});

export type Organization = z.infer<typeof organizationSchema>;
