import { z } from 'astro/zod';
import { cite } from './citation';
import { entityBase, entityId } from './entity-base';
import { strictObject } from './strict';
import { timeScope } from './time-scope';

/** A role a person holds, as the sources give it. */
export const role = strictObject({
  /** The role in the sources' words, e.g. "President of Colombia". */
  title: z.string().min(1),
  /** The entity the role is held in, when there is a profile for it. */
  of: entityId.optional(),
  /** Where the sources say so. */
  cite,
  /** Set when this is our inference rather than the sources' words: say why. */
  inferred: z.string().min(1).optional(),
  ...timeScope,
});

/** A person named in the sources. */
export const personSchema = strictObject({
  ...entityBase,
  /** Roles and offices, each cited; empty when the sources give none. */
  roles: z.array(role).default([]),
});

export type Person = z.infer<typeof personSchema>;
