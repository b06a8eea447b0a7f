import { describe, expect, it } from 'vitest';
import { diffSnapshots, similarity, summariseChanges, type Change } from '../../src/editions/diff';
import { editionHistory } from '../../src/editions/history';
import { restrictToArticles, type Snapshot } from '../../src/editions/snapshot';
import { EDITION_FORMAT, editionHash, type Edition } from '../../src/editions/edition-file';

const digest = (c: string) => c.repeat(64);

/** A small snapshot: two articles' worth of facts, each test edits a copy. */
function base(): Snapshot {
  return {
    articles: [
      {
        id: 'a1',
        title: 'First report',
        label: 'A1',
        outlet: 'Outlet',
        published: '8 January 2026',
        paragraphs: 3,
        digest: digest('a'),
      },
    ],
    entities: [
      {
        id: 'ana-perez',
        kind: 'people',
        name: 'Ana Pérez',
        facts: [
          { key: 'alias:perez', label: 'Also called', value: 'Perez', cite: ['a1#p-2'] },
          {
            key: 'role:president of ruritania',
            label: 'Role',
            value: 'President of Ruritania',
            ref: 'ruritania',
            refName: 'Ruritania',
            cite: ['a1#p-1'],
          },
        ],
        summary: [
          { text: 'Ana Pérez is the President of Ruritania.', cite: ['a1#p-1'] },
          { text: 'She said the meeting went very well for both sides.', cite: ['a1#p-2'] },
          { text: 'She flew home on Friday.', cite: ['a1#p-3'] },
        ],
      },
      {
        id: 'ruritania',
        kind: 'places',
        name: 'Ruritania',
        facts: [{ key: 'type', label: 'Type', value: 'country', cite: ['a1#p-1'] }],
        summary: [{ text: 'Ruritania is a country.', cite: ['a1#p-1'] }],
      },
      {
        id: 'summit',
        kind: 'events',
        name: 'The summit',
        facts: [
          { key: 'date', label: 'Date', value: '9 January 2026', cite: ['a1#p-3'] },
          {
            key: 'participant',
            label: 'Participant',
            value: '',
            ref: 'ana-perez',
            refName: 'Ana Pérez',
            cite: ['a1#p-1'],
          },
        ],
        summary: [{ text: 'The summit was held on Friday.', cite: ['a1#p-3'] }],
      },
      {
        id: 'sample-agency',
        kind: 'organizations',
        name: 'Sample Agency',
        facts: [{ key: 'type', label: 'Type', value: 'agency', cite: ['a1#p-1'] }],
        summary: [{ text: 'The Sample Agency met Ana Pérez.', cite: ['a1#p-1'] }],
      },
    ],
    quotes: [
      {
        id: 'went-well',
        speaker: 'ana-perez',
        speakerName: 'Ana Pérez',
        text: 'the meeting went well',
        cite: 'a1#p-2',
      },
    ],
    claims: [
      {
        id: 'went-well',
        statement: 'The meeting went well.',
        status: 'disputed',
        cite: ['a1#p-2'],
        supports: [],
        contradicts: ['failed'],
      },
      {
        id: 'failed',
        statement: 'The meeting failed.',
        status: 'disputed',
        cite: ['a1#p-2'],
        supports: [],
        contradicts: [],
      },
    ],
    briefing: {
      title: 'Sample',
      scope: 'A fixture.',
      asOf: '2026-01-08',
      bottomLine: [{ text: 'A meeting took place.', cite: ['a1#p-1'] }],
      keyActors: [
        {
          entity: 'ana-perez',
          name: 'Ana Pérez',
          role: 'President of Ruritania',
          position: 'President.',
          cite: ['a1#p-1'],
        },
      ],
      timeline: [{ entity: 'summit', name: 'The summit', date: '9 January 2026', cite: ['a1#p-3'] }],
      keyQuotes: [],
      sources: [{ id: 'a1', title: 'First report', label: 'A1', outlet: 'Outlet', published: '8 January 2026' }],
    },
  };
}

