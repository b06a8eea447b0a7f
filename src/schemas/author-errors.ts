import { z } from 'astro/zod';

/** Words an author understands for one schema issue. */
function explain(issue: z.core.$ZodIssue, collection: string): string {
  const field = issue.path.at(-1);
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `is required but missing. Add "${String(field)}:" to the frontmatter; src/schemas/ describes each field of ${collection}.`;
  }
  if (issue.code === 'invalid_type') {
    return `expected ${issue.expected}, got ${describe(issue.input)}. ${issue.message.startsWith('Invalid input') ? `Check the value's shape against src/schemas/ for ${collection}.` : issue.message}`;
  }
  return issue.message;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Wraps a collection schema so that every issue reaches the author as a
 * sentence with a fix ("is required but missing. Add …"), instead of zod's
 * terse defaults. Astro prints these under the entry's file and field.
 */
export function withAuthorErrors<Schema extends z.ZodType>(schema: Schema, collection: string) {
  return z.unknown().transform((value, context): z.output<Schema> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      // One issue per unknown key, addressed at the key itself, so Astro names the field.
      const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
      const messages =
        issue.code === 'unrecognized_keys'
          ? issue.message.split(/(?<=\.) (?=unknown key)/)
          : [explain(issue, collection)];
      paths.forEach((path, i) =>
        context.issues.push({ code: 'custom', path, message: messages[i] ?? messages[0]!, input: value }),
      );
    }
    return z.NEVER;
  });
}
