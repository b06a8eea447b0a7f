import { RELATION_TYPES, type RelationType } from '../schemas/relation-types';
import type { EntityKind } from '../schemas/entity';
import { layoutGraph, layoutNeighbourhood, type LayoutBox } from './graph-layout';
import { PAGE_SIZE } from './pages';
import type { LoadedDossier } from '../dossier/load';

/** A node of a drawn relation graph. */
export interface DrawnNode {
  id: string;
  kind: EntityKind;
  label: string;
  x: number;
  y: number;
}

/** An edge of a drawn relation graph, worded from its source. */
export interface DrawnEdge {
  from: string;
  to: string;
  type: RelationType;
  label: string;
  cite: string[];
  /** Offset of this edge among the edges joining the same two nodes (0 for a single edge). */
  bend: number;
}

/** Everything a relation graph drawing needs: placed nodes, edges, and its size. */
export interface Drawing extends LayoutBox {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

/** All relation edges of the dossier, or those among `only` (read from their own edges), in a stable order. */
function edgesAmong(dossier: LoadedDossier, only?: ReadonlySet<string>): Omit<DrawnEdge, 'bend'>[] {
  const { relations } = dossier.graph;
  const edges: Omit<DrawnEdge, 'bend'>[] = [];
  const add = (attributes: { type: RelationType; cite: string[] }, from: string, to: string) => {
    if (only && !only.has(to)) return;
    edges.push({
      from,
      to,
      type: attributes.type,
      label: RELATION_TYPES[attributes.type].label,
      cite: attributes.cite,
    });
  };
  if (only)
    for (const id of only) relations.forEachOutEdge(id, (_key, attributes, from, to) => add(attributes, from, to));
  else relations.forEachEdge((_key, attributes, from, to) => add(attributes, from, to));
  return edges.sort((a, b) => `${a.from} ${a.type} ${a.to}`.localeCompare(`${b.from} ${b.type} ${b.to}`));
}

/** Spreads parallel edges (same two nodes, either direction) so their curves and labels do not coincide. */
function withBends(edges: Omit<DrawnEdge, 'bend'>[]): DrawnEdge[] {
  const pairs = new Map<string, number>();
  const total = new Map<string, number>();
  const key = (e: { from: string; to: string }) => [e.from, e.to].sort().join(' ');
  for (const edge of edges) total.set(key(edge), (total.get(key(edge)) ?? 0) + 1);
  return edges.map((edge) => {
    const k = key(edge);
    const index = pairs.get(k) ?? 0;
    pairs.set(k, index + 1);
    const bend = index - ((total.get(k) ?? 1) - 1) / 2;
    return { ...edge, bend: edge.from < edge.to ? bend : -bend };
  });
}

/**
 * Lays out a set of entities and the relations among them: around `focus`
 * when there is one (a neighbourhood), else with a force-directed layout.
 */
function draw(
  dossier: LoadedDossier,
  ids: readonly string[],
  size: { width: number; height: number },
  focus?: string,
): Drawing {
  const only = new Set(ids);
  // Keep the longest label inside the picture: about 7px per character at the label size.
  const longest = Math.max(...ids.map((id) => (dossier.entity(id)?.data.name ?? id).length));
  const box: LayoutBox = { ...size, margin: Math.max(60, Math.ceil(longest * 3.7)) };
  const edges = withBends(edgesAmong(dossier, only));
  const nodes = ids.map((id) => ({ id, label: dossier.entity(id)?.data.name ?? id }));
  const placed = focus ? layoutNeighbourhood(focus, nodes, edges, box) : layoutGraph(nodes, edges, box);
  return {
    ...box,
    nodes: placed.map((node) => ({ ...node, kind: dossier.entity(node.id)!.kind })),
    edges,
  };
}

/** Entities ordered by how many relations they have, most first (ties by id). */
function byDegree(dossier: LoadedDossier, ids: Iterable<string>): string[] {
  const { relations } = dossier.graph;
  return [...ids].sort((a, b) => relations.degree(b) - relations.degree(a) || a.localeCompare(b));
}

/**
 * The dossier's relationship network: every entity that has a relation, or
 * in a large dossier the most connected ones, as many as fit in
 * {@link PAGE_SIZE.graphNodes} nodes and {@link PAGE_SIZE.graphEdges}
 * relations among them (`total` says how many entities have relations).
 */
export function drawDossierGraph(dossier: LoadedDossier): Drawing & { total: number } {
  const { relations } = dossier.graph;
  const ids = new Set<string>();
  relations.forEachEdge((_k, _a, from, to) => {
    ids.add(from);
    ids.add(to);
  });
  const shown = new Set<string>();
  let edges = 0;
  for (const id of byDegree(dossier, ids)) {
    if (shown.size === PAGE_SIZE.graphNodes) break;
    const added = [...relations.edges(id)].filter((edge) => shown.has(relations.opposite(id, edge))).length;
    if (edges + added > PAGE_SIZE.graphEdges) break;
    shown.add(id);
    edges += added;
  }
  return { ...draw(dossier, [...shown].sort(), { width: 1300, height: 1000 }), total: ids.size };
}

/**
 * An entity's neighbourhood: the entities one relation away, or two when one
 * hop shows fewer than six, and the relations among them; at most
 * {@link PAGE_SIZE.neighbourhood} entities, the most connected first.
 */
export function drawNeighbourhood(dossier: LoadedDossier, id: string): Drawing | undefined {
  const { relations } = dossier.graph;
  if (!relations.hasNode(id) || relations.degree(id) === 0) return undefined;
  const limit = PAGE_SIZE.neighbourhood;
  const ids = new Set([id, ...byDegree(dossier, relations.neighbors(id)).slice(0, limit - 1)]);
  if (ids.size < 6) {
    for (const near of [...ids])
      for (const far of byDegree(dossier, relations.neighbors(near))) if (ids.size < limit) ids.add(far);
  }
  return draw(dossier, [...ids].sort(), { width: 820, height: ids.size > 12 ? 620 : 460 }, id);
}
