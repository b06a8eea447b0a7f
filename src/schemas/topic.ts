import { z } from 'astro/zod';
import { entityBase } from './entity-base';
import { strictObject } from './strict';

/** A subject the sources discuss (drug trafficking, immigration enforcement …). */
export const topicSchema = strictObject({
  ...entityBase,
});

export type Topic = z.infer<typeof topicSchema>;
