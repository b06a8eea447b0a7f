import { parseCitation } from '../schemas/citation';
import { KINDS } from '../schemas/kinds';
import { assertNever } from '../shared/assert-never';
import { describePrecision, formatDossierDate, parseDossierDate, type DatePoint } from '../shared/dates';
import type { LoadedDossier } from '../dossier/load';
import { claimUrl, quoteUrl } from './locations';
import type { SiteUrls } from '../identity/urls';

/** schema.org JSON-LD objects for quotes, claims and events, built from the dossier. */
export function schemaOrg(dossier: LoadedDossier, urls: SiteUrls) {
  const thing = (id: string) => {
    const entity = dossier.entity(id);
    if (!entity) return { name: id };
    return { '@type': KINDS[entity.kind].schemaOrg, name: entity.data.name, url: urls.entity(entity.kind, entity.id) };
  };
  const source = (cite: string) => {
    const article = dossier.article(parseCitation(cite).article);
    return { '@type': 'NewsArticle', headline: article?.data.title, url: urls.citation(cite) };
  };
  const iso = (point: DatePoint | null) => point?.iso;

  return {
    /** A profile as Person, Organization, Place, Event or Thing, with its aliases and relations. */
    entity(id: string) {
      const entity = dossier.entity(id)!;
      const base = { ...thing(id), alternateName: entity.data.aliases, description: undefined as string | undefined };
      switch (entity.kind) {
        case 'events':
          return { ...this.event(id), alternateName: entity.data.aliases };
        case 'people':
          return { ...base, jobTitle: entity.data.roles.map((r) => r.title) };
        case 'organizations':
        case 'places':
          return { ...base, description: entity.data.type.value };
        case 'topics':
          return base;
        default:
          return assertNever(entity);
      }
    },
    /** A source article as NewsArticle. */
    article(id: string) {
      const article = dossier.article(id)!;
      const { data } = article;
      const published = data.published.status === 'not-stated' ? undefined : parseDossierDate(data.published.value);
      const start = published && (published.kind === 'date' ? iso(published.point) : iso(published.from));
      return {
        '@type': 'NewsArticle',
        headline: data.title,
        abstract: data.summary,
        inLanguage: data.language,
        ...(data.outlet.status === 'not-stated'
          ? {}
          : { publisher: { '@type': 'Organization', name: data.outlet.value } }),
        ...(start ? { datePublished: start } : {}),
        ...(data.url.status === 'not-stated' ? {} : { sameAs: data.url.value }),
        mentions: dossier.graph.entitiesIn(id).map((m) => thing(m.entity)),
        url: urls.article(id),
      };
    },
    quotation(id: string) {
      const { data } = dossier.quote(id)!;
      return {
        '@type': 'Quotation',
        text: data.text,
        inLanguage: data.language,
        creator: thing(data.speaker),
        ...(data.translation ? { description: `English translation by the dossier: ${data.translation}` } : {}),
        ...(data.about.length ? { about: data.about.map(thing) } : {}),
        citation: source(data.cite),
        url: quoteUrl(dossier, urls, id),
      };
    },
    claim(id: string) {
      const { data } = dossier.claim(id)!;
      return {
        '@type': 'Claim',
        text: data.statement,
        ...(data.claimant ? { author: thing(data.claimant) } : { author: { name: data.claimantNote } }),
        about: data.about.map(thing),
        appearance: data.cite.map(source),
        description: `Status in the sources: ${data.status}.`,
        url: claimUrl(dossier, urls, id),
      };
    },
    event(id: string) {
      const entity = dossier.entity(id);
      if (entity?.kind !== 'events') return {};
      const date = entity.data.date ? parseDossierDate(entity.data.date.edtf) : undefined;
      const start = date && (date.kind === 'date' ? iso(date.point) : iso(date.from));
      const end = date?.kind === 'interval' ? iso(date.to) : undefined;
      return {
        '@type': 'Event',
        name: entity.data.name,
        ...(start ? { startDate: start } : {}),
        ...(end ? { endDate: end } : {}),
        ...(date ? { description: `${formatDossierDate(date)} (${describePrecision(date)}, EDTF ${date.edtf})` } : {}),
        ...(entity.data.location ? { location: thing(entity.data.location.ref) } : {}),
        ...(entity.data.participants.length ? { attendee: entity.data.participants.map((p) => thing(p.ref)) } : {}),
        url: urls.entity('events', id),
      };
    },
  };
}
