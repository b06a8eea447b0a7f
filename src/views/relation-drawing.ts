import { RELATION_TYPES, type RelationType } from '../schemas/relation-types';
import { once } from '../shared/once';
import { drawGraph, type DrawnEdge, type Drawing } from './graph/drawing';
import { communities } from './graph/layout';
import { PAGE_SIZE } from './paging';
import type { LoadedDossier } from '../dossier/load';

export type { Drawing, DrawnEdge, DrawnLink, DrawnNode } from './graph/drawing';

/** All relation edges among `only` (read from their own edges), or of the whole dossier, in a stable order. */
function edgesAmong(dossier: LoadedDossier, only?: ReadonlySet<string>): DrawnEdge[] {
  const { relations } = dossier.graph;
  const edges: DrawnEdge[] = [];
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

function nodesOf(dossier: LoadedDossier, ids: Iterable<string>) {
  return [...ids].sort().map((id) => ({ id, kind: dossier.entity(id)!.kind, label: dossier.entity(id)!.data.name }));
}

/** Entities ordered by how many relations they have, most first (ties by id). */
function byDegree(dossier: LoadedDossier, ids: Iterable<string>): string[] {
  const { relations } = dossier.graph;
  return [...ids].sort((a, b) => relations.degree(b) - relations.degree(a) || a.localeCompare(b));
}

/**
 * The most connected of `ids`, as many as fit in {@link PAGE_SIZE.graphNodes}
 * nodes and {@link PAGE_SIZE.graphEdges} relations among them.
 */
function mostConnected(dossier: LoadedDossier, ids: Iterable<string>): Set<string> {
  const { relations } = dossier.graph;
  const shown = new Set<string>();
  let edges = 0;
  for (const id of byDegree(dossier, ids)) {
    if (shown.size === PAGE_SIZE.graphNodes) break;
    const added = [...relations.edges(id)].filter((edge) => shown.has(relations.opposite(id, edge))).length;
    if (edges + added > PAGE_SIZE.graphEdges) break;
    shown.add(id);
    edges += added;
  }
  return shown;
}

/** A group of densely related entities, numbered from 1 (the largest), named after its most connected member. */
export interface Cluster {
  number: number;
  /** The member with the most relations, that the cluster is named after. */
  hub: string;
  /** The hub's name. */
  name: string;
  /** Members, most connected first. */
  members: string[];
  /** Relations among the members. */
  relations: number;
}

/**
 * The dossier's entities that have relations, in clusters (Louvain
 * communities over every relation), computed once per build.
 */
export const clustersOf = once((dossier: LoadedDossier): { clusters: Cluster[]; of: Map<string, number> } => {
  const edges = edgesAmong(dossier);
  const ids = new Set(edges.flatMap((e) => [e.from, e.to]));
  const of = communities([...ids], edges);
  const grouped = new Map<number, string[]>();
  for (const id of ids) grouped.set(of.get(id)!, [...(grouped.get(of.get(id)!) ?? []), id]);
  const clusters = [...grouped.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, members]): Cluster => {
      const ordered = byDegree(dossier, members);
      const inside = new Set(members);
      return {
        number: index + 1,
        hub: ordered[0]!,
        name: dossier.entity(ordered[0]!)!.data.name,
        members: ordered,
        relations: edges.filter((e) => inside.has(e.from) && inside.has(e.to)).length,
      };
    });
  return { clusters, of };
});

/**
 * The dossier's relationship network: every entity that has a relation, or
 * in a large dossier the most connected ones (`total` says how many
 * entities have relations), placed by cluster.
 */
export const drawDossierGraph = once((dossier: LoadedDossier): Drawing & { total: number } => {
  const { of } = clustersOf(dossier);
  const shown = mostConnected(dossier, of.keys());
  return { ...drawGraph(nodesOf(dossier, shown), edgesAmong(dossier, shown), { clusters: of }), total: of.size };
});

/** One cluster's members and the relations among them (the most connected, when it is large). */
export function drawCluster(dossier: LoadedDossier, cluster: Cluster): Drawing & { total: number } {
  const shown = mostConnected(dossier, cluster.members);
  return {
    ...drawGraph(nodesOf(dossier, shown), edgesAmong(dossier, shown), { clusters: clustersOf(dossier).of }),
    total: cluster.members.length,
  };
}

/**
 * An entity's neighbourhood: the entities one relation away, or two when one
 * hop shows fewer than six, and the relations among them (except those
 * between two entities two steps away); at most
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
  // Relations between two entities two steps away would only cross the picture: they are left out.
  const near = new Set([id, ...relations.neighbors(id)]);
  const edges = edgesAmong(dossier, ids).filter((e) => near.has(e.from) || near.has(e.to));
  return drawGraph(nodesOf(dossier, ids), edges, { focus: id });
}
