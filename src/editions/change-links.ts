import type { LoadedDossier } from '../dossier/load';
import type { SiteUrls } from '../identity/urls';
import { gapAnchor, indicatorAnchor, judgmentAnchor } from '../identity/anchors';
import { parseCitation } from '../schemas/citation';
import { claimUrl, quoteUrl } from '../views/locations';
import type { Change } from './diff';

/** Where a change lives on today's site; undefined when the dossier no longer holds it. */
export function changeTargetUrl(change: Change, dossier: LoadedDossier, urls: SiteUrls): string | undefined {
  const { target } = change;
  if (target.gone) return undefined;
  switch (target.kind) {
    case 'entity': {
      const entity = dossier.entity(target.id);
      return entity && urls.entity(entity.kind, entity.id);
    }
    case 'article':
      return dossier.article(target.id) && urls.article(target.id);
    case 'quote':
      return dossier.quote(target.id) && quoteUrl(dossier, urls, target.id);
    case 'claim':
      return dossier.claim(target.id) && claimUrl(dossier, urls, target.id);
    case 'briefing':
      return urls.briefing();
    case 'judgment':
      return dossier.judgment(target.id) && urls.assessment(judgmentAnchor(target.id));
    case 'indicator':
      return dossier.indicators.some((i) => i.id === target.id)
        ? urls.assessment(indicatorAnchor(target.id))
        : undefined;
    case 'unknown':
      return dossier.gaps.some((g) => g.id === target.id) ? urls.assessment(gapAnchor(target.id)) : undefined;
    case 'assessment':
      return urls.assessment();
  }
}

/** A change's citations split into those today's articles hold and those of articles (or paragraphs) now gone. */
export function splitCitations(cite: readonly string[], dossier: LoadedDossier): { present: string[]; gone: string[] } {
  const present: string[] = [];
  const gone: string[] = [];
  for (const value of cite) {
    const { article, paragraph } = parseCitation(value);
    const source = dossier.article(article);
    (source && paragraph <= source.paragraphs.length ? present : gone).push(value);
  }
  return { present, gone };
}
