import type { EntityRecord } from '../dossier/records';
import type { CitedReference, CitedText } from '../schemas/entity-base';
import { KIND_LABELS } from '../schemas/kinds';
import { assertNever } from '../shared/assert-never';
import { fold } from '../shared/fold';
import { namesByLanguage } from '../identity/names';
import { urls } from '../identity/site';
import type { LoadedDossier } from '../dossier/load';
import type { TimedFact } from '../dossier/time-scope';
import { factTimeView } from './fact-time';

/**
 * A profile's facts, written once: its other names, then each kind's own
 * facts (a person's roles, an organisation's type and country, a place's
 * type and the place it lies in, an event's date, place and participants).
 * The fact box of the profile, of the one-page brief and of the book shows
 * them (`FactBox.astro`), and an edition keeps them (`src/editions/snapshot.ts`,
 * which adds the profile's declared relations), so they cannot disagree about
 * what a fact is.
 */

/** One fact, as the fact box shows it and an edition keeps it. */
export interface FactRow {
  /**
   * Which fact it is (`alias:<name>`, `role:<title>`, `type`, `country`,
   * `within`, `date`, `location`, `participant`, names folded): two editions'
   * facts with the same key and `ref` are the same fact.
   */
  key: string;
  /** What it is, in a word or two: "Role", "Country", "Participant". */
  label: string;
  /** The fact as text ("President of Colombia", "news outlet", an alias); empty for a bare reference or a date. */
  value: string;
  /** The entity it points at (a country, a place, a participant, the body a role is held in), by id. */
  ref?: string;
  /** An event's date, in EDTF. */
  date?: string;
  /** Where the sources say so (none for an alias: where the articles use a name is a matter of their mentions). */
  cite: readonly string[];
  /** Set when the dossier infers the fact rather than the sources stating it: why. */
  inferred?: string;
  /**
   * Set when the fact no longer stands (a superseded role): why, and where the sources say so (the fact's own
   * citations when they do not). The fact box shows it apart, struck through; an edition keeps it like any fact.
   */
  superseded?: { reason: string; cite: readonly string[] };
  /** A role's standing as of the dossier's date, when the fact box is asked for it ({@link factBox}). */
  standing?: FactStanding;
}

/** A role's standing as a profile says it: "current as of 9 January 2026, last supported by BBC interview ¶1". */
export interface FactStanding {
  /** current, ended, unknown or superseded. */
  status: string;
  /** "current as of 9 January 2026", "ended 3 January 2026", "status unknown". */
  words: string;
  /** The paragraph it was last supported by, named and linked; none when no citation is to a dated article. */
  last?: { href: string; label: string };
}

/** How a fact's standing is found: from the dossier's date and its articles' dates. */
type Standing = (fact: TimedFact) => FactStanding;

/**
 * One field of the fact box: a heading and its facts. `one` holds at most one
 * fact, `list` any number, `names` the profile's other names (shown joined,
 * and only when there are some). A `one` or `list` field without rows is a
 * fact the sources do not state, and the box says so.
 */
export interface FactField {
  /** The field's heading: "Also called", "Roles", "Where". */
  heading: string;
  shape: 'names' | 'one' | 'list';
  rows: FactRow[];
}

/** A profile's names in one other language ("Casa Blanca"), a country's from its ISO code included. */
export interface NamesInLanguage {
  /** The BCP 47 tag: "es". */
  lang: string;
  /** The language's English name: "Spanish". */
  label: string;
  names: string[];
}

/** What a profile's fact box shows: the kind, the fields, then the names in other languages. */
export interface FactBoxView {
  /** The kind, in the singular: "Person". */
  kind: string;
  fields: FactField[];
  otherNames: NamesInLanguage[];
}

const languageName = new Intl.DisplayNames(['en'], { type: 'language' });

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** A fact that names another entity. */
function reference(key: string, label: string, fact: CitedReference): FactRow {
  return { key, label, value: '', ref: fact.ref, cite: fact.cite, ...optional('inferred', fact.inferred) };
}

