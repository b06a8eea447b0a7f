import { parse as parseYaml } from 'yaml';
import type { EntityKind } from '../../schemas/entity';
import type { RelationType } from '../../schemas/relation-types';
import { drawGraph, type DrawnEdge, type GraphNode } from '../../views/graph/drawing';
import { communities } from '../../views/graph/layout';
import { PAGE_SIZE } from '../../views/paging';
import type { SyntheticFile } from './synthetic';

/** What laying out a dossier's graphs costs, in milliseconds. */
export interface GraphLayoutMeasure {
  entities: number;
  relations: number;
  /** The clusters (Louvain over every relation). */
  clusters: number;
  clustersMs: number;
  /** The whole-dossier graph: its size and time. */
  dossierGraph: { nodes: number; links: number; width: number; height: number; ms: number };
  /** Every profile's neighbourhood. */
  neighbourhoods: { count: number; totalMs: number; meanMs: number; maxMs: number; largestNodes: number };
}

/**
 * Lays out the graphs the site draws for a synthetic dossier, straight from its
 * files (declared relations and event participants, the relations the link
 * graph holds), with the neighbourhood selection the pages use: the most
 * connected neighbours up to the page cap.
 */
export function measureGraphLayout(files: readonly SyntheticFile[]): GraphLayoutMeasure {
  const nodes = new Map<string, GraphNode>();
  const edges: DrawnEdge[] = [];
  for (const file of files) {
    const match = /^(people|organizations|places|events|topics)\/([^/]+)\.mdx$/.exec(file.path);
    if (!match) continue;
    const [, kind, id] = match as unknown as [string, EntityKind, string];
    const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(file.text)![1]!) as {
      name: string;
      relations?: Array<{ type: RelationType; to: string }>;
      participants?: Array<{ ref: string }>;
    };
    nodes.set(id, { id, kind, label: data.name });
    for (const r of data.relations ?? []) edges.push({ from: id, to: r.to, type: r.type, label: r.type, cite: [] });
    for (const p of data.participants ?? [])
      edges.push({ from: p.ref, to: id, type: 'participant-in', label: 'took part in', cite: [] });
  }
  const neighbours = new Map<string, Set<string>>();
  for (const e of edges)
    for (const [a, b] of [
      [e.from, e.to],
      [e.to, e.from],
    ] as const)
      neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
  const degree = (id: string) => edges.filter((e) => e.from === id || e.to === id).length;
  const degrees = new Map([...neighbours.keys()].map((id) => [id, degree(id)]));
  const byDegree = (ids: Iterable<string>) =>
    [...ids].sort((a, b) => degrees.get(b)! - degrees.get(a)! || (a < b ? -1 : 1));
  const among = (ids: ReadonlySet<string>) => edges.filter((e) => ids.has(e.from) && ids.has(e.to));

  let start = performance.now();
  const clusters = communities([...neighbours.keys()], edges);
  const clustersMs = performance.now() - start;

  const top = new Set(byDegree(neighbours.keys()).slice(0, PAGE_SIZE.graphNodes));
  start = performance.now();
  const whole = drawGraph(
    [...top].map((id) => nodes.get(id)!),
    among(top),
    { clusters },
  );
  const dossierMs = performance.now() - start;

  const times: number[] = [];
  let largestNodes = 0;
  for (const id of byDegree(neighbours.keys())) {
    const ids = new Set([id, ...byDegree(neighbours.get(id)!).slice(0, PAGE_SIZE.neighbourhood - 1)]);
    const t = performance.now();
    const drawing = drawGraph(
      [...ids].map((n) => nodes.get(n)!),
      among(ids),
      { focus: id },
    );
    times.push(performance.now() - t);
    largestNodes = Math.max(largestNodes, drawing.nodes.length);
  }
  const totalMs = times.reduce((a, b) => a + b, 0);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    entities: nodes.size,
    relations: edges.length,
    clusters: new Set(clusters.values()).size,
    clustersMs: round(clustersMs),
    dossierGraph: {
      nodes: whole.nodes.length,
      links: whole.links.length,
      width: whole.width,
      height: whole.height,
      ms: round(dossierMs),
    },
    neighbourhoods: {
      count: times.length,
      totalMs: round(totalMs),
      meanMs: round(totalMs / Math.max(1, times.length)),
      maxMs: round(Math.max(0, ...times)),
      largestNodes,
    },
  };
}
