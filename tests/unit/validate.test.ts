import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/dossier/records';
import { formatProblems } from '../../src/shared/problems';
import { validateDossier } from '../../src/dossier/checks';
import { smallDossier } from '../support/dossier-input';

const petro = (input: ReturnType<typeof smallDossier>) =>
  input.entities.find((e) => e.id === 'petro') as Extract<EntityRecord, { kind: 'people' }>;

describe('validateDossier', () => {
  it('finds nothing wrong with consistent content', () => {
    expect(validateDossier(smallDossier())).toEqual([]);
  });

  it('names a reference to a missing entity with a did-you-mean', () => {
    const input = smallDossier();
    petro(input).data.relations[0]!.to = 'colombiaa';
    expect(formatProblems(validateDossier(input))).toMatchInlineSnapshot(`
      "The dossier content has 1 problem:
        content/people/petro.mdx relations[0].to: refers to "colombiaa", but there is no entity with that id. Did you mean "colombia"? Ids are the profile file names under content/."
    `);
  });

  it('names a citation of a paragraph that does not exist', () => {
    const input = smallDossier();
    petro(input).data.roles[0]!.cite = ['a1#p-9'];
    expect(validateDossier(input)).toEqual([
      expect.objectContaining({
        file: 'content/people/petro.mdx',
        field: 'roles[0].cite[0]',
        message:
          'cites "a1#p-9", but article "a1" has 2 paragraphs (p-1 to p-2). Check the paragraph number on the article page.',
      }),
    ]);
  });

  it('names a citation of an article that does not exist', () => {
    const input = smallDossier();
    petro(input).summary = { citations: [{ to: 'a3#p-1' }], uncited: [], lede: '', sentences: [] };
    expect(validateDossier(input)[0]?.message).toBe('cites "a3#p-1", but there is no article "a3". Did you mean "a1"?');
  });

  it('refuses the same id in two kinds', () => {
    const input = smallDossier();
    input.entities.push({
      ...input.entities[2]!,
      kind: 'places',
      filePath: 'content/organizations/colombia.mdx',
    } as EntityRecord);
    expect(validateDossier(input).map((p) => p.message)).toContain(
      'duplicate id "colombia": content/places/colombia.mdx has the same id. Ids must be unique across people, organizations, places, events and topics; rename one of the files.',
    );
  });

  it('refuses one alias on two entities, ignoring accents and case', () => {
    const input = smallDossier();
    input.entities[1]!.data.aliases.push('PETRÓ');
    expect(validateDossier(input)).toEqual([
      expect.objectContaining({
        file: 'content/people/trump.mdx',
        field: 'aliases',
        message:
          '"PETRÓ" is already a name or alias of "petro" (content/people/petro.mdx, as "Petro"). A name must point at one entity: remove it from one of the two profiles.',
      }),
    ]);
  });

  it('refuses a summary sentence without a citation', () => {
    const input = smallDossier();
    petro(input).summary = {
      citations: [],
      uncited: [{ text: 'Caracas is a capital.', line: 9 }],
      lede: '',
      sentences: [],
    };
    expect(validateDossier(input)[0]?.message).toBe(
      'this sentence cites no source: "Caracas is a capital.". End it with <Cite to="<article-id>#p-<n>" /> or remove it.',
    );
  });

  it('refuses a quote that is not word for word in its paragraph, naming quote and paragraph', () => {
    const input = smallDossier();
    input.quotes[0]!.data.text = 'spoke to Trump';
    expect(validateDossier(input)).toEqual([
      expect.objectContaining({
        file: 'content/quotes.yaml',
        field: 'petro-spoke.text',
        message:
          'the quote "spoke to Trump" is not in a1#p-1, which reads: "Petro spoke with Trump.". Copy the words exactly (only curly and straight quotes and spacing may differ), or cite the right paragraph.',
      }),
    ]);
  });

  it('asks for a translation of a quote not in English', () => {
    const input = smallDossier();
    input.quotes[0]!.data.language = 'es';
    expect(validateDossier(input)[0]?.message).toBe('the quote is in "es"; add an English translation.');
  });

  it('refuses a claim link to a claim that does not exist', () => {
    const input = smallDossier();
    input.claims[0]!.data.contradicts = ['no-cal'];
    expect(validateDossier(input)[0]).toMatchObject({
      field: 'call-happened.contradicts[0]',
      message: 'names the claim "no-cal", but there is no such claim. Did you mean "no-call"?',
    });
  });

  it('refuses a key quote id that does not exist', () => {
    const input = smallDossier();
    input.dossier!.data.keyQuotes = ['petro-spok'];
    expect(validateDossier(input)[0]?.message).toBe(
      'names the quote "petro-spok", but content/quotes.yaml has no such id. Did you mean "petro-spoke"?',
    );
  });

  it('refuses a key event that is not an event', () => {
    const input = smallDossier();
    input.dossier!.data.keyEvents[0]!.ref = 'colombia';
    expect(validateDossier(input)[0]?.message).toBe(
      '"colombia" is a profile of kind places, not an event. List events here.',
    );
  });

  it('reports the line of the field the locator finds', () => {
    const input = smallDossier();
    petro(input).data.relations[1]!.to = 'nowhere';
    const fields: string[] = [];
    const [problem] = validateDossier(input, (_file, field) => {
      fields.push(field);
      return field === 'relations[1].to' ? 12 : undefined;
    });
    expect(fields).toEqual(['relations[1].to']);
    expect(problem?.line).toBe(12);
  });

  it('reports a summary problem at the line the summary check found', () => {
    const input = smallDossier();
    petro(input).summary = {
      citations: [{ to: 'a9#p-1', line: 14 }],
      uncited: [{ text: 'Uncited.', line: 15 }],
      lede: '',
      sentences: [],
    };
    expect(validateDossier(input).map((p) => [p.field, p.line])).toEqual([
      ['summary (citation 1)', 14],
      ['summary', 15],
    ]);
  });

  it('says first that there are no articles, and groups the citations that follow from it', () => {
    const input = smallDossier();
    input.articles = [];
    const text = formatProblems(validateDossier(input));
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^The dossier content has \d+ problems \(2 distinct\):$/);
    expect(lines[1]).toBe(
      '  content/articles/ (folder): holds no articles, so no citation in the dossier can point at a paragraph. Add the source articles (npm run ingest -- <file>) or restore the folder; the citation problems below all follow from this.',
    );
    expect(lines[2]).toMatch(
      /^ {2}content\/people\/petro\.mdx roles\[0\]\.cite\[0\]: cites "a1#p-2", but there is no article "a1"\.$/,
    );
    expect(lines[3]).toMatch(
      /^ {4}… and \d+ more with the same cause: content\/people\/petro\.mdx relations\[0\]\.cite\[0\], /,
    );
    expect(lines).toHaveLength(4);
  });
});
