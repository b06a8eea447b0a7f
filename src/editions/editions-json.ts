import type { LoadedDossier } from '../dossier/load';
import { citationsJson, dateJson, absolute, type ExportSite } from '../exports/common';
import type { ChangeJson, EditionsJson } from '../exports/dossier-json-schema';
import type { Change } from './diff';
import { changeTargetUrl, splitCitations } from './change-links';
import type { SiteEditions } from './site-editions';

function changeJson(change: Change, dossier: LoadedDossier, site: ExportSite): ChangeJson {
  const url = changeTargetUrl(change, dossier, site.urls);
  const { present, gone } = splitCitations(change.cite, dossier);
  return {
    group: change.group,
    type: change.type,
    target: {
      kind: change.target.kind,
      id: change.target.id,
      name: change.target.name,
      ...(url ? { url: absolute(url, site.site) } : {}),
    },
    subject: change.subject,
    ...(change.before ? { before: change.before } : {}),
    ...(change.after ? { after: change.after } : {}),
    citations: citationsJson(present, site),
    ...(gone.length > 0 ? { formerCitations: gone } : {}),
    minor: change.minor,
    ...(change.reason ? { reason: change.reason } : {}),
  };
}

/** dossier.json's editions and what changed since the latest: the same items the changes page lists. */
export function editionsJson(editions: SiteEditions, dossier: LoadedDossier, site: ExportSite): EditionsJson {
  const { unrecorded } = editions;
  return {
    editions: editions.files.map((file) => {
      const set = editions.changesOf(file.id);
      return {
        id: file.id,
        number: file.number,
        title: file.title,
        asOf: dateJson(file.asOf),
        ...(file.note ? { note: file.note } : {}),
        hash: file.hash,
        url: absolute(site.urls.edition(file.id), site.site),
        changesUrl: absolute(site.urls.changes(file.id), site.site),
        summary: editions.summaryOf(file.id),
        ...(set ? { counts: set.counts } : {}),
        changes: (set?.changes ?? []).map((c) => changeJson(c, dossier, site)),
      };
    }),
    ...(unrecorded
      ? {
          unrecorded: {
            since: unrecorded.since.id,
            summary: unrecorded.summary,
            counts: unrecorded.counts,
            changes: unrecorded.changes.map((c) => changeJson(c, dossier, site)),
          },
        }
      : {}),
  };
}