/** A fact stated as a short text. */
function text(key: string, label: string, fact: CitedText): FactRow {
  return { key, label, value: fact.value, cite: fact.cite, ...optional('inferred', fact.inferred) };
}

/** A field of at most one fact; `fact` is undefined when the sources do not state it. */
function one(heading: string, fact: FactRow | undefined): FactField {
  return { heading, shape: 'one', rows: fact ? [fact] : [] };
}

/** A field of any number of facts. */
function list(heading: string, rows: FactRow[]): FactField {
  return { heading, shape: 'list', rows };
}

/** Each kind's own fields, in the order the fact box shows them. */
function kindFields(entity: EntityRecord, standing: Standing | undefined): FactField[] {
  switch (entity.kind) {
    case 'people':
      return [
        list(
          'Roles',
          entity.data.roles.map((role) => ({
            key: `role:${fold(role.title)}`,
            label: 'Role',
            value: role.title,
            ...optional('ref', role.of),
            cite: role.cite,
            ...optional('inferred', role.inferred),
            ...optional(
              'superseded',
              role.superseded && { reason: role.superseded.reason, cite: role.superseded.cite ?? role.cite },
            ),
            ...optional('standing', role.superseded ? undefined : standing?.(role)),
          })),
        ),
      ];
    case 'organizations': {
      const { type, country } = entity.data;
      return [
        one('Type', text('type', 'Type', type)),
        one('Country', country && reference('country', 'Country', country)),
      ];
    }
    case 'places': {
      const { type, within } = entity.data;
      return [one('Type', text('type', 'Type', type)), one('Within', within && reference('within', 'Within', within))];
    }
    case 'events': {
      const { date, location, participants } = entity.data;
      return [
        one(
          'Date',
          date && {
            key: 'date',
            label: 'Date',
            value: '',
            date: date.edtf,
            cite: date.cite,
            ...optional('inferred', date.inferred),
          },
        ),
        one('Where', location && reference('location', 'Where', location)),
        list(
          'Participants',
          participants.map((participant) => reference('participant', 'Participant', participant)),
        ),
      ];
    }
    case 'topics':
      return [];
    default:
      return assertNever(entity);
  }
}

/**
 * Every fact of `entity`'s profile, field by field: its other names (a field
 * only when it has some), then its kind's own fields. Each call builds new
 * rows from the profile's data; it is cheap, and holds nothing across pages.
 */
export function profileFacts(entity: EntityRecord, standing?: Standing): FactField[] {
  const { aliases } = entity.data;
  const names: FactField[] =
    aliases.length > 0
      ? [
          {
            heading: 'Also called',
            shape: 'names',
            rows: aliases.map((alias) => ({
              key: `alias:${fold(alias)}`,
              label: 'Also called',
              value: alias,
              cite: [],
            })),
          },
        ]
      : [];
  return [...names, ...kindFields(entity, standing)];
}

/** A fact's standing as of `dossier`'s date (see {@link factTimeView}), as the fact box links it. */
function standingIn(dossier: Pick<LoadedDossier, 'article' | 'dossier'>): Standing {
  return (fact) => {
    const time = factTimeView(dossier, fact);
    return {
      status: time.status,
      words: time.words,
      ...optional('last', time.last && { href: urls.citation(time.last.cite), label: time.last.label }),
    };
  };
}

/**
 * The fact box of `entity`'s profile: its kind, then {@link profileFacts}; given the dossier, each role with its
 * standing as of the dossier's date.
 */
export function factBox(entity: EntityRecord, dossier?: Pick<LoadedDossier, 'article' | 'dossier'>): FactBoxView {
  const otherNames = Object.entries(namesByLanguage(entity.data)).map(([lang, names]) => ({
    lang,
    label: languageName.of(lang) ?? lang,
    names,
  }));
  return {
    kind: KIND_LABELS[entity.kind].singular,
    fields: profileFacts(entity, dossier && standingIn(dossier)),
    otherNames,
  };
}
