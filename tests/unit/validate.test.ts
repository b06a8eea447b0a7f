import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/lib/model';
import { formatProblems, validateDossier } from '../../src/lib/validate';
import { smallDossier } from './fixture-input';

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
    petro(input).summary = { citations: [{ to: 'a3#p-1' }], uncited: [], lede: '' };
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
    petro(input).summary = { citations: [], uncited: ['Caracas is a capital.'], lede: '' };
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

  it('reports the line when a locator finds it', () => {
    const input = smallDossier();
    petro(input).data.relations[0]!.to = 'nowhere';
    const [problem] = validateDossier(input, (_file, needle) => (needle === 'nowhere' ? 12 : undefined));
    expect(problem?.line).toBe(12);
  });
});
