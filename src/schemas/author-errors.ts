import { z } from 'astro/zod';

/** Words an author understands for one schema issue. */
function explain(issue: z.core.$ZodIssue, collection: string): string {
  const field = fieldPath(issue.path.slice(-1 - trailingIndexes(issue.path)));
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `is required but missing. Add "${String(field)}:" to the frontmatter; src/schemas/ describes each field of ${collection}.`;
  }
  if (issue.code === 'invalid_type') {
    return `expected ${issue.expected}, got ${describe(issue.input)}. ${issue.message.startsWith('Invalid input') ? `Check the value's shape against src/schemas/ for ${collection}.` : issue.message}`;
  }
  if (
    (issue.code === 'too_big' || issue.code === 'too_small') &&
    (issue.origin === 'string' || issue.origin === 'array')
  ) {
    return sizeProblem(issue, String(field));
  }
  return issue.message;
}

/** A string or list that is too long or too short, counted in the author's units. */
function sizeProblem(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, field: string): string {
  const input = issue.input as string | unknown[] | undefined;
  const length = input?.length;
  const unit = issue.origin === 'string' ? 'characters' : 'items';
  if (issue.code === 'too_small') {
    if (issue.origin === 'string' && Number(issue.minimum) <= 1) {
      return /\]$/.test(field)
        ? 'is empty. Write a value, or remove the empty item from the list.'
        : `is empty. Write a value, or remove "${field}:".`;
    }
    if (issue.origin === 'array' && Number(issue.minimum) <= 1) return `is an empty list; it needs at least one item.`;
    return `has ${length ?? 'too few'} ${unit}; it needs at least ${String(issue.minimum)}.`;
  }
  const limit = `${String(issue.maximum)} ${unit}`;
  return issue.origin === 'string'
    ? `is ${length ?? 'too many'} characters long; it may be at most ${limit}${field === 'label' ? ', as it is shown wherever the article is cited ("BBC interview ¶7")' : ''}. Shorten it.`
    : `has ${length ?? 'too many'} items; it may have at most ${limit}.`;
}

/** How many list indexes end a path (`aliases[0]` ends with one). */
function trailingIndexes(path: readonly PropertyKey[]): number {
  let count = 0;
  while (count < path.length && typeof path[path.length - 1 - count] === 'number') count++;
  return count;
}

/** A field path as authors write it: `relations[0].cite`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, step) => (typeof step === 'number' ? `${text}[${step}]` : text ? `${text}.${String(step)}` : String(step)),
    '',
  );
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
    // reportInput: the issues carry the value, so a wrong value is not mistaken for a missing one.
    const result = schema.safeParse(value, { reportInput: true });
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
