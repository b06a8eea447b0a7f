import { createHash } from 'node:crypto';
import { toId } from '../../identity/ids';
import type { SourceDescriptor } from '../../schemas/grading';
import { NOT_STATED } from './metadata';

/** What ingest records of where a text came from and how it was received. */
export interface Provenance {
  source: Pick<SourceDescriptor, 'kind' | 'access' | 'independenceGroup'>;
  received: { retrieved: string; sha256: string };
}

/**
 * The preservation record of a received text (the Berkeley Protocol's): the day it was received, in UTC, and the
 * SHA-256 of its bytes exactly as received (what `sha256sum` of the seed copy prints); and a first source descriptor
 * for the analyst to review: kind and access unknown, and a line of reporting of its own (the outlet's, when given).
 */
export function provenance(bytes: Uint8Array, now: Date, slug: string, outlet: string | undefined): Provenance {
  const group = outlet && outlet !== NOT_STATED ? toId(outlet) : '';
  return {
    source: { kind: 'unknown', access: 'unknown', independenceGroup: group || slug },
    received: { retrieved: now.toISOString().slice(0, 10), sha256: createHash('sha256').update(bytes).digest('hex') },
  };
}