/** The second state: one change of every kind. */
function next(): Snapshot {
  const s = structuredClone(base());
  s.articles.push({
    id: 'a2',
    title: 'Second report',
    label: 'A2',
    outlet: 'Other',
    published: '9 January 2026',
    paragraphs: 2,
    digest: digest('b'),
  });
  const ana = s.entities[0]!;
  // A new fact, and a summary sentence reworded (minor), one changed (major), one removed, one added.
  ana.facts.push({
    key: 'relation:met-with',
    label: 'met with',
    value: '',
    ref: 'the-agency',
    refName: 'The Agency',
    cite: ['a2#p-1'],
  });
  ana.summary = [
    { text: 'Ana Pérez is the President of Ruritania.', cite: ['a1#p-1'] },
    { text: 'She said the meeting went very well for both side.', cite: ['a1#p-2'] },
    { text: 'She later said the meeting had failed.', cite: ['a2#p-2'] },
  ];
  // The agency renamed: a new id and name, the same citations.
  const agency = s.entities.find((e) => e.id === 'sample-agency')!;
  agency.id = 'the-agency';
  agency.name = 'The Agency';
  // The summit's date corrected; Ruritania removed.
  s.entities.find((e) => e.id === 'summit')!.facts[0] = {
    key: 'date',
    label: 'Date',
    value: '10 January 2026',
    cite: ['a2#p-2'],
  };
  s.entities = s.entities.filter((e) => e.id !== 'ruritania');
  ana.facts = ana.facts.filter((f) => f.ref !== 'ruritania');
  s.entities.push({
    id: 'bob-ruiz',
    kind: 'people',
    name: 'Bob Ruiz',
    facts: [],
    summary: [{ text: 'Bob Ruiz reported it.', cite: ['a2#p-1'] }],
  });
  // A quote removed and one added; a claim confirmed, one new, supporting it.
  s.quotes = [{ id: 'it-failed', speaker: 'bob-ruiz', speakerName: 'Bob Ruiz', text: 'it failed', cite: 'a2#p-2' }];
  s.claims[1] = { ...s.claims[1]!, status: 'confirmed', cite: ['a1#p-2', 'a2#p-2'] };
  s.claims.push({
    id: 'ruiz-failed',
    statement: 'Ruiz says it failed.',
    status: 'reported',
    cite: ['a2#p-2'],
    supports: ['failed'],
    contradicts: [],
  });
  return s;
}

const brief = (c: Change) =>
  [c.group, c.type, c.target.id, c.subject, c.before ?? '', c.after ?? '', c.minor ? 'minor' : '']
    .filter(Boolean)
    .join(' | ');

describe('comparing two snapshots', () => {
  const { changes, renames } = diffSnapshots(base(), next());

  it('finds every change, item by item, each with the paragraphs that carry it', () => {
    expect(changes.map(brief)).toEqual(
      [
        'articles | added | a2 | Other, 9 January 2026',
        'entities | added | bob-ruiz | Bob Ruiz',
        'entities | removed | ruritania | Ruritania',
        'entities | renamed | the-agency | The Agency | Sample Agency (sample-agency) | The Agency (the-agency)',
        'facts | added | ana-perez | met with: The Agency',
        'facts | removed | ana-perez | Role: President of Ruritania (Ruritania)',
        'facts | changed | summit | Date | Date: 9 January 2026 | Date: 10 January 2026',
        'summaries | added | ana-perez | She later said the meeting had failed.',
        'summaries | changed | ana-perez | She said the meeting went very well for both side. | She said the meeting went very well for both sides. | She said the meeting went very well for both side. | minor',
        'summaries | removed | ana-perez | She flew home on Friday.',
        'quotes | removed | went-well | “the meeting went well”',
        'quotes | added | it-failed | “it failed”',
        'claims | added | ruiz-failed | Ruiz says it failed. | reported',
        'claims | linked | ruiz-failed | Ruiz says it failed. | supports “The meeting failed.”',
        'claims | status | failed | The meeting failed. | disputed | confirmed',
        'claims | cited | failed | The meeting failed.',
      ].map((line) => line.replace(/ \| $/, '')),
    );
    const cite = (type: string, id: string) => changes.find((c) => c.type === type && c.target.id === id)!.cite;
    expect(cite('added', 'a2')).toEqual(['a2#p-1']);
    expect(cite('status', 'failed')).toEqual(['a2#p-2']);
    expect(cite('removed', 'went-well')).toEqual(['a1#p-2']);
  });

  it('sees a rename as a rename, and follows it in the facts that point at the entity', () => {
    expect([...renames]).toEqual([['sample-agency', 'the-agency']]);
    // The participant fact still points at ana-perez; no fact of the agency was added or removed.
    expect(changes.filter((c) => c.target.id === 'the-agency' && c.group === 'facts')).toEqual([]);
    expect(changes.find((c) => c.type === 'removed' && c.target.id === 'ruritania')!.target.gone).toBe(true);
  });

  it('finds nothing between a snapshot and itself, and says so in words', () => {
    expect(diffSnapshots(next(), next()).changes).toEqual([]);
    expect(summariseChanges([])).toBe('no changes');
    expect(summariseChanges(changes)).toBe(
      '1 article (1 added); 3 entities (1 added, 1 renamed, 1 removed); 3 facts (1 added, 1 changed, 1 removed); 2 summary sentences (1 added, 1 removed); 2 quotes (1 added, 1 removed); 4 claims (1 added, 1 status changed, 1 new links, 1 sources changed); 1 minor edit',
    );
  });

  it('tells a minor rewording from a change of meaning or of sources', () => {
    expect(similarity('the meeting went well', 'the meeting went well')).toBe(1);
    expect(similarity('Nicolás Maduro', 'NICOLAS MADURO')).toBe(1);
    const reworded = structuredClone(base());
    reworded.entities[0]!.summary[1] = {
      text: 'She said the meeting went very well for both sides.',
      cite: ['a1#p-2', 'a1#p-3'],
    };
    // Same words, a new source: a change of sources, not a minor edit.
    expect(diffSnapshots(base(), reworded).changes.map((c) => [c.type, c.minor, c.cite])).toEqual([
      ['cited', false, ['a1#p-3']],
    ]);
  });
});

