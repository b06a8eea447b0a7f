/**
 * Entities in one import: the fields every profile shares (entity-base.ts) and the kinds of profile (kinds.ts, where
 * each kind is described once).
 */
export * from './entity-base';
export { ENTITY_KINDS, isEntityKind, type EntityData, type EntityKind, type EntitySchema } from './kinds';
