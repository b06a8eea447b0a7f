import { describe, expect, it } from 'vitest';
import type { EntityOf, EntityRecord } from '../../src/dossier/records';
import { actorRole, keyEventsInDateOrder } from '../../src/views/briefing';
import { profileListHeading } from '../../src/views/profile-lists';
import { smallDossier } from '../support/dossier-input';

function event(id: string, edtf?: string): EntityOf<'events'> {
  return {
    kind: 'events',
    id,
    filePath: `content/events/${id}.mdx`,
    summary: { citations: [], uncited: [], lede: '', sentences: [] },
    data: {
      name: id,
      aliases: [],
      relations: [],
      participants: [],
      ...(edtf ? { date: { edtf, cite: ['a1#p-1'] } } : {}),
    },
  };
}

describe('the briefing', () => {
  it('lists key events in date order, undated last, same dates in the overview’s order', () => {
    const input = smallDossier();
    const events = [event('undated'), event('late', '2026-02'), event('b', '2026-01-07'), event('a', '2026-01-07')];
    const byId = new Map<string, EntityRecord>(events.map((e) => [e.id, e]));
    const dossier = {
      dossier: { ...input.dossier!, data: { ...input.dossier!.data, keyEvents: events.map((e) => ({ ref: e.id })) } },
      entity: (id: string) => byId.get(id),
    };
    expect(keyEventsInDateOrder(dossier).map(({ event }) => event.id)).toEqual(['b', 'a', 'late', 'undated']);
  });

  it('names a key actor’s role: a person’s first, a place’s type, an event’s kind', () => {
    const [petro, , colombia, call] = smallDossier().entities;
    expect([petro, colombia, call, undefined].map(actorRole)).toEqual([
      'President of Colombia',
      'country',
      'Event',
      '',
    ]);
  });
});

describe('profile list headings', () => {
  it('are shorter on an event’s profile than on the list’s own pages', () => {
    expect(profileListHeading('events', 'The call', true, 'profile')).toBe('Events');
    expect(profileListHeading('events', 'The call', true)).toBe('Events of The call');
    expect(profileListHeading('quotes-about', 'The call', true, 'profile')).toBe('Quotes');
    expect(profileListHeading('quotes-about', 'The call', true)).toBe('Quotes at The call');
    expect(profileListHeading('quotes-about', 'Petro', false, 'profile')).toBe('Quotes about Petro');
  });
});
