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

/**
 * Places an entity's neighbourhood around it: the focus in the middle, the
 * entities one relation away on a ring around it, and (when there are any)
 * those two relations away on an outer ring, each next to the neighbour that
 * leads to it. Neighbours that are related to each other sit side by side, and
 * on a crowded ring every other node sits further in, so labels written under
 * their nodes do not run into each other. Deterministic and linear in the
 * number of nodes, so every profile can afford one.
 */
export function layoutNeighbourhood(
  focus: string,
  nodes: readonly LayoutNode[],
  edges: ReadonlyArray<{ from: string; to: string }>,
  box: LayoutBox,
): PlacedNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const adjacent = new Map<string, Set<string>>([...ids].map((id) => [id, new Set<string>()]));
  for (const { from, to } of edges) {
    if (from === to || !ids.has(from) || !ids.has(to)) continue;
    adjacent.get(from)!.add(to);
    adjacent.get(to)!.add(from);
  }
  const inner = [...(adjacent.get(focus) ?? [])].sort();
  const outer = [...ids].filter((id) => id !== focus && !adjacent.get(focus)?.has(id)).sort();
  const ring = chainByRelations(inner, adjacent);
  // Each outer node follows the first inner neighbour (in ring order) it is related to.
  const children = new Map(ring.map((id) => [id, [] as string[]]));
  const orphans: string[] = [];
  for (const id of outer) {
    const parent = ring.find((candidate) => adjacent.get(id)!.has(candidate));
    if (parent) children.get(parent)!.push(id);
    else orphans.push(id);
  }
  // Every node has its own angle: a neighbour, then the entities it leads to, clockwise after it (never
  // straight behind it, where its edge would run through the neighbour).
  const totalSlots = ring.length + outer.length;
  const centre = { x: box.width / 2, y: box.height / 2 };
  const radiusX = box.width / 2 - box.margin;
  const radiusY = box.height / 2 - LABEL_ROOM;
  const place = new Map<string, { x: number; y: number }>([[focus, centre]]);
  const at = (slot: number, scale: number) => {
    // Start at the east, where neighbouring labels are furthest apart vertically (an odd ring meets itself there).
    const angle = ((slot + 0.5) / Math.max(1, totalSlots)) * 2 * Math.PI;
    return { x: centre.x + Math.cos(angle) * radiusX * scale, y: centre.y + Math.sin(angle) * radiusY * scale };
  };
  const twoRings = outer.length > 0;
  // On a crowded ring every other node moves in, doubling the room for labels.
  const stagger = (index: number, count: number, inward: number) => (count > 8 && index % 2 === 1 ? inward : 1);
  let slot = 0;
  ring.forEach((id, index) => {
    place.set(id, at(slot++, twoRings ? 0.55 : stagger(index, ring.length, 0.62)));
    for (const child of children.get(id)!) place.set(child, at(slot, stagger(slot++, totalSlots, 0.8)));
  });
  for (const id of orphans) place.set(id, at(slot++, 1));
  const round = (n: number) => Math.round(n * 10) / 10;
  return nodes.map((node) => {
    const p = place.get(node.id) ?? centre;
    return { ...node, x: round(p.x), y: round(p.y) };
  });
}

/** Room kept above and below a ring for the label written under each node. */
const LABEL_ROOM = 44;

/**
 * Orders entities so that related ones are neighbours: starts from the one
 * with the most relations among them, then repeatedly takes the next one
 * related to the last placed (ties by id), so chords stay short.
 */
function chainByRelations(ids: readonly string[], adjacent: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const left = new Set(ids);
  const links = (id: string) => [...adjacent.get(id)!].filter((other) => left.has(other)).length;
  const order: string[] = [];
  while (left.size > 0) {
    const last = order.at(-1);
    const related = last ? [...adjacent.get(last)!].filter((id) => left.has(id)).sort() : [];
    const next = related[0] ?? [...left].sort((a, b) => links(b) - links(a) || a.localeCompare(b))[0]!;
    order.push(next);
    left.delete(next);
  }
  return order;
}
