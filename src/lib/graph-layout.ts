import { UndirectedGraph } from 'graphology';
import { circular } from 'graphology-layout';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';

/** A node to place, with the size of its label so labels do not collide. */
export interface LayoutNode {
  id: string;
  label: string;
}

/** Where a node ends up, in the drawing's coordinates. */
export interface PlacedNode extends LayoutNode {
  x: number;
  y: number;
}

/** The drawing area, with a margin kept free for labels. */
export interface LayoutBox {
  width: number;
  height: number;
  margin: number;
}

/**
 * Places nodes with ForceAtlas2 (graphology), then removes overlaps with
 * Noverlap. The layout is deterministic: nodes and edges are inserted in id
 * order, start on a circle (no randomness), and run a fixed number of
 * iterations, so the same dossier draws the same picture on every build.
 */
export function layoutGraph(
  nodes: readonly LayoutNode[],
  edges: ReadonlyArray<{ from: string; to: string }>,
  box: LayoutBox,
): PlacedNode[] {
  const graph = new UndirectedGraph();
  for (const node of [...nodes].sort((a, b) => a.id.localeCompare(b.id))) graph.addNode(node.id);
  for (const { from, to } of [...edges].sort((a, b) => `${a.from} ${a.to}`.localeCompare(`${b.from} ${b.to}`))) {
    if (from !== to && graph.hasNode(from) && graph.hasNode(to) && !graph.hasEdge(from, to)) graph.addEdge(from, to);
  }
  if (graph.order > 1) {
    circular.assign(graph, { scale: 100 });
    forceAtlas2.assign(graph, {
      iterations: 600,
      settings: { ...forceAtlas2.inferSettings(graph), linLogMode: true, scalingRatio: 20, gravity: 0.6 },
    });
    // Noverlap in drawing units, each node as wide as its label, then fit the box again.
    fitInto(graph, box);
    const labels = new Map(nodes.map((n) => [n.id, n.label]));
    graph.forEachNode((id) => graph.setNodeAttribute(id, 'size', Math.max(16, (labels.get(id) ?? '').length * 3.6)));
    noverlap.assign(graph, { maxIterations: 500, settings: { margin: 8, ratio: 1, expansion: 1.05 } });
  }
  fitInto(graph, box);
  return nodes.map((node) => {
    const a = graph.getNodeAttributes(node.id) as { x?: number; y?: number };
    return { ...node, x: a.x ?? box.width / 2, y: a.y ?? box.height / 2 };
  });
}

/** Scales and moves every node so the drawing fills the box inside its margin (rounded to 0.1). */
function fitInto(graph: UndirectedGraph, box: LayoutBox) {
  const xs = graph.mapNodes((_n, a) => (a.x as number | undefined) ?? 0);
  const ys = graph.mapNodes((_n, a) => (a.y as number | undefined) ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fit = (value: number, min: number, max: number, size: number) =>
    max > min ? Math.round((box.margin + ((value - min) / (max - min)) * (size - 2 * box.margin)) * 10) / 10 : size / 2;
  graph.updateEachNodeAttributes((_id, a) => ({
    ...a,
    x: fit((a.x as number | undefined) ?? 0, minX, maxX, box.width),
    y: fit((a.y as number | undefined) ?? 0, minY, maxY, box.height),
  }));
}
