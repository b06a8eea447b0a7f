import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { separate, type Box, type Placed } from './boxes';

/** A node to place: its id and its footprint (shape and label) around its position. */
export interface LayoutNode {
  id: string;
  box: Box;
}

/** A node's position. */
export interface Position {
  x: number;
  y: number;
}

/** The gap kept between any two footprints, in drawing units. */
export const GAP = 4;

/** A small seeded generator (mulberry32), so "random" choices are the same on every build. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Groups densely related entities together (Louvain modularity, graphology),
 * numbering the groups by size, largest first (ties by their first id), so a
 * dossier keeps its cluster numbers from build to build.
 */
export function communities(
  ids: readonly string[],
  edges: ReadonlyArray<{ from: string; to: string }>,
): Map<string, number> {
  const graph = new UndirectedGraph();
  for (const id of [...ids].sort()) graph.addNode(id);
  for (const { from, to } of edges)
    if (from !== to && graph.hasNode(from) && graph.hasNode(to) && !graph.hasEdge(from, to)) graph.addEdge(from, to);
  const found: Record<string, number> = graph.size > 0 ? louvain(graph, { rng: seeded(1) }) : {};
  const members = new Map<number, string[]>();
  for (const id of [...ids].sort()) {
    const group = found[id] ?? -1;
    members.set(group, [...(members.get(group) ?? []), id]);
  }
  const order = [...members.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const out = new Map<string, number>();
  order.forEach((group, index) => group.forEach((id) => out.set(id, index)));
  return out;
}

/**
 * Places a whole graph: a force simulation (d3-force) pulls related entities
 * together and each cluster towards its own centre, then footprints are
 * pushed apart until no shape or label touches another. Deterministic:
 * nodes go in by id, the simulation starts from d3's fixed spiral and uses a
 * seeded random source, and runs a fixed number of steps.
 */
export function layoutGraph(
  nodes: readonly LayoutNode[],
  edges: ReadonlyArray<{ from: string; to: string }>,
  groups: ReadonlyMap<string, number>,
): Map<string, Position> {
  const sorted = [...nodes].sort(byId);
  const width = (n: LayoutNode) => n.box.right - n.box.left;
  const groupCount = Math.max(1, ...[...groups.values()].map((g) => g + 1));
  // Cluster centres on an ellipse wider than tall (labels are wide), room in proportion to the cluster's size.
  const area = sorted.reduce((sum, n) => sum + (width(n) + 40) * 60, 0);
  const spread = Math.sqrt(area) * 0.4;
  const centre = (group: number) => {
    if (groupCount === 1) return { x: 0, y: 0 };
    const angle = (group / groupCount) * 2 * Math.PI;
    return { x: Math.cos(angle) * spread * 1.3, y: Math.sin(angle) * spread * 0.8 };
  };
  interface SimNode extends SimulationNodeDatum {
    group: number;
    half: number;
  }
  const sim: SimNode[] = sorted.map((n) => ({ group: groups.get(n.id) ?? 0, half: width(n) / 2 }));
  const index = new Map(sorted.map((n, i) => [n.id, i]));
  const links: Array<SimulationLinkDatum<SimNode>> = [...edges]
    .filter(({ from, to }) => from !== to && index.has(from) && index.has(to))
    .map(({ from, to }) => ({ source: index.get(from)!, target: index.get(to)! }))
    .sort((a, b) => (a.source as number) - (b.source as number) || (a.target as number) - (b.target as number));
  const simulation = forceSimulation<SimNode>(sim)
    .randomSource(seeded(2))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .distance((l) => 30 + ((l.source as SimNode).half + (l.target as SimNode).half) / 2)
        // Relations inside a cluster pull hard, those between clusters barely, so clusters read as clusters.
        .strength((l) => ((l.source as SimNode).group === (l.target as SimNode).group ? 0.4 : 0.05)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-150).distanceMax(600))
    .force('x', forceX<SimNode>((n) => centre(n.group).x).strength(0.25))
    .force('y', forceY<SimNode>((n) => centre(n.group).y).strength(0.35))
    .force(
      'collide',
      forceCollide<SimNode>((n) => Math.min(n.half, 70) + 6),
    )
    .stop();
  simulation.tick(300);
  const placed: Placed[] = sorted.map((n, i) => ({ x: sim[i]!.x ?? 0, y: sim[i]!.y ?? 0, box: n.box }));
  separate(placed, GAP);
  return new Map(sorted.map((n, i) => [n.id, { x: placed[i]!.x, y: placed[i]!.y }]));
}

