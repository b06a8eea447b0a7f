import type { z } from 'astro/zod';
import { referencesIn } from '../../schemas/references';
import { didYouMean } from '../../shared/did-you-mean';
import type { EntityRecord } from '../records';
import type { CheckCitation } from './citations';
import type { Add } from './report';

/**
 * Checks every reference in a record's data: `file` holds `data`, which
 * `schema` describes; `self` is the profile's own id (a profile may not point
 * at itself), `path` the prefix of reported fields (a YAML entry's id).
 */
export type CheckFields = (
  file: string,
  schema: z.ZodType,
  data: unknown,
  options?: { self?: string; path?: string },
) => void;

/**
 * References to entities point at existing ones, and citations at existing
 * paragraphs. A field is a reference because its schema says so
 * (`src/schemas/references.ts`), whatever its name.
 */
export function referenceCheck(
  byId: ReadonlyMap<string, EntityRecord>,
  checkCitation: CheckCitation,
  add: Add,
): CheckFields {
  const missingEntity = (file: string, field: string, id: string, verb: 'lists' | 'refers to') =>
    add(
      file,
      field,
      `${verb} "${id}", but there is no entity with that id.${didYouMean(id, byId.keys())} Ids are the profile file names under content/.`,
      { group: `no-entity:${id}` },
    );
  return (file, schema, data, { self, path = '' } = {}) => {
    for (const { path: field, to, value, list } of referencesIn(schema, data, path)) {
      if (to === 'paragraph') {
        const cites = Array.isArray(value) ? value : [value];
        cites.forEach((c, i) => checkCitation(file, Array.isArray(value) ? `${field}[${i}]` : field, String(c)));
      } else if (list && Array.isArray(value)) {
        value.forEach((id, i) => {
          if (!byId.has(String(id))) missingEntity(file, `${field}[${i}]`, String(id), 'lists');
        });
      } else if (!list && typeof value === 'string') {
        if (!byId.has(value)) missingEntity(file, field, value, 'refers to');
        else if (value === self) add(file, field, `"${value}" refers to itself. Point the relation at another entity.`);
      }
    }
  };
}
