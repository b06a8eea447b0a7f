import { describe, expect, it } from 'vitest';
import { overlap, separate, shift, type Placed } from '../../src/views/graph/boxes';
import { drawGraph, type DrawnEdge, type Drawing, type GraphNode } from '../../src/views/graph/drawing';
import { communities } from '../../src/views/graph/layout';
import { textWidth } from '../../src/views/graph/text-width';

const person = (id: string, label = id): GraphNode => ({ id, kind: 'people', label });
const rel = (from: string, to: string, label = 'criticised'): DrawnEdge => ({
  from,
  to,
  type: 'criticised',
  label,
  cite: ['a#p-1'],
});

/** The boxes a drawing's labels take, by the same width estimate the layout uses (13px names, 11px relations). */
function labelBoxes(drawing: Drawing) {
  const names = drawing.nodes.map((n) => {
    const half = textWidth(n.label, 13) / 2;
    return {
      what: n.label,
      box: { left: n.x - half, right: n.x + half, top: n.labelY - 12.1, bottom: n.labelY + 3.2 },
    };
  });
  const relations = drawing.links
    .filter((l) => l.labelAt)
    .map((l) => {
      const half = textWidth(l.label, 11) / 2;
      const { x, y } = l.labelAt!;
      return { what: l.label, box: { left: x - half, right: x + half, top: y - 10.3, bottom: y + 2.7 } };
    });
  return [...names, ...relations];
}

function expectNoOverlap(drawing: Drawing) {
  const boxes = labelBoxes(drawing);
  for (const [i, a] of boxes.entries()) {
    expect(a.box.left, a.what).toBeGreaterThanOrEqual(0);
    expect(a.box.top, a.what).toBeGreaterThanOrEqual(0);
    expect(a.box.right, a.what).toBeLessThanOrEqual(drawing.width);
    expect(a.box.bottom, a.what).toBeLessThanOrEqual(drawing.height);
    for (const b of boxes.slice(i + 1)) expect(overlap(a.box, b.box), `${a.what} / ${b.what}`).toBe(false);
  }
}

const shuffled = <T>(list: readonly T[]) => [...list].reverse();

describe('textWidth', () => {
  it('measures wide letters wider, accents as their base letter, and unknown scripts as a full em', () => {
    expect(textWidth('WWW', 13)).toBeGreaterThan(textWidth('iii', 13) * 2);
    expect(textWidth('Nariño', 13)).toBe(textWidth('Narino', 13));
    expect(textWidth('北京', 10)).toBeCloseTo(2 * 10 * 1.04 + 2);
  });
});

describe('separate', () => {
  it('pushes overlapping boxes apart until none touch, and never moves a fixed one', () => {
    const box = { left: -50, right: 50, top: -10, bottom: 10 };
    const items: Placed[] = Array.from({ length: 30 }, (_, i) => ({ x: (i % 3) * 5, y: i, box, fixed: i === 0 }));
    separate(items, 2);
    expect(items[0]).toMatchObject({ x: 0, y: 0 });
    for (const [i, a] of items.entries())
      for (const b of items.slice(i + 1))
        expect(overlap(shift(a.box, a.x, a.y), shift(b.box, b.x, b.y), 1.9)).toBe(false);
  });
});

describe('communities', () => {
  it('finds two dense groups joined by one relation, numbering the larger first, the same on every run', () => {
    const a = ['a1', 'a2', 'a3', 'a4'];
    const b = ['b1', 'b2', 'b3'];
    const clique = (ids: string[]) => ids.flatMap((x, i) => ids.slice(i + 1).map((y) => ({ from: x, to: y })));
    const edges = [...clique(a), ...clique(b), { from: 'a1', to: 'b1' }];
    const found = communities([...a, ...b], edges);
    expect(a.map((id) => found.get(id))).toEqual([0, 0, 0, 0]);
    expect(b.map((id) => found.get(id))).toEqual([1, 1, 1]);
    expect(communities(shuffled([...a, ...b]), shuffled(edges))).toEqual(found);
  });
});

describe('drawGraph', () => {
  it('merges parallel relations into one line that lists their types, arrows at the ends they point to', () => {
    const edges = [
      rel('petro', 'trump', 'criticised'),
      rel('trump', 'petro', 'threatened'),
      rel('petro', 'trump', 'spoke with'),
      rel('petro', 'trump', 'criticised'),
    ];
    const drawing = drawGraph([person('petro', 'Gustavo Petro'), person('trump', 'Donald Trump')], edges, {
      focus: 'petro',
    });
    expect(drawing.links).toHaveLength(1);
    const [line] = drawing.links;
    expect(line!.label).toBe('criticised · threatened · spoke with');
    expect(line!.relations).toHaveLength(4);
    expect(line!.title).toContain('Donald Trump threatened Gustavo Petro');
    expect([line!.towardsA, line!.towardsB]).toEqual([true, true]);
    expect(line!.labelAt).toBeDefined();
    // The table keeps every relation.
    expect(drawing.edges).toHaveLength(4);
  });

  it('centres a neighbourhood on its entity and keeps every label apart, for a hub of 40 relations', () => {
    const topics = Array.from({ length: 40 }, (_, i) => `topic-${i}`);
    const nodes = [
      person('hub', 'Hubert Hub'),
      ...topics.map((id, i) => ({
        id,
        kind: 'topics' as const,
        label: `Topic ${i} ${'over the long negotiations on trade and borders'.slice(0, (i * 7) % 40)}`,
      })),
    ];
    const drawing = drawGraph(
      nodes,
      topics.map((t) => rel('hub', t, 'concerns')),
      { focus: 'hub' },
    );
    const hub = drawing.nodes.find((n) => n.focus)!;
    expect(hub.x).toBeCloseTo(drawing.width / 2, 0);
    expectNoOverlap(drawing);
    // Most relation labels find room; the others are in the line's tooltip.
    expect(drawing.links.filter((l) => l.labelAt).length).toBeGreaterThan(30);
    expect(drawing.links.every((l) => l.title.startsWith('Hubert Hub concerns Topic'))).toBe(true);
  });

  it('draws relations among the neighbours lighter, without a label', () => {
    const drawing = drawGraph(
      ['f', 'a', 'b'].map((id) => person(id)),
      [rel('f', 'a'), rel('f', 'b'), rel('a', 'b')],
      { focus: 'f' },
    );
    const among = drawing.links.find((l) => l.a === 'a' && l.b === 'b')!;
    expect(among.far).toBe(true);
    expect(among.labelAt).toBeUndefined();
    expect(drawing.links.filter((l) => !l.far).every((l) => l.labelAt)).toBe(true);
  });

  it('lays out a whole graph without overlaps, in clusters, the same whatever order the input comes in', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `entity-${String(i).padStart(2, '0')}`);
    const nodes = ids.map((id, i) => person(id, `Person number ${i} ${'of the ministry'.slice(0, i % 16)}`));
    const edges = ids.flatMap((id, i) => [rel(id, ids[(i + 1) % 60]!), rel(id, ids[(i * 7 + 3) % 60]!, 'spoke with')]);
    const drawing = drawGraph(nodes, edges, {});
    expectNoOverlap(drawing);
    expect(drawGraph(shuffled(nodes), shuffled(edges), {}).nodes.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...drawing.nodes].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(new Set(drawing.nodes.map((n) => n.cluster)).size).toBeGreaterThan(1);
  });
});
