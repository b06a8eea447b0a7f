/**
 * An id: lower-case words of letters and digits joined by hyphens
 * (`gustavo-petro`). Profiles, articles, quotes, claims and editions are named
 * by one; it is part of their URL or anchor, and file names are ids so that
 * two files can never differ only in case. Written once, here at the lowest
 * layer, so that the schemas, the content readers, the edition files and the
 * exports all hold the same rule.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** {@link ID_PATTERN} without its anchors, for patterns that contain an id (a citation: `<id>#p-<n>`). */
export const ID_SOURCE = ID_PATTERN.source.slice(1, -1);

/** What an id is, in the words an error message uses. */
export const ID_RULE = 'lower-case words joined by hyphens';