describe('editions in a row', () => {
  const edition = (number: number, snapshot: Snapshot, asOf: string, previous: Edition | null): Edition => {
    const body = {
      format: EDITION_FORMAT,
      number,
      id: `${asOf}-e${number}`,
      title: `Edition ${number}`,
      asOf,
      previous: previous ? { id: previous.id, hash: previous.hash } : null,
      snapshot,
    } as const;
    return { ...body, hash: editionHash(body), filePath: `content/editions/${asOf}-e${number}.json` };
  };
  const first = edition(1, base(), '2026-01-08', null);
  const second = edition(2, next(), '2026-01-09', first);
  const today = structuredClone(next());
  today.entities.find((e) => e.id === 'the-agency')!.summary.push({ text: 'It denied everything.', cite: ['a2#p-2'] });
  const history = editionHistory([first, second], today);

  it('lists changes not yet in an edition first, then edition by edition, newest first', () => {
    expect(history.changeSets.map((s) => [s.edition?.id ?? 'unrecorded', s.since.id, s.changes.length])).toEqual([
      ['unrecorded', '2026-01-09-e2', 1],
      ['2026-01-09-e2', '2026-01-08-e1', 16],
    ]);
  });

  it('knows the edition each entity came in, under any of its names, and what came later', () => {
    expect(history.entityFirstIn.get('the-agency')?.id).toBe('2026-01-08-e1');
    expect(history.entityFirstIn.get('bob-ruiz')?.id).toBe('2026-01-09-e2');
    expect(history.laterFacts.get('ana-perez')?.map((f) => [f.text, f.edition.number])).toEqual([
      ['met with: The Agency', 2],
      ['Summary: She said the meeting went very well for both side.', 2],
      ['Summary: She later said the meeting had failed.', 2],
    ]);
  });

  it("keeps an edition's briefing as it was, naming a removed profile without linking it", () => {
    const removed = structuredClone(base());
    removed.entities = removed.entities.filter((e) => e.id !== 'ana-perez');
    const h = editionHistory([first], removed);
    const briefing = h.briefingOf(first.id)!;
    expect(briefing.keyActors[0]).toMatchObject({ entity: '', name: 'Ana Pérez' });
  });
});

describe('an edition recorded after the fact from some articles only', () => {
  it('keeps only the statements whose every citation is to those articles', () => {
    const restricted = restrictToArticles(next(), new Set(['a1']));
    expect(restricted.articles.map((a) => a.id)).toEqual(['a1']);
    expect(restricted.entities.map((e) => e.id)).toEqual(['ana-perez', 'summit', 'the-agency']);
    const ana = restricted.entities[0]!;
    expect(ana.facts.map((f) => f.key)).toEqual(['alias:perez']);
    expect(ana.summary.map((s) => s.text)).toEqual([
      'Ana Pérez is the President of Ruritania.',
      'She said the meeting went very well for both side.',
    ]);
    // The summit's date rests on the later article: the event stays, undated.
    expect(restricted.entities[1]!.facts.map((f) => f.key)).toEqual(['participant']);
    expect(restricted.quotes).toEqual([]);
    // The claim it contradicted now also cites the later article: it is left out, and so is the link to it.
    expect(restricted.claims.map((c) => [c.id, c.contradicts])).toEqual([['went-well', []]]);
    expect(restricted.briefing.sources.map((s) => s.id)).toEqual(['a1']);
  });
});
