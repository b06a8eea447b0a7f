import { z } from 'astro/zod';

/** A language as a BCP 47 tag: en, es, pt, pt-BR … */
export const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a language tag; write e.g. en, es or pt.`,
});
