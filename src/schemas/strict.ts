import { z } from 'astro/zod';
import { closest } from '../shared/did-you-mean';

/**
 * A strict object: an unknown key is an error that names the key, suggests the
 * closest allowed key and lists the allowed ones, so a misspelt field never
 * silently disappears.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          const suggestion = closest(key, allowed);
          const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
          return `unknown key "${key}".${hint} Allowed keys here: ${allowed.join(', ')}.`;
        })
        .join(' ');
    },
  });
}
