import { describe, expect, it } from 'vitest';
import { validateDossier } from '../../src/dossier/checks';
import type { ArticleRecord, ClaimRecord, DossierInput, EntityRecord } from '../../src/dossier/records';
import { formatProblems } from '../../src/shared/problems';
import { smallDossier } from '../support/dossier-input';

/**
 * smallDossier() with what grading reads: two articles of different outlets and lines of reporting (a1 by the
 * outlet "wire", first-hand; a2 of no named outlet, second-hand), a third article in a1's line, dated articles, and a
 * judgment with an indicator and a gap that check out.
 */
function gradedDossier(): DossierInput {
  const input = smallDossier();
  const meta = (
    published: string,
    source: ArticleRecord['data']['source'],
  ): Pick<ArticleRecord['data'], 'published' | 'source' | 'seed'> => ({
    published: { status: 'stated', value: published },
    source,
    seed: 'x.txt',
  });
  input.articles[0]!.data = {
    ...input.articles[0]!.data,
    ...meta('2026-01-08', { kind: 'interview', access: 'first-hand', independenceGroup: 'wire-line', outlet: 'wire' }),
  };
  input.articles[1]!.data = {
    ...input.articles[1]!.data,
    ...meta('2026-01-09', { kind: 'report-of-interview', access: 'second-hand', independenceGroup: 'other-line' }),
  };
  input.articles.push({
    id: 'a3',
    filePath: 'content/articles/a3.mdx',
    data: meta('2025-10-01', {
      kind: 'report',
      access: 'unknown',
      independenceGroup: 'wire-line',
      outlet: 'wire',
    }) as ArticleRecord['data'],
    paragraphs: ['The wire repeats it.'],
    mentions: [],
  });
  input.entities.push({
    kind: 'organizations',
    id: 'wire',
    filePath: 'content/organizations/wire.mdx',
    summary: input.entities[0]!.summary,
    data: {
      name: 'Wire',
      aliases: [],
      relations: [],
      type: { value: 'news agency', cite: ['a1#p-1'] },
      reliability: { grade: 'B', basis: 'Its reports in this dossier hold up.' },
    },
  } as EntityRecord);
  input.judgments.push({
    id: 'talks-likely',
    filePath: 'content/judgments.yaml',
    data: {
      id: 'talks-likely',
      text: 'Further talks between Petro and Trump are likely before March.',
      likelihood: 'likely',
      confidence: 'moderate',
      confidenceBasis: 'Two lines of reporting, but one party to the call.',
      basis: ['call-happened', 'a2#p-1'],
      against: [],
      about: ['petro', 'trump'],
      assumptions: [],
    },
  });
  input.indicators.push({
    id: 'talks-announced',
    filePath: 'content/indicators.yaml',
    data: {
      id: 'talks-announced',
      observable: 'A date for talks is announced.',
      checkBy: '2026-02',
      moves: [{ judgment: 'talks-likely', direction: 'up' }],
      status: 'not-seen',
    },
  });
  input.gaps.push({
    id: 'trump-view',
    filePath: 'content/gaps.yaml',
    data: {
      id: 'trump-view',
      question: 'What does Trump say the call achieved?',
      whyItMatters: 'Only Petro has described it.',
      judgments: ['talks-likely'],
    },
  });
  return input;
}

const claim = (input: DossierInput, id: string) => input.claims.find((c) => c.id === id) as ClaimRecord;
const judgment = (input: DossierInput) => input.judgments[0]!.data;
const messages = (input: DossierInput) => validateDossier(input).map((p) => `${p.field}: ${p.message}`);

