/**
 * An id: lower-case words of letters and digits joined by hyphens
 * (`gustavo-petro`). Profiles, articles, quotes and claims are named by one;
 * it is part of their URL or anchor, and file names are ids so that two files
 * can never differ only in case.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
