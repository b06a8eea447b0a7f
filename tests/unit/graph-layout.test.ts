import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../../src/lib/graph-layout';

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
