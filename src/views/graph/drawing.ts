import type { EntityKind } from '../../schemas/entity';
import { assertNever } from '../../shared/assert-never';
import type { RelationType } from '../../schemas/relation-types';
import { bounds, inside, overlap, shift, type Box } from './boxes';
import { communities, GAP, layoutGraph, layoutNeighbourhood, type Position } from './layout';
import { textWidth } from './text-width';

/** An entity to draw. */
export interface GraphNode {
  id: string;
  kind: EntityKind;
  label: string;
}

/** One typed relation, worded from its source ("criticised"), with its citations. */
export interface DrawnEdge {
  from: string;
  to: string;
  type: RelationType;
  label: string;
  cite: string[];
}

/** The shape of a node, by kind, so kinds differ without colour too. */
export type Shape =
  | { tag: 'circle'; attrs: { cx: number; cy: number; r: number } }
  | { tag: 'rect'; attrs: { x: number; y: number; width: number; height: number; rx?: number } }
  | { tag: 'polygon'; attrs: { points: string } };

/** A placed node: where its shape and its label go. */
export interface DrawnNode extends GraphNode {
  x: number;
  y: number;
  shape: Shape;
  /** The label's baseline, centred on x. */
  labelY: number;
  /** The entity the drawing centres on. */
  focus: boolean;
  /** The cluster it belongs to (whole-dossier graph), 0 for the largest. */
  cluster?: number;
}

/** One line between two entities, standing for every relation between them. */
export interface DrawnLink {
  /** The two entities, in id order. */
  a: string;
  b: string;
  relations: DrawnEdge[];
  /** The relation types between them, "criticised · spoke with". */
  label: string;
  /** The relations as sentences, for the line's tooltip. */
  title: string;
  path: string;
  /** Arrowheads: at `b` when a relation runs from a to b, at `a` when one runs back. */
  towardsB: boolean;
  towardsA: boolean;
  /** Where the label is written, or nothing when it does not fit (it is in the tooltip and the table). */
  labelAt?: Position;
  /** A relation among the neighbours rather than with the focus: drawn lighter. */
  far: boolean;
}

/** Everything a relation graph needs: placed nodes, merged links, every relation, and its size. */
export interface Drawing {
  width: number;
  height: number;
  nodes: DrawnNode[];
  links: DrawnLink[];
  /** Every relation drawn, one per row of the table. */
  edges: DrawnEdge[];
}

/** Drawing units (px at 100%): node radius and font sizes. */
export const NODE_RADIUS = 11;
const FOCUS_SCALE = 1.45;
const NODE_FONT = 13;
const EDGE_FONT = 11;
/** A font's ascent and descent as a share of its size (DejaVu Sans, the widest common fallback). */
const ASCENT = 0.93;
const DESCENT = 0.24;
/** Free room around the drawing. */
const PAD = 8;

const radiusOf = (focus: boolean) => NODE_RADIUS * (focus ? FOCUS_SCALE : 1);

/** The baseline of a node's label, below its shape (the tallest shape reaches 1.3 r below the centre). */
const labelDrop = (focus: boolean) => radiusOf(focus) * 1.3 + 3 + ASCENT * NODE_FONT;

/** The room a node takes around its centre: its shape and the label under it. */
function footprint(label: string, focus: boolean): Box {
  const r = radiusOf(focus);
  const half = Math.max(r * 1.4, textWidth(label, NODE_FONT) / 2);
  return { left: -half, right: half, top: -r * 1.3, bottom: labelDrop(focus) + DESCENT * NODE_FONT };
}

/**
 * The shape of a node of `kind` centred on (x, y) with radius `r`: the one place a kind's look in the graphs is
 * decided (the legend draws the same shapes).
 */
