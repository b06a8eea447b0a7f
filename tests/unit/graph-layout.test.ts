import { describe, expect, it } from 'vitest';
import { layoutGraph, layoutNeighbourhood } from '../../src/views/graph-layout';

const nodes = ['petro', 'trump', 'colombia', 'venezuela', 'maduro', 'ice'].map((id) => ({ id, label: id }));
const edges = [
  { from: 'petro', to: 'colombia' },
  { from: 'trump', to: 'petro' },
  { from: 'maduro', to: 'venezuela' },
  { from: 'trump', to: 'ice' },
];
const box = { width: 800, height: 600, margin: 60 };

describe('layoutGraph', () => {
  it('keeps every node inside the box, within its margin', () => {
    for (const node of layoutGraph(nodes, edges, box)) {
      expect(node.x).toBeGreaterThanOrEqual(60);
      expect(node.x).toBeLessThanOrEqual(740);
      expect(node.y).toBeGreaterThanOrEqual(60);
      expect(node.y).toBeLessThanOrEqual(540);
    }
  });

  it('does not depend on the order nodes and edges come in', () => {
    const byId = (list: ReturnType<typeof layoutGraph>) => Object.fromEntries(list.map((n) => [n.id, [n.x, n.y]]));
    expect(byId(layoutGraph([...nodes].reverse(), [...edges].reverse(), box))).toEqual(
      byId(layoutGraph(nodes, edges, box)),
    );
  });

  it('separates nodes instead of stacking them', () => {
    const placed = layoutGraph(nodes, edges, box);
    for (const a of placed)
      for (const b of placed) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(20);
  });
});

describe('layoutNeighbourhood', () => {
  const labelled = (ids: string[]) => ids.map((id) => ({ id, label: id }));
  /** The box of a node's label as the graph draws it: 13px text centred under the node. */
  const labelBox = (n: { x: number; y: number; label: string }) => {
    const half = (n.label.length * 7.2) / 2;
    return { left: n.x - half, right: n.x + half, top: n.y + 15, bottom: n.y + 31 };
  };

  it('puts the entity in the middle and its neighbours around it, the far ones further out', () => {
    const ring = ['colombia', 'trump', 'ice', 'bogota'];
    const far = ['maduro'];
    const placed = layoutNeighbourhood(
      'petro',
      labelled(['petro', ...ring, ...far]),
      [...ring.map((to) => ({ from: 'petro', to })), { from: 'trump', to: 'maduro' }],
      box,
    );
    const at = new Map(placed.map((n) => [n.id, n]));
    expect(at.get('petro')).toMatchObject({ x: 400, y: 300 });
    const distance = (id: string) => Math.hypot(at.get(id)!.x - 400, at.get(id)!.y - 300);
    for (const id of ring) expect(distance(id)).toBeLessThan(distance('maduro'));
    // The far entity comes right after the neighbour that leads to it, clockwise, never straight behind it.
    const angle = (id: string) => Math.atan2(at.get(id)!.y - 300, at.get(id)!.x - 400);
    const clockwise = [...ring, ...far].sort((a, b) => angle(a) - angle(b));
    expect([1, -(clockwise.length - 1)]).toContain(clockwise.indexOf('maduro') - clockwise.indexOf('trump'));
    for (const [i, a] of clockwise.entries())
      for (const b of clockwise.slice(i + 1)) expect(Math.abs(angle(a) - angle(b)), `${a} ${b}`).toBeGreaterThan(0.5);
    for (const node of placed) {
      expect(node.x).toBeGreaterThanOrEqual(60);
      expect(node.x).toBeLessThanOrEqual(740);
    }
  });

  it('does not depend on the order nodes and edges come in', () => {
    const ids = ['petro', 'trump', 'colombia', 'venezuela', 'maduro', 'ice', 'rubio'];
    const links = ids
      .slice(1)
      .map((to) => ({ from: 'petro', to }))
      .concat({ from: 'maduro', to: 'venezuela' });
    const byId = (list: ReturnType<typeof layoutNeighbourhood>) =>
      Object.fromEntries(list.map((n) => [n.id, [n.x, n.y]]));
    expect(byId(layoutNeighbourhood('petro', labelled([...ids].reverse()), [...links].reverse(), box))).toEqual(
      byId(layoutNeighbourhood('petro', labelled(ids), links, box)),
    );
  });

  it('keeps the labels of a full neighbourhood (23 related entities) apart', () => {
    const ring = Array.from({ length: 23 }, (_, i) => `entity-${String(i).padStart(2, '0')}-name`);
    const placed = layoutNeighbourhood(
      'focus',
      labelled(['focus', ...ring]),
      ring.map((to, i) => ({ from: i % 2 ? to : 'focus', to: i % 2 ? 'focus' : to })),
      { width: 820, height: 620, margin: 60 },
    );
    const boxes = placed.map(labelBox);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
  });

  it('sets related neighbours side by side', () => {
    const ring = ['a', 'b', 'c', 'd', 'e', 'f'];
    const placed = layoutNeighbourhood(
      'focus',
      labelled(['focus', ...ring]),
      [...ring.map((to) => ({ from: 'focus', to })), { from: 'a', to: 'd' }],
      box,
    );
    // Read the ring clockwise around the focus: a and d come one after the other.
    const clockwise = placed
      .filter((n) => n.id !== 'focus')
      .sort((m, n) => Math.atan2(m.y - 300, m.x - 400) - Math.atan2(n.y - 300, n.x - 400))
      .map((n) => n.id);
    const [ia, id] = [clockwise.indexOf('a'), clockwise.indexOf('d')];
    expect([1, ring.length - 1]).toContain(Math.abs(ia - id));
  });
});
