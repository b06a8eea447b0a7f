import { describe, expect, it } from 'vitest';
import type { EntityOf, EntityRecord } from '../../src/dossier/records';
import { factBox, profileFacts, type FactField } from '../../src/views/profile-facts';
import { smallDossier } from '../support/dossier-input';

const [petro, trump, colombia, call] = smallDossier().entities as [
  EntityRecord,
  EntityRecord,
  EntityRecord,
  EntityRecord,
];

const summary = { citations: [], uncited: [], lede: '', sentences: [] };
const agency: EntityOf<'organizations'> = {
  kind: 'organizations',
  id: 'agency',
  filePath: 'content/organizations/agency.mdx',
  summary,
  data: {
    name: 'The Agency',
    aliases: [],
    relations: [],
    type: { value: 'government agency', cite: ['a1#p-1'], inferred: 'It answers to a ministry.' },
  },
};
const topic: EntityOf<'topics'> = {
  kind: 'topics',
  id: 'trade',
  filePath: 'content/topics/trade.mdx',
  summary,
  data: { name: 'Trade', aliases: ['commerce'], relations: [] },
};

/** Each field as "Heading: row, row" (a reference as →id, a date as @edtf), or "Heading: (not stated)". */
const read = (fields: FactField[]) =>
  fields.map(
    ({ heading, rows }) =>
      `${heading}: ${
        rows.map((r) => [r.value, r.ref && `→${r.ref}`, r.date && `@${r.date}`].filter(Boolean).join(' ')).join(', ') ||
        '(not stated)'
      }`,
  );

describe("a profile's facts", () => {
  it('are its other names, then its kind’s own fields, in the fact box’s order', () => {
    expect(read(profileFacts(petro))).toEqual(['Also called: Petro', 'Roles: President of Colombia →colombia']);
    expect(read(profileFacts(colombia))).toEqual(['Type: country', 'Within: (not stated)']);
    expect(read(profileFacts(call))).toEqual([
      'Date: @2026-01-07?',
      'Where: (not stated)',
      'Participants: →petro, →trump',
    ]);
    expect(read(profileFacts(agency))).toEqual(['Type: government agency', 'Country: (not stated)']);
    expect(read(profileFacts(topic))).toEqual(['Also called: commerce']);
  });

  it('say "not stated" by an empty field, and leave out a profile’s other names when it has none', () => {
    expect(read(profileFacts(trump))).toEqual(['Also called: Trump', 'Roles: (not stated)']);
    expect(profileFacts(colombia).map((f) => f.heading)).not.toContain('Also called');
    expect(profileFacts(call).find((f) => f.heading === 'Where')).toMatchObject({ shape: 'one', rows: [] });
  });

  it('carry their citations, their inference, and the keys an edition compares them by', () => {
    const [, roles] = profileFacts(petro);
    expect(roles!.rows).toEqual([
      {
        key: 'role:president of colombia',
        label: 'Role',
        value: 'President of Colombia',
        ref: 'colombia',
        cite: ['a1#p-2'],
      },
    ]);
    expect(profileFacts(call)[0]!.rows[0]).toMatchObject({
      key: 'date',
      label: 'Date',
      cite: ['a1#p-1'],
      inferred: 'Wednesday of that week.',
    });
    expect(profileFacts(agency)[0]!.rows[0]).toMatchObject({ key: 'type', inferred: 'It answers to a ministry.' });
    expect(profileFacts(petro)[0]!.rows[0]).toEqual({
      key: 'alias:petro',
      label: 'Also called',
      value: 'Petro',
      cite: [],
    });
    expect(profileFacts(call)[2]!.rows.map((r) => [r.key, r.label])).toEqual([
      ['participant', 'Participant'],
      ['participant', 'Participant'],
    ]);
  });

  it('head the fact box with the kind', () => {
    expect(factBox(agency).kind).toBe('Organisation');
    expect(factBox(agency).fields).toEqual(profileFacts(agency));
  });
});
