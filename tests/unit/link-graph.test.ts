import { describe, expect, it } from 'vitest';
import { LinkGraph } from '../../src/dossier/link-graph';
import { smallDossier } from '../support/dossier-input';

describe('LinkGraph', () => {
  const graph = new LinkGraph(smallDossier());

  it('shows a declared relation on both ends, worded from each end', () => {
    expect(graph.relationsOf('petro')).toContainEqual(
      expect.objectContaining({
        type: 'president-of',
        label: 'president of',
        direction: 'out',
        other: 'colombia',
        cite: ['a1#p-2'],
      }),
    );
    expect(graph.relationsOf('colombia')).toContainEqual(
      expect.objectContaining({ type: 'president-of', label: 'has president', direction: 'in', other: 'petro' }),
    );
  });

  it('reads symmetric relations the same from both ends', () => {
    expect(graph.relationsOf('trump')).toContainEqual(
      expect.objectContaining({ type: 'spoke-with', label: 'spoke with', other: 'petro' }),
    );
  });

  it('turns event participants into relations', () => {
    expect(graph.relationsOf('petro')).toContainEqual(
      expect.objectContaining({ type: 'participant-in', label: 'took part in', other: 'call' }),
    );
    expect(
      graph
        .relationsOf('call')
        .filter((r) => r.type === 'participant-in')
        .map((r) => r.other),
    ).toEqual(['petro', 'trump']);
  });

  it('inverts mentions into backlinks, one per sentence with every name used', () => {
    expect(graph.backlinks('petro')).toEqual([
      { article: 'a1', paragraph: 1, sentence: 'Petro spoke with Trump.', names: ['Petro'] },
      { article: 'a1', paragraph: 2, sentence: 'Petro is in Colombia.', names: ['Petro'] },
      { article: 'a2', paragraph: 1, sentence: 'Gustavo Petro and Petro again.', names: ['Gustavo Petro', 'Petro'] },
    ]);
    expect(graph.backlinks('call')).toEqual([]);
  });

  it('counts co-mentions by shared paragraph', () => {
    expect(graph.coMentioned('petro')).toEqual([
      { entity: 'colombia', paragraphs: 1 },
      { entity: 'trump', paragraphs: 1 },
    ]);
  });

  it('lists the entities of an article, most mentioned first', () => {
    expect(graph.entitiesIn('a1')).toEqual([
      { entity: 'petro', count: 2 },
      { entity: 'colombia', count: 1 },
      { entity: 'trump', count: 1 },
    ]);
  });

  it('indexes quotes and claims by speaker, claimant and subject', () => {
    expect(graph.quotesBy('petro')).toEqual(['petro-spoke']);
    expect(graph.quotesAbout('trump')).toEqual(['petro-spoke']);
    expect(graph.claimsBy('petro')).toEqual(['call-happened']);
    expect(graph.claimsAbout('petro')).toEqual(['no-call']);
  });

  it('shows a claim contradiction on both claims', () => {
    expect(graph.claimLinks('call-happened')).toEqual([
      { type: 'contradicts', label: 'contradicts', other: 'no-call' },
    ]);
    expect(graph.claimLinks('no-call')).toEqual([
      { type: 'contradicts', label: 'contradicts', other: 'call-happened' },
    ]);
  });

  it('lists the events an entity took part in', () => {
    expect(graph.eventsOf('petro')).toEqual(['call']);
    expect(graph.eventsOf('colombia')).toEqual([]);
  });
});