/**
 * Places an entity's neighbourhood around it: the focus at (0, 0), the
 * entities one relation away on an ellipse around it in an order that keeps
 * related neighbours side by side, and those two relations away (when there
 * are any) further out, next to the neighbour that leads to them; then
 * footprints are pushed apart with the focus held still. Deterministic and
 * close to linear for the few dozen nodes a neighbourhood has.
 */
export function layoutNeighbourhood(
  focus: string,
  nodes: readonly LayoutNode[],
  edges: ReadonlyArray<{ from: string; to: string }>,
  /** The width of the label on each neighbour's line to the focus, so the ring leaves room for them. */
  spokeLabels: ReadonlyMap<string, number> = new Map(),
): Map<string, Position> {
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
  const children = new Map(ring.map((id) => [id, [] as string[]]));
  const orphans: string[] = [];
  for (const id of outer) {
    const parent = ring.find((candidate) => adjacent.get(id)!.has(candidate));
    if (parent) children.get(parent)!.push(id);
    else orphans.push(id);
  }
  const boxOf = new Map(nodes.map((n) => [n.id, n.box]));
  const widthOf = (id: string) => boxOf.get(id)!.right - boxOf.get(id)!.left;
  // A ring long enough, as an ellipse 1.6 times wider than tall, for the inner labels side by side.
  // On a crowded ring every other neighbour sits further out, so each label needs about half the length.
  const staggered = ring.length > 8;
  const around = ring.reduce((sum, id) => sum + widthOf(id) * (staggered ? 0.36 : 0.62) + GAP, 0);
  // Spoke labels sit halfway out, on an ellipse half the size: it must be long enough for them too.
  // A long merged label counts as at most SPOKE_LABEL wide (beyond that it may go to the tooltip instead).
  const room = (id: string) => Math.min(spokeLabels.get(id) ?? 0, SPOKE_LABEL);
  const spokes = ring.reduce((sum, id) => sum + room(id) + GAP, 0);
  const longest = Math.max(0, ...ring.map(room));
  // And the longest label (up to a limit) fits along a line to the east or west, between the two footprints.
  const widest = Math.min(LONG_LABEL, Math.max(0, ...ring.map((id) => spokeLabels.get(id) ?? 0)));
  const radius = Math.max(
    110,
    longest + 50,
    (widest + widthOf(focus) / 2 + Math.max(0, ...ring.map(widthOf)) / 2 + 4 * GAP) / 1.6,
    around / (2 * Math.PI),
    spokes / (2 * 1.3 * Math.PI),
  );
  const slots = ring.length + outer.length;
  const at = (slot: number, scale: number): Position => {
    // Start at the east, where neighbouring labels are furthest apart vertically.
    const angle = ((slot + 0.5) / Math.max(1, slots)) * 2 * Math.PI;
    return { x: Math.cos(angle) * radius * 1.6 * scale, y: Math.sin(angle) * radius * scale };
  };
  const start = new Map<string, Position>([[focus, { x: 0, y: 0 }]]);
  let slot = 0;
  for (const [index, id] of ring.entries()) {
    start.set(id, at(slot++, staggered && index % 2 === 1 ? 1.3 : 1));
    for (const child of children.get(id)!) start.set(child, at(slot++, 1.7));
  }
  for (const id of orphans) start.set(id, at(slot++, 1.7));
  const order = [focus, ...ring, ...outer];
  const placed: Placed[] = order.map((id) => ({ ...start.get(id)!, box: boxOf.get(id)!, fixed: id === focus }));
  separate(placed, GAP);
  return new Map(order.map((id, i) => [id, { x: placed[i]!.x, y: placed[i]!.y }]));
}

/** The widest a spoke's label is planned for, in drawing units. */
const SPOKE_LABEL = 110;
/** The longest relation label a neighbourhood makes room for (five merged relation types). */
const LONG_LABEL = 320;

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
    const next = related[0] ?? [...left].sort((a, b) => links(b) - links(a) || (a < b ? -1 : 1))[0]!;
    order.push(next);
    left.delete(next);
  }
  return order;
}
