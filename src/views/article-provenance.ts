import type { LoadedDossier } from '../dossier/load';
import type { ArticleRecord } from '../dossier/records';
import { ACCESS, RELIABILITY, SOURCE_KINDS } from '../schemas/grading';
import { sourceReliability } from './assessment';

/** What an article page says of where its text came from: the source descriptor, its grade, and how it was received. */
export interface ArticleProvenance {
  kind: string;
  access: string;
  group: string;
  limits?: string | undefined;
  reliability: { grade: string; label: string; basis: string };
  received?: { retrieved: string; basis?: string | undefined; sha256: string } | undefined;
}

/** An article's provenance (see {@link ArticleProvenance}). */
export function articleProvenance(dossier: Pick<LoadedDossier, 'entity'>, article: ArticleRecord): ArticleProvenance {
  const { source, received } = article.data;
  const reliability = sourceReliability(dossier, article);
  return {
    kind: SOURCE_KINDS[source.kind],
    access: ACCESS[source.access],
    group: source.independenceGroup,
    ...(source.limits ? { limits: source.limits } : {}),
    reliability: { grade: reliability.grade, label: RELIABILITY[reliability.grade], basis: reliability.basis },
    ...(received
      ? {
          received: {
            retrieved: received.retrieved,
            ...(received.basis ? { basis: received.basis } : {}),
            sha256: received.sha256,
          },
        }
      : {}),
  };
}