export function kindShape(kind: EntityKind, x: number, y: number, r: number): Shape {
  const p = (n: number) => Math.round(n * 10) / 10;
  switch (kind) {
    case 'people':
      return { tag: 'circle', attrs: { cx: x, cy: y, r: p(r) } };
    case 'organizations':
      return { tag: 'rect', attrs: { x: p(x - r), y: p(y - r), width: p(2 * r), height: p(2 * r) } };
    case 'places':
      return {
        tag: 'polygon',
        attrs: {
          points: `${p(x)},${p(y - r * 1.3)} ${p(x + r * 1.3)},${p(y)} ${p(x)},${p(y + r * 1.3)} ${p(x - r * 1.3)},${p(y)}`,
        },
      };
    case 'events':
      return {
        tag: 'polygon',
        attrs: { points: `${p(x)},${p(y - r * 1.25)} ${p(x + r * 1.2)},${p(y + r)} ${p(x - r * 1.2)},${p(y + r)}` },
      };
    case 'topics':
      return {
        tag: 'rect',
        attrs: { x: p(x - r * 1.4), y: p(y - r * 0.8), width: p(r * 2.8), height: p(r * 1.6), rx: p(r * 0.8) },
      };
    default:
      return assertNever(kind);
  }
}

/** The relations between each pair of entities, as one link per pair (pairs and relations in a stable order). */
function mergeParallel(edges: readonly DrawnEdge[]): Array<{ a: string; b: string; relations: DrawnEdge[] }> {
  const pairs = new Map<string, { a: string; b: string; relations: DrawnEdge[] }>();
  for (const edge of edges) {
    const [a, b] = edge.from < edge.to ? [edge.from, edge.to] : [edge.to, edge.from];
    const key = `${a} ${b}`;
    if (!pairs.has(key)) pairs.set(key, { a, b, relations: [] });
    pairs.get(key)!.relations.push(edge);
  }
  return [...pairs.values()];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Draws entities and the relations among them: around `focus` when there is
 * one (a neighbourhood: direct relations labelled, relations among the
 * neighbours lighter and unlabelled), else the whole graph in clusters. No
 * label ever covers a shape or another label: relation labels that do not
 * fit beside their line are left to the line's tooltip and the table.
 */
export function drawGraph(
  nodes: readonly GraphNode[],
  edges: readonly DrawnEdge[],
  options: { focus?: string; clusters?: ReadonlyMap<string, number> },
): Drawing {
  const { focus } = options;
  const name = new Map(nodes.map((n) => [n.id, n.label]));
  const pairs = mergeParallel(edges);
  const boxes = new Map(nodes.map((n) => [n.id, footprint(n.label, n.id === focus)]));
  const layoutNodes = nodes.map((n) => ({ id: n.id, box: boxes.get(n.id)! }));
  const pairEdges = pairs.map(({ a, b }) => ({ from: a, to: b }));
  const clusters = focus
    ? undefined
    : (options.clusters ??
      communities(
        nodes.map((n) => n.id),
        pairEdges,
      ));
  const positions = focus
    ? layoutNeighbourhood(
        focus,
        layoutNodes,
        pairEdges,
        new Map(
          pairs
            .filter((p) => p.a === focus || p.b === focus)
            .map((p) => [p.a === focus ? p.b : p.a, textWidth(linkLabel(p.relations), EDGE_FONT)]),
        ),
      )
    : layoutGraph(layoutNodes, pairEdges, clusters!);

  // Into drawing coordinates: the footprints' bounds plus padding, the focus (if any) in the middle.
  const at = (id: string) => positions.get(id)!;
  const placedBoxes = nodes.map((n) => shift(boxes.get(n.id)!, at(n.id).x, at(n.id).y));
  let frame = bounds(placedBoxes);
  if (focus) {
    const half = Math.max(-frame.left, frame.right);
    const halfY = Math.max(-frame.top, frame.bottom);
    frame = { left: -half, right: half, top: -halfY, bottom: halfY };
  }
  const dx = PAD - frame.left;
  const dy = PAD - frame.top;
  const width = Math.ceil(frame.right - frame.left + 2 * PAD);
  const height = Math.ceil(frame.bottom - frame.top + 2 * PAD);
  const pos = new Map(nodes.map((n) => [n.id, { x: round(at(n.id).x + dx), y: round(at(n.id).y + dy) }]));

  const drawnNodes: DrawnNode[] = nodes.map((n) => {
    const { x, y } = pos.get(n.id)!;
    const isFocus = n.id === focus;
    const r = radiusOf(isFocus);
    return {
      ...n,
      x,
      y,
      shape: kindShape(n.kind, x, y, r),
      labelY: round(y + labelDrop(isFocus)),
      focus: isFocus,
      ...(clusters ? { cluster: clusters.get(n.id) ?? 0 } : {}),
    };
  });

  // Relation labels: direct relations first, then the busiest pairs, each where it first fits along its line.
  const taken: Box[] = nodes.map((n) => shift(boxes.get(n.id)!, pos.get(n.id)!.x, pos.get(n.id)!.y));
  const drawingBox: Box = { left: 0, top: 0, right: width, bottom: height };
  const isFar = (p: { a: string; b: string }) => focus !== undefined && p.a !== focus && p.b !== focus;
  // A far link is labelled only when it leads out to an entity two steps away, not between two neighbours.
  const direct = new Set(pairs.filter((p) => p.a === focus || p.b === focus).flatMap((p) => [p.a, p.b]));
  const labelled = (p: { a: string; b: string }) => !isFar(p) || !direct.has(p.a) || !direct.has(p.b);
  const placeOrder = pairs
    .map((pair, index) => ({ pair, index }))
    .sort(
      (x, y) =>
        Number(isFar(x.pair)) - Number(isFar(y.pair)) ||
        y.pair.relations.length - x.pair.relations.length ||
        x.index - y.index,
    );
  const labelAt = new Map<number, Position>();
  for (const { pair, index } of placeOrder) {
    if (!labelled(pair)) continue;
    const spot = labelSpot(pair, pos, linkLabel(pair.relations), taken, drawingBox);
    if (spot) {
      labelAt.set(index, spot.at);
      taken.push(spot.box);
    }
  }

  const links: DrawnLink[] = pairs.map((pair, index) => {
    const a = pos.get(pair.a)!;
    const b = pos.get(pair.b)!;
    const towardsB = pair.relations.some((r) => r.from === pair.a);
    const towardsA = pair.relations.some((r) => r.from === pair.b);
    const spot = labelAt.get(index);
    return {
      ...pair,
      label: linkLabel(pair.relations),
      title: pair.relations.map((r) => `${name.get(r.from)} ${r.label} ${name.get(r.to)}`).join('; '),
      path: linePath(
        a,
        b,
        radiusOf(pair.a === focus) + (towardsA ? 5 : 2),
        radiusOf(pair.b === focus) + (towardsB ? 5 : 2),
      ),
      towardsB,
      towardsA,
      ...(spot ? { labelAt: spot } : {}),
      far: isFar(pair),
    };
  });
  return { width, height, nodes: drawnNodes, links, edges: [...edges] };
}

/** The relation types of a link, each once, in the order the relations come. */
function linkLabel(relations: readonly DrawnEdge[]): string {
  return [...new Set(relations.map((r) => r.label))].join(' · ');
}

/** A straight line from one node's edge to the other's, stopping short where an arrowhead goes. */
function linePath(a: Position, b: Position, startGap: number, endGap: number): string {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const ux = (b.x - a.x) / length;
  const uy = (b.y - a.y) / length;
  return `M${round(a.x + ux * startGap)} ${round(a.y + uy * startGap)} L${round(b.x - ux * endGap)} ${round(b.y - uy * endGap)}`;
}

/** Where along its line a label fits without touching a shape, a label or the edge of the drawing. */
function labelSpot(
  pair: { a: string; b: string },
  pos: ReadonlyMap<string, Position>,
  label: string,
  taken: readonly Box[],
  drawingBox: Box,
): { at: Position; box: Box } | undefined {
  const a = pos.get(pair.a)!;
  const b = pos.get(pair.b)!;
  const half = textWidth(label, EDGE_FONT) / 2;
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78]) {
    const x = round(a.x + (b.x - a.x) * t);
    // The baseline sits so the text's middle is on the line.
    const y = round(a.y + (b.y - a.y) * t + ((ASCENT - DESCENT) / 2) * EDGE_FONT);
    const box = { left: x - half, right: x + half, top: y - ASCENT * EDGE_FONT, bottom: y + DESCENT * EDGE_FONT };
    if (inside(box, drawingBox) && !taken.some((other) => overlap(box, other, GAP / 2))) return { at: { x, y }, box };
  }
  return undefined;
}
