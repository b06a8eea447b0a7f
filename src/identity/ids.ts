import { ID_PATTERN } from '../shared/id-pattern';

export { ID_PATTERN };

/** True when `value` is a well-formed id. */
export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** A suggestion for a name that is not an id: `Gustavo Petro` → `gustavo-petro`. */
export function toId(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
