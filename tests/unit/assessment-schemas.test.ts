import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { articleSchema } from '../../src/schemas/article';
import { claimSchema } from '../../src/schemas/claim';
import { gapSchema } from '../../src/schemas/gap';
import { indicatorSchema } from '../../src/schemas/indicator';
import { judgmentSchema } from '../../src/schemas/judgment';
import { organizationSchema } from '../../src/schemas/organization';
import { role } from '../../src/schemas/person';

/** The messages a schema gives for a value, as `path: message`. */
const problems = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const judgment = {
  id: 'visit-likely',
  text: 'The visit is likely.',
  likelihood: 'likely',
  confidence: 'moderate',
  confidenceBasis: 'Two lines of reporting.',
  basis: ['a1#p-1', 'some-claim'],
  about: ['ana-perez'],
};

describe('the schemas of judgments, indicators, gaps and grades', () => {
  it('accept a well-formed judgment', () => expect(problems(judgmentSchema, judgment)).toEqual([]));

  it.each([
    [
      { likelihood: 'probable' },
      'likelihood: likelihood "probable" is not on the ICD 203 yardstick. Write one of almost-no-chance, very-unlikely, unlikely, roughly-even-chance, likely, very-likely, almost-certain.',
    ],
    [{ confidence: 'medium' }, 'confidence: confidence "medium" is not one of low, moderate, high.'],
    [{ confidenceBasis: 'Two lines.\nAnd more.' }, 'confidenceBasis: is more than one line. Say it in one line.'],
    [
      { basis: ['A1 p7'] },
      'basis.0: "A1 p7" is neither a claim id nor a citation. Write a claim\'s id from content/claims.yaml, e.g. petro-call-froze-us-operation, or a paragraph, e.g. petro-warns-real-threat#p-7.',
    ],
    [{ basis: [] }, 'basis: Too small: expected array to have >=1 items'],
  ])('refuse %o', (change, message) => expect(problems(judgmentSchema, { ...judgment, ...change })).toEqual([message]));

  it('refuse an indicator written "lapsed", which is computed', () => {
    expect(
      problems(indicatorSchema, {
        id: 'date-set',
        observable: 'A date is set.',
        checkBy: '2026-03',
        moves: [{ judgment: 'visit-likely', direction: 'up' }],
        status: 'lapsed',
      }),
    ).toEqual([
      'status: status "lapsed" is not written: it is computed when the check-by date is before the dossier\'s as-of date. Write not-seen.',
    ]);
  });

  it('refuse a gap that is not a question', () => {
    expect(problems(gapSchema, { id: 'when', question: 'The date.', whyItMatters: 'It matters.' })).toEqual([
      'question: is not a question. Write the gap as the question the sources leave open, ending with "?".',
    ]);
  });

  it('refuse grades off the Admiralty code', () => {
    const claim = { statement: 'S.', claimant: 'ana', about: ['ana'], cite: 'a1#p-1', status: 'reported' };
    expect(problems(claimSchema, { ...claim, credibility: { grade: 7, basis: 'b' } })).toEqual([
      'credibility.grade: 7 is not a credibility grade. Write one number of the Admiralty code: 1 (confirmed by other independent sources), 2 (probably true), 3 (possibly true), 4 (doubtful), 5 (improbable), 6 (truth cannot be judged).',
    ]);
    const organization = { name: 'Wire', type: { value: 'agency', cite: 'a1#p-1' } };
    expect(problems(organizationSchema, { ...organization, reliability: { grade: 'G', basis: 'b' } })).toEqual([
      'reliability.grade: "G" is not a reliability grade. Write one letter of the Admiralty code: A (completely reliable), B (usually reliable), C (fairly reliable), D (not usually reliable), E (unreliable), F (reliability cannot be judged).',
    ]);
  });

  it('refuse a written status off the list, and a seed outside content/seeds/', () => {
    expect(problems(role, { title: 'President', cite: 'a1#p-1', status: 'lapsed' })).toEqual([
      'status: status "lapsed" is not one of current, ended, unknown (a fact that no longer stands takes "superseded:" with its reason instead).',
    ]);
    const article = articleSchema.safeParse({ seed: '../../etc/passwd' });
    expect(article.success).toBe(false);
    expect(article.error!.issues.find((i) => i.path[0] === 'seed')?.message).toBe(
      '"../../etc/passwd" is not a file name in content/seeds/. Write the seed file\'s name alone, e.g. 000_ed13a5765eb58403.txt.',
    );
  });
});
