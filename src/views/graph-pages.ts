import type { LoadedDossier } from '../dossier/load';
import { clustersOf, drawCluster, drawDossierGraph, type Cluster, type Drawing } from './relation-drawing';
import { siteChrome, type SiteChrome } from './site-chrome';

/** The relationship graph: /graph/. */
export interface GraphView {
  site: SiteChrome;
  /** The drawing, and how many entities have relations (it draws the most connected when there are many). */
  drawing: Drawing & { total: number };
  clusters: Cluster[];
}

export function graphView(dossier: LoadedDossier): GraphView {
  return { site: siteChrome(dossier), drawing: drawDossierGraph(dossier), clusters: clustersOf(dossier).clusters };
}

/** One cluster of the graph: /graph/cluster/<n>/. */
export interface ClusterView extends GraphView {
  cluster: Cluster;
}

export function clusterView(dossier: LoadedDossier, number: number): ClusterView {
  const { clusters } = clustersOf(dossier);
  const cluster = clusters.find((c) => c.number === number)!;
  return { site: siteChrome(dossier), cluster, drawing: drawCluster(dossier, cluster), clusters };
}