describe('the checks of judgments, grades, time and preservation', () => {
  it('find nothing wrong with a consistent graded dossier', () => {
    expect(formatProblems(validateDossier(gradedDossier()))).toBe('The dossier content has 0 problems:\n');
  });

  describe('key judgments', () => {
    it('refuse a text without its own likelihood term, at the text', () => {
      const input = gradedDossier();
      judgment(input).text = 'Further talks will happen before March.';
      expect(messages(input)).toEqual([
        'talks-likely.text: does not say how likely it is. Put its likelihood term, "likely" (55–80 %), in the text.',
      ]);
    });

    it('refuse a term from the other row and a bare hedge', () => {
      const input = gradedDossier();
      judgment(input).text = 'Further talks are likely, and probably soon; they might fail.';
      expect(messages(input)).toEqual([
        'talks-likely.text: uses "probably", a term of ICD 203\'s second row; this dossier uses the first row only, so the two never mix. Write "likely" (or the term that fits).',
        'talks-likely.text: hedges with "might", which says something is possible without saying how likely. State it with the likelihood term "likely" instead, or drop the hedge.',
      ]);
    });

    it('refuse a confidence word in the sentence of the likelihood', () => {
      const input = gradedDossier();
      judgment(input).text = 'We judge with moderate confidence that further talks are likely.';
      expect(messages(input)).toEqual([
        'talks-likely.text: says "confidence" in the sentence that gives its likelihood. Confidence is about the evidence and is stated apart: move it to confidence and confidenceBasis.',
      ]);
    });

    it('refuse a basis that does not resolve, with a did-you-mean', () => {
      const input = gradedDossier();
      judgment(input).basis = ['call-hapened', 'a2#p-4'];
      expect(messages(input)).toEqual([
        'talks-likely.basis[0]: names "call-hapened", but there is no claim with that id. Did you mean "call-happened"? Write a claim\'s id from content/claims.yaml, or a paragraph, e.g. petro-warns-real-threat#p-7.',
        'talks-likely.basis[1]: cites "a2#p-4", but article "a2" has 1 paragraphs (p-1 to p-1). Check the paragraph number on the article page.',
      ]);
    });

    it('refuse high confidence on one outlet', () => {
      const input = gradedDossier();
      Object.assign(judgment(input), { confidence: 'high', basis: ['a1#p-1', 'a3#p-1'] });
      expect(messages(input)).toEqual([
        'talks-likely.confidence: is high, but all of its basis comes from one outlet (a1, a3). High confidence needs support from more than one outlet: add evidence from another, or lower confidence to moderate.',
      ]);
    });

    it('refuse high confidence on one claimant, and accept it on two outlets and two claimants', () => {
      const input = gradedDossier();
      claim(input, 'call-happened').data.cite = ['a1#p-1', 'a2#p-1'];
      Object.assign(judgment(input), { confidence: 'high', basis: ['call-happened'] });
      expect(messages(input)).toEqual([
        "talks-likely.confidence: is high, but all of its basis comes from one claimant (petro). High confidence needs more than one party's word: add evidence from another, or lower confidence to moderate.",
      ]);
      judgment(input).basis = ['call-happened', 'a2#p-1'];
      expect(messages(input)).toEqual([]);
    });

    it('refuse a likelihood word in the confidence basis', () => {
      const input = gradedDossier();
      judgment(input).confidenceBasis = 'Two sources make it likely.';
      expect(messages(input)).toEqual([
        'talks-likely.confidenceBasis: says "likely", a likelihood word. The confidence basis says why the evidence is strong or weak, never how likely the judgment is: that is the text\'s.',
      ]);
    });
  });

  describe('indicators and gaps', () => {
    it('refuse a move of an unknown judgment, and a seen indicator without a citation', () => {
      const input = gradedDossier();
      const indicator = input.indicators[0]!.data;
      indicator.moves[0]!.judgment = 'talk-likely';
      indicator.status = 'seen';
      input.gaps[0]!.data.judgments = ['nothing'];
      expect(messages(input)).toEqual([
        'talks-announced.moves[0].judgment: names the judgment "talk-likely", but content/judgments.yaml has no such id. Did you mean "talks-likely"?',
        'talks-announced.status: is seen, but says nowhere where. Add cite: the paragraph that reports it seen.',
        'trump-view.judgments[0]: names the judgment "nothing", but content/judgments.yaml has no such id.',
      ]);
    });

    it('refuse a citation on an indicator not seen', () => {
      const input = gradedDossier();
      input.indicators[0]!.data.cite = ['a1#p-1'];
      expect(messages(input)).toEqual([
        'talks-announced.cite: cites a paragraph, but the indicator is not seen. Write status: seen if the paragraph reports it, or remove cite.',
      ]);
    });
  });

  describe('graded sources', () => {
    it('refuse "confirmed" and credibility 1 on one line of reporting', () => {
      const input = gradedDossier();
      const data = claim(input, 'call-happened').data;
      data.cite = ['a1#p-1', 'a3#p-1'];
      data.status = 'confirmed';
      data.credibility = { grade: 1, basis: 'Two reports.' };
      expect(messages(input)).toEqual([
        'call-happened.status: is confirmed, but its support comes from one line of reporting (independence group wire-line: a1, a3). Confirmed means a second, independent party confirms it: Cite a paragraph from an article of another independence group, or link a claim from one that supports it; or write status: reported.',
        'call-happened.credibility.grade: is 1 (confirmed by other independent sources), but its support comes from one line of reporting (independence group wire-line: a1, a3). Cite a paragraph from an article of another independence group, or link a claim from one that supports it; or grade it 2 or lower.',
      ]);
    });

    it('accept "confirmed" when a supporting claim brings a second line', () => {
      const input = gradedDossier();
      const confirmed = claim(input, 'call-happened');
      confirmed.data.status = 'confirmed';
      confirmed.data.contradicts = [];
      const other = claim(input, 'no-call');
      Object.assign(other.data, { cite: ['a2#p-1'], supports: ['call-happened'], status: 'reported' });
      expect(messages(input)).toEqual([]);
    });

    it('refuse an outlet that is not an organisation', () => {
      const input = gradedDossier();
      input.articles[0]!.data.source.outlet = 'colombia';
      expect(messages(input)).toEqual([
        'source.outlet: "colombia" is a profile of kind places, not an organisation. Name the organisation that published the article.',
      ]);
    });
  });

  describe('time-scoped facts', () => {
    const role = (input: DossierInput) =>
      (input.entities[0] as Extract<EntityRecord, { kind: 'people' }>).data.roles[0]!;

    it('accept "current" on a citation within a month of the as-of date', () => {
      const input = gradedDossier();
      role(input).status = 'current';
      expect(messages(input)).toEqual([]);
    });

    it('refuse "current" on stale support, and when valid ends before the as-of date', () => {
      const input = gradedDossier();
      Object.assign(role(input), { status: 'current', cite: ['a3#p-1'] });
      expect(messages(input)).toEqual([
        'roles[0].status: is "current", but its newest citation (a3#p-1) is dated 2025-10-01, 100 days before the as-of date 2026-01-09 (at most 31 allowed). Cite a more recent paragraph that states it, or write status: unknown.',
      ]);
      Object.assign(role(input), { cite: ['a1#p-2'], valid: '2022-08-07/2025-12-31' });
      expect(messages(input)).toEqual([
        'roles[0].status: is "current", but valid ends on 2025-12-31, before the as-of date 2026-01-09. Write status: ended, or correct valid.',
      ]);
    });
  });

  describe('preservation', () => {
    const received = { retrieved: '2026-01-09', sha256: 'a'.repeat(64) };

    it('refuse a missing seed, a changed seed, and a paragraph that no longer matches', () => {
      const input = gradedDossier();
      const [a1, a2, a3] = input.articles as [ArticleRecord, ArticleRecord, ArticleRecord];
      for (const article of [a1, a2, a3]) article.data.received = received;
      a1.seed = 'missing';
      a2.seed = { sha256: 'b'.repeat(64), paragraphs: ['Gustavo Petro and Petro again.'] };
      a3.seed = { sha256: 'a'.repeat(64), paragraphs: ['The wire repeated it.'] };
      expect(messages(input)).toEqual([
        "seed: names content/seeds/x.txt, the text as it was received, but there is no such file. Restore it from version control; the article's text is checked against it.",
        `received.sha256: is ${'a'.repeat(64)}, but content/seeds/x.txt now hashes to ${'b'.repeat(64)}: the received text was changed after it was recorded. Restore the seed from version control; a new version of the source is ingested as a new article.`,
        '¶1: no longer matches the text as received (content/seeds/x.txt): it reads "The wire repeats it.", the received text "The wire repeated it.". Article text is verbatim: restore the paragraph as received; a new version of the source is ingested as a new article.',
      ]);
    });
  });
});
