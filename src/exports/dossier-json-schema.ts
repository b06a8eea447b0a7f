import { z } from 'astro/zod';
import type { Sourced } from '../schemas/article';
import { CLAIM_STATUSES } from '../schemas/claim';
import { ENTITY_KINDS, type EntityKind } from '../schemas/kinds';
import { RELATION_TYPE_NAMES } from '../schemas/relation-types';
import { ALERTS, TRENDS } from '../schemas/dossier';
import {
  ACCESS,
  CREDIBILITY_GRADES,
  RELIABILITY_GRADES,
  SOURCE_KINDS,
  type Access,
  type SourceKind,
} from '../schemas/grading';
import { DIRECTIONS } from '../schemas/indicator';
import { CONFIDENCES, LIKELIHOOD_IDS } from '../schemas/likelihood';
import { FACT_STATUSES } from '../schemas/time-scope';
import { CHANGE_GROUPS, CHANGE_TYPES, type ChangeGroup } from '../schemas/changes';
import { ID_PATTERN } from '../shared/id-pattern';

/**
 * The shape of dossier.json, described once: the builder's types are inferred
 * from these schemas (`dossier-json.ts`), and the JSON Schema the site
 * publishes as dossier.schema.json is generated from them (`dossierJsonSchema`).
 * Each description is the documentation a reader of the file gets; the
 * schemas with an `id` become the JSON Schema's `$defs`.
 */

/**
 * The version of the dossier.json shape; raised when a field changes meaning
 * or goes away (adding a field keeps it). dossier.schema.json describes it.
 */
export const DOSSIER_JSON_VERSION = 1;

/** The JSON Schema's title. */
const TITLE = 'Briefing dossier';

/** An entity id: a profile's file name. */
const id = z
  .string()
  .regex(ID_PATTERN)
  .meta({ id: 'id', description: "An entity id: the profile's file name, lower-case words joined by hyphens." });

/** An address on the site. */
const url = z.string().min(1).meta({
  id: 'url',
  format: 'uri-reference',
  description:
    "An address on the site: absolute when the site's address (DOSSIER_SITE) was set at build time, otherwise a path from the domain's root.",
});

/** The dossier's reasoning, where it infers what the sources imply. */
const inferred = z.string().min(1).meta({
  id: 'inferred',
  description: "Present when this is the dossier's inference rather than the sources' words: why we think so.",
});

/** A paragraph's anchor on its article page, p-<n>. */
const anchor = z.string().regex(/^p-[1-9][0-9]*$/);

/** A BCP 47 language tag. */
const language = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/);

/** A paragraph's number, from 1. */
const paragraphNumber = z.int().min(1);

/** A non-empty string. */
const text = z.string().min(1);

/** One paragraph of one source article that supports a statement. */
export const citationJsonSchema = z
  .strictObject({
    article: id.describe("The article's id (in `articles`)."),
    paragraph: paragraphNumber.describe("The paragraph's number, from 1 (the article's `paragraphs[].n`)."),
    anchor: anchor.describe("The paragraph's anchor on the article page: p-<paragraph>."),
    url: url.describe('The paragraph on the article page (…/articles/<id>/#p-<n>).'),
  })
  .meta({ id: 'citation', description: 'One paragraph of one source article that supports a statement.' });

/** Citations, without duplicates, by article then paragraph. */
const citations = z
  .array(citationJsonSchema)
  .meta({ id: 'citations', description: 'Citations, without duplicates, by article then paragraph.' });

/** An ISO 8601 prefix at a date's precision, or null for an open or unknown end. */
const isoEnd = z
  .string()
  .regex(/^-?[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$/)
  .nullable();

/** A date as EDTF, with what it means. */
export const dateJsonSchema = z
  .strictObject({
    edtf: text.describe(
      'The date in EDTF, as the dossier records it: 2026-01-07, 2026-01, 2026-01-07?, ../2026-01-07, 2026-01-08/.. …',
    ),
    text: text.describe(
      'The date in words, as the site shows it: "7 January 2026 (uncertain)", "on or after 8 January 2026".',
    ),
    precision: z
      .enum(['day', 'month', 'year', 'interval'])
      .describe('How exact the date is: a day, a month, a year, or an interval (see start and end).'),
    uncertain: z.boolean().describe('True when the date (or an end of the interval) is marked uncertain (?).'),
    approximate: z.boolean().describe('True when the date (or an end of the interval) is marked approximate (~).'),
    start: isoEnd.describe(
      'The earliest end as an ISO 8601 prefix at its precision (2026-01-07, 2026-01, 2026); null when the interval is open or unknown at the start. Equal to end for a single date.',
    ),
    end: isoEnd.describe(
      'The latest end as an ISO 8601 prefix at its precision; null when the interval is open or unknown at the end. Equal to start for a single date.',
    ),
    sortKey: z
      .string()
      .describe(
        'The string the site sorts by: the earliest moment the date can mean (an interval open at the start sorts by its end).',
      ),
  })
  .meta({ id: 'date', description: 'A date as EDTF (ISO 8601-2), with what it means.' });

const SOURCED_STATUSES = ['stated', 'inferred', 'not-stated'] as const satisfies ReadonlyArray<Sourced['status']>;

/** A fact about an article: stated, inferred or not stated. */
const sourced = z
  .strictObject({
    status: z
      .enum(SOURCED_STATUSES)
      .describe(
        "stated: the source says so; inferred: the dossier's inference, see basis; not-stated: the source does not say.",
      ),
    value: text.optional().describe('The value, unless not stated.'),
    basis: text.optional().describe('Why the dossier infers the value (only when inferred).'),
    note: text
      .optional()
      .describe('What the text does say about it (only when not stated, and only if there is something to say).'),
    date: dateJsonSchema.optional().describe('The value read as a date (only on `published`, when it has a value).'),
    citations: citations.describe(
      'The paragraphs the value rests on; empty when not stated or when nothing in the text shows it.',
    ),
  })
  .meta({
    id: 'sourced',
    description:
      'A fact about an article that its text states, that the dossier inferred, or that the text does not state: the dossier never guesses silently.',
  });

/** A source's reliability on the Admiralty code. */
const reliability = z
  .strictObject({
    grade: z
      .enum(RELIABILITY_GRADES)
      .describe('A completely reliable … E unreliable; F: reliability cannot be judged.'),
    label: text.describe('The grade in words, e.g. "usually reliable".'),
    basis: text.describe('Why this grade.'),
  })
  .meta({ id: 'reliability', description: "A source's reliability, A–F on the NATO Admiralty code, and why." });

/** How an article came to the dossier: its source descriptor and its preservation record. */
const sourceDescriptor = z
  .strictObject({
    kind: z
      .enum(Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]])
      .describe(
        "interview (the outlet's own), report-of-interview (one given to another outlet), statement, report, wire, or unknown.",
      ),
    access: z
      .enum(Object.keys(ACCESS) as [Access, ...Access[]])
      .describe('first-hand, second-hand, or unknown: how close the source is to what it reports.'),
    independenceGroup: id.describe(
      'Its line of reporting. Articles in one group are not independent of each other; a claim is confirmed only across two or more groups.',
    ),
    outlet: id.optional().describe('The organisation that published it (in `entities`), when it has a profile.'),
    limits: text.optional().describe('What limits the source, in one line.'),
    reliability: reliability
      .extend({
        graded: z
          .boolean()
          .describe(
            "True when the outlet's profile carries the grade; false when F stands because the outlet is unnamed or ungraded.",
          ),
      })
      .describe("The reliability of the article's source: its outlet's grade, or F."),
  })
  .meta({
    id: 'sourceDescriptor',
    description: "An article's source descriptor (ICD 206): kind, access, line of reporting, reliability.",
  });

/** The text as it was received. */
const received = z
  .strictObject({
    retrieved: dateJsonSchema.describe('The day the text was received (an interval when only bounded).'),
    basis: text.optional().describe('How the day is known, when it is not the day ingest ran.'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('The SHA-256 of the received text, as `sha256sum` prints it.'),
    url: url.describe('The received text, byte for byte (…/articles/<id>/source.txt): its sha256sum is `sha256`.'),
  })
  .meta({
    id: 'received',
    description:
      'The preservation record of an article (Berkeley Protocol): when its text was received and the hash of that text. The build checks the paragraphs still match it.',
  });

/** When a role or relation held, and whether it still does. */
const timeFields = {
  valid: dateJsonSchema
    .optional()
    .describe('When it held, as the profile says (an EDTF interval); absent when the sources do not say.'),
  status: z
    .enum([...FACT_STATUSES, 'superseded'])
    .describe(
      "As of the dossier's date: current (supported by a citation within 31 days of it), ended (its validity ended before it), unknown, or superseded (it no longer stands: see superseded). Written by the author or computed by these rules.",
    ),
  lastSupported: z
    .strictObject({
      citation: citationJsonSchema.describe('The citation of the newest article that states it.'),
      date: text.describe('The first day that article can have been published (YYYY-MM-DD).'),
    })
    .optional()
    .describe('Where and when it was last supported; absent when no citation is to a dated article.'),
  superseded: z
    .strictObject({
      reason: text.describe('Why it no longer stands.'),
      citations: citations.describe('Where the sources say so, if they do.'),
    })
    .optional()
    .describe('Present when it no longer stands: it is kept, marked, and left out of current views.'),
};

/** A paragraph citation or a claim a judgment rests on. */
const evidence = z
  .strictObject({
    claim: text.optional().describe("A claim's id (in `claims`), when the evidence is a claim."),
    citations: citations.describe('The paragraphs: the cited one, or those of the claim.'),
  })
  .describe('One piece of evidence: a claim with its citations, or a paragraph cited directly.');

/** A key judgment. */
const judgment = z
  .strictObject({
    id: id.describe("The judgment's id."),
    url: url.describe('The judgment on the assessment page.'),
    text: text.describe('The judgment, with its likelihood term in it.'),
    likelihood: z.enum(LIKELIHOOD_IDS).describe('Its likelihood on the ICD 203 yardstick.'),
    term: text.describe('The likelihood term as written: "very likely".'),
    range: z
      .tuple([z.int(), z.int()])
      .describe('The likelihood range in per cent, as ICD 203 gives it: [80, 95] for very likely.'),
    confidence: z.enum(CONFIDENCES).describe('How sure the dossier is, from the evidence and the reasoning.'),
    confidenceBasis: text.describe('Why that confidence, in one line.'),
    basis: z.array(evidence).describe('What the judgment rests on, in the order the dossier gives it.'),
    against: z.array(evidence).describe('Evidence that points the other way.'),
    about: z.array(id).describe('The entities it concerns.'),
    assumptions: z
      .array(
        z.strictObject({
          text: text.describe('The assumption.'),
          ifWrong: text.describe('What follows if it is wrong.'),
        }),
      )
      .describe('Its linchpin assumptions.'),
    support: z
      .strictObject({
        articles: z.int().min(0).describe('Articles its basis cites.'),
        outlets: z
          .int()
          .min(0)
          .describe('Outlets among them (an article without a profiled outlet counts as its own).'),
        lines: z.int().min(0).describe('Independence groups (lines of reporting) among them.'),
        claimants: z
          .int()
          .min(0)
          .describe('Claimants among its claims (a paragraph cited directly counts as its article).'),
      })
      .describe('What its basis spans, counted.'),
    change: z
      .strictObject({
        reason: text.describe('Why it moved.'),
        citations: citations.describe('What the reason rests on.'),
      })
      .optional()
      .describe('Why its likelihood or confidence moved since the latest edition, when it did.'),
  })
  .meta({
    id: 'judgment',
    description: "A key judgment (ICD 203): the dossier's judgment, not a fact from the sources.",
  });

/** An indicator. */
const indicator = z
  .strictObject({
    id: id.describe("The indicator's id."),
    url: url.describe('The indicator on the assessment page.'),
    observable: text.describe('What a reader could see happen.'),
    checkBy: dateJsonSchema.describe('The date by which it should be seen.'),
    status: z
      .enum(['not-seen', 'seen', 'lapsed'])
      .describe(
        "not-seen; seen (see citations); lapsed: not seen and the check-by date is before the dossier's as-of date.",
      ),
    citations: citations.describe('Where it was seen; empty unless seen.'),
    moves: z
      .array(
        z.strictObject({
          judgment: id.describe('A judgment id (in `judgments`).'),
          direction: z
            .enum(DIRECTIONS)
            .describe("up: seeing it moves the judgment's likelihood up the yardstick; down: down."),
        }),
      )
      .describe('The judgments it moves, and which way.'),
  })
  .meta({ id: 'indicator', description: 'Something to watch for, the judgments it moves, and by when.' });

/** An information gap. */
const unknown = z
  .strictObject({
    id: id.describe("The gap's id."),
    url: url.describe('The gap on the assessment page.'),
    question: text.describe('The question the sources leave open.'),
    whyItMatters: text.describe('Why the answer matters.'),
    judgments: z.array(id).describe('The judgments it bears on.'),
    wouldClose: text.optional().describe('What would answer it.'),
  })
  .meta({ id: 'unknown', description: 'An information gap: a question the sources leave open.' });

/** A cited line of the overall assessment. */
const citedAssessment = <K extends string, V extends readonly [string, ...string[]]>(key: K, values: V, what: string) =>
  z
    .strictObject({
      [key]: z.enum(values).describe(what),
      rationale: text.describe('Why, in one or two sentences.'),
      citations: citations.describe('What the rationale rests on.'),
    } as { [P in K]: z.ZodEnum<{ [X in V[number]]: X }> } & { rationale: typeof text; citations: typeof citations })
    .describe(what);

/** One paragraph of an article, verbatim. */
const paragraph = z
  .strictObject({
    n: paragraphNumber.describe("The paragraph's number, from 1, in text order."),
    anchor: anchor.describe('Its anchor on the article page: p-<n>.'),
    text: z.string().describe("The paragraph's plain text, exactly as received."),
    url: url.describe('The paragraph on the article page.'),
  })
  .meta({ id: 'paragraph', description: 'One paragraph of an article, verbatim.' });

/** A source article: its metadata and its verbatim text. */
const article = z
  .strictObject({
    id: id.describe("The article's id (its file name)."),
    title: text.describe("Headline written by the dossier's editors (the source texts have none)."),
    label: text.describe('A short name used in citations, e.g. "BBC interview" ("BBC interview ¶7").'),
    url: url.describe("The article's page on the dossier site."),
    language: language.describe('Language of the text, as a BCP 47 tag (en, es …).'),
    summary: text.describe('Two or three sentences on what the article reports, written from its text.'),
    outlet: sourced.describe('Who published the article.'),
    published: sourced.describe('When the article was published: value is EDTF, also read out in `date`.'),
    sourceUrl: sourced.describe('Where the article lives online (its own address).'),
    seed: text.describe('The raw text file the article was made from (content/seeds/ in the repository).'),
    source: sourceDescriptor.describe(
      'What kind of source it is, how close to events, its line of reporting and reliability.',
    ),
    received: received.optional().describe('When its text was received and its hash; absent when not recorded.'),
    paragraphs: z
      .array(paragraph)
      .describe('The text, one entry per paragraph, in order; paragraph n is at index n - 1.'),
  })
  .meta({ id: 'article', description: 'A source article: its metadata and its verbatim text.' });

/** A fact that names another entity, with its sources. */
const citedReference = z
  .strictObject({
    entity: id.describe('The entity the fact points at (in `entities`).'),
    citations: citations.describe('Where the sources say so.'),
    inferred: inferred.optional().describe("Why, when this is the dossier's inference."),
  })
  .meta({ id: 'citedReference', description: 'A fact that names another entity, with its sources.' });

/** A short value with its sources. */
const citedText = z
  .strictObject({
    value: text.describe('The value as the dossier states it.'),
    citations: citations.describe('Where the sources say so.'),
    inferred: inferred.optional().describe("Why, when this is the dossier's inference."),
  })
  .meta({ id: 'citedText', description: 'A short value with its sources.' });

/** One role of a person. */
const role = z
  .strictObject({
    title: text.describe('The role in the sources\' words, e.g. "President of Colombia".'),
    of: id.optional().describe('The entity the role is held in, when it has a profile.'),
    citations: citations.describe('Where the sources say so.'),
    inferred: inferred.optional().describe("Why, when this is the dossier's inference."),
    ...timeFields,
  })
  .describe('One role.');

/** A profile, with the facts of its kind. */
const entity = z
  .strictObject({
    id: id.describe("The entity's id, unique across kinds."),
    kind: z
      .enum(ENTITY_KINDS as readonly EntityKind[] as [EntityKind, ...EntityKind[]])
      .describe('Which kind of profile this is.'),
    name: text.describe('Display name, with its accents.'),
    aliases: z
      .array(text.describe('One alias.'))
      .describe('Other names the sources use: surnames, acronyms, spellings.'),
    names: z
      .record(
        z
          .string()
          .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
          .describe('A language tag (BCP 47): es, pt.'),
        z.array(text.describe('One name.')).describe('The names in that language.'),
      )
      .optional()
      .describe(
        "Names readers meet in other languages, by language tag (es, pt), a country's from its ISO code included; absent when there are none.",
      ),
    url: url.describe('The profile page.'),
    lede: text
      .optional()
      .describe(
        "The first sentence of the profile's written summary, as plain text; absent when the profile has no summary.",
      ),
    summaryCitations: citations.describe("The paragraphs the profile's written summary cites."),
    summary: z
      .array(
        z
          .strictObject({
            text: text.describe('The sentence as plain text.'),
            citations: citations.describe('The paragraphs this sentence cites.'),
          })
          .describe('One sentence of the summary.'),
      )
      .describe("The profile's written summary, sentence by sentence, each with its own citations."),
    roles: z
      .array(role)
      .optional()
      .describe('People only: roles and offices, each cited; empty when the sources give none.'),
    type: citedText
      .optional()
      .describe('Organisations and places only: what kind of organisation or place it is, e.g. "news outlet", "city".'),
    country: citedReference
      .optional()
      .describe('Organisations only: the country it belongs to (a place); absent when the sources do not say.'),
    within: citedReference
      .optional()
      .describe('Places only: the larger place it lies in; absent when the sources do not say.'),
    reliability: reliability
      .optional()
      .describe('Organisations only: as a source, how reliable it is; absent when the dossier does not grade it.'),
  })
  .meta({
    id: 'entity',
    description:
      'A profile. Kind-specific facts: people have `roles`; organisations `type` and optional `country`; places `type` and optional `within`; events have their date, location and participants in `events`; topics have no facts.',
  });

/**
 * JSON Schema conditionals zod has no object form for: which fields go with a
 * sourced fact's status, and which facts go with an entity's kind (a new kind
 * joins those that have none of them). Added to the schema's own definition
 * only, not to the places that refer to it with a description of their own.
 */
const CONDITIONALS = new Map<unknown, Array<Record<string, unknown>>>([
  [
    sourced,
    [
      {
        if: { properties: { status: { const: 'not-stated' } } },
        then: { not: { anyOf: [{ required: ['value'] }, { required: ['basis'] }] } },
        else: { required: ['value'], not: { required: ['note'] } },
      },
      {
        if: { properties: { status: { const: 'inferred' } } },
        then: { required: ['basis'] },
        else: { not: { required: ['basis'] } },
      },
    ],
  ],
  [
    entity,
    [
      {
        if: { properties: { kind: { const: 'people' } } },
        then: { required: ['roles'] },
        else: { not: { required: ['roles'] } },
      },
      {
        if: { properties: { kind: { enum: ['organizations', 'places'] } } },
        then: { required: ['type'] },
        else: { not: { required: ['type'] } },
      },
      {
        if: { properties: { kind: { const: 'organizations' } } },
        else: { not: { required: ['country'] } },
      },
      {
        if: { properties: { kind: { const: 'places' } } },
        else: { not: { required: ['within'] } },
      },
    ],
  ],
]);

/** A typed relation from one entity to another. */
const relation = z
  .strictObject({
    from: id.describe('The entity the relation reads from.'),
    type: z.enum(RELATION_TYPE_NAMES).describe('The relation type (src/schemas/relation-types.ts in the repository).'),
    label: text.describe('The wording from `from`\'s end: "<from> <label> <to>", e.g. "president of".'),
    inverseLabel: text.describe('The wording from `to`\'s end: "<to> <inverseLabel> <from>", e.g. "has president".'),
    symmetric: z.boolean().describe('True when the relation reads the same both ways (spoke with, met with …).'),
    to: id.describe('The entity the relation points at.'),
    derived: z
      .boolean()
      .describe(
        "True for relations derived from an event's fields (participant-in from its participants, took-place-in from its location) rather than declared in `relations`.",
      ),
    citations: citations.describe('Where the sources say so.'),
    inferred: inferred.optional().describe("Why, when this is the dossier's inference."),
    ...timeFields,
  })
  .meta({ id: 'relation', description: 'A typed relation from one entity to another, with its sources.' });

/** A sentence that names an entity. */
const mention = z
  .strictObject({
    entity: id.describe('The entity named.'),
    citation: citationJsonSchema.describe('The paragraph the sentence stands in.'),
    names: z
      .array(text.describe('One name as written.'))
      .min(1)
      .describe('The words used for the entity in that sentence, as written, in code-point order.'),
    sentence: text.describe('The whole sentence.'),
  })
  .meta({
    id: 'mention',
    description: "A sentence of an article that names an entity, found by the site's mention matcher.",
  });

/** An event: when, where, who. */
const event = z
  .strictObject({
    id: id.describe("The event's entity id."),
    name: text.describe("The event's name."),
    url: url.describe("The event's profile page."),
    date: z
      .strictObject({
        date: dateJsonSchema.describe('The date.'),
        citations: citations.describe('Where the sources date it.'),
        inferred: inferred.optional().describe('How a relative date ("Wednesday evening") was resolved, when it was.'),
      })
      .optional()
      .describe('When it happened; absent when the sources do not date it.'),
    location: citedReference.optional().describe('Where it happened (a place); absent when the sources do not say.'),
    participants: z.array(citedReference).describe('Who took part, by entity id, each cited.'),
  })
  .meta({ id: 'event', description: 'What the dossier knows of an event: when, where, who.' });

/** Words someone said. */
const quote = z
  .strictObject({
    id: text.describe("The quote's id."),
    url: url.describe('The quote on the quotes page.'),
    speaker: id.describe('Who said it (an entity id).'),
    text: text.describe('The words as in the paragraph, without the surrounding quotation marks.'),
    language: language.describe('Language of the words, as a BCP 47 tag.'),
    translation: text
      .optional()
      .describe("An English translation by the dossier's editors, when the words are not in English."),
    citation: citationJsonSchema.describe('The one paragraph the words appear in.'),
    context: z
      .strictObject({
        to: id.optional().describe('Who it was said to (an entity id).'),
        where: id.optional().describe("Where it was said (a place's id)."),
        event: id.optional().describe("The event it was said at or about (an event's id)."),
        note: text.optional().describe('The circumstances in one line.'),
      })
      .describe('To whom, where and at what event it was said, as far as the source says.'),
    about: z.array(id.describe('An entity id.')).describe('Entities the words are about, besides the speaker.'),
  })
  .meta({
    id: 'quote',
    description: 'Words someone said, exactly as a source quotes them (checked against the paragraph at build time).',
  });

/** A claim id. */
const claimId = text.describe('A claim id.');

/** A statement of fact, who makes it, how it stands. */
const claim = z
  .strictObject({
    id: text.describe("The claim's id."),
    url: url.describe('The claim on the claims page.'),
    statement: text.describe('The claim in one sentence, as its claimant puts it.'),
    claimant: id.optional().describe('Who makes the claim (an entity id), when they have a profile.'),
    claimantNote: text
      .optional()
      .describe('The claimant as the source describes them, when they have no profile (e.g. "Federal officials").'),
    about: z.array(id.describe('An entity id.')).min(1).describe('Whom or what the claim is about (entity ids).'),
    status: z
      .enum(CLAIM_STATUSES)
      .describe(
        'reported: the sources report it, no one in them contests it; disputed: someone in the sources contests it; denied: its subject denies it; confirmed: a second, independent party confirms it.',
      ),
    note: text.optional().describe('Why the status is what it is, when that is not obvious from the sources.'),
    citations: citations.describe('The paragraphs that report the claim.'),
    supports: z.array(claimId).describe('Ids of the claims this one supports.'),
    supportedBy: z.array(claimId).describe('Ids of the claims that support this one.'),
    contradicts: z
      .array(claimId)
      .describe(
        'Ids of the claims this one contradicts, or that contradict it (contradiction reads the same both ways).',
      ),
    credibility: z
      .strictObject({
        grade: z
          .union(CREDIBILITY_GRADES.map((g) => z.literal(g)))
          .describe('1 confirmed … 5 improbable; 6: truth cannot be judged.'),
        label: text.describe('The grade in words.'),
        basis: text.describe('Why this grade.'),
      })
      .optional()
      .describe('How credible the claim is on the Admiralty code; absent when the dossier does not grade it.'),
    grade: z
      .string()
      .regex(/^[A-F](?:\/[A-F])*[1-6]$/)
      .optional()
      .describe(
        "The claim's grade as printed: its sources' reliability letters and its credibility, e.g. F3 or B/F2; with credibility.",
      ),
  })
  .meta({ id: 'claim', description: 'A contested or notable statement of fact, who makes it, and how it stands.' });

/** One cited sentence of the bottom line. */
const bottomLine = z
  .strictObject({
    text: text.describe('The sentence.'),
    citations: citations.describe('Where the sources say so.'),
  })
  .describe('One cited sentence.');

/** One key actor and their position. */
const keyActor = z
  .strictObject({
    entity: id.describe("The actor's entity id (in `entities`)."),
    position: text.describe('Their position in the situation, in one line.'),
    citations: citations.describe('Where the sources say so.'),
  })
  .describe('One key actor.');

/** One change between two editions (or since the latest), as the changes page lists it. */
const change = z
  .strictObject({
    group: z
      .enum(CHANGE_GROUPS)
      .describe(
        "What the change is to: an article, an entity (added, removed, renamed), a fact of a profile (a role, type, date, place, participant, alias, relation), a sentence of a profile's summary, a quote, a claim, a sentence of the briefing's bottom line, the assessment (key judgments, indicators, unknowns, trend and alert), or a grade (a claim's credibility, a source's reliability).",
      ),
    type: z
      .enum(CHANGE_TYPES)
      .describe(
        "added, removed, renamed, changed (its wording: see before and after), status (a claim's or an indicator's), linked / unlinked (a claim's supports or contradicts), cited (the same statement with other sources), moved (a key judgment's likelihood or confidence: see before, after and reason).",
      ),
    target: z
      .strictObject({
        kind: z
          .enum(['article', 'entity', 'quote', 'claim', 'briefing', 'judgment', 'indicator', 'unknown', 'assessment'])
          .describe('What kind of thing changed.'),
        id: text.describe('Its id today (entities are followed through renames), or its last id when it is gone.'),
        name: text.describe("How it is named: a profile's name, an article's title, a claim's statement."),
        url: url.optional().describe('Where it lives on the site today; absent when the dossier no longer holds it.'),
      })
      .describe('Where the change lives.'),
    subject: text.describe('What changed, in words: "Role: President of Colombia", a sentence, a quote.'),
    before: text.optional().describe('The old wording, name or status.'),
    after: text.optional().describe('The new wording, name or status.'),
    citations: citations.describe(
      "The paragraphs that carry the change: the new statement's, or the removed one's while its article is still in the dossier.",
    ),
    formerCitations: z
      .array(text)
      .optional()
      .describe('Citations (<article>#p-<n>) of articles the dossier no longer holds.'),
    minor: z.boolean().describe('True for a spelling or wording edit inside a statement that kept its citations.'),
    reason: text
      .optional()
      .describe('Why a key judgment moved, as its author gave it; `citations` are what the reason rests on.'),
  })
  .meta({ id: 'change', description: 'One change, fact by fact, with the paragraphs that carry it.' });

/** Counts of changes by group. */
const groupCount = z
  .strictObject({
    major: z.int().min(0).describe('Changes of substance.'),
    minor: z.int().min(0).describe('Minor edits: spelling, or wording that kept its citations.'),
  })
  .describe("One group's counts.");
const changeCounts = z
  .strictObject(
    Object.fromEntries(CHANGE_GROUPS.map((group) => [group, groupCount])) as Record<ChangeGroup, typeof groupCount>,
  )
  .describe('How many changes of each group, minor edits apart.');

/** An edition: the dossier as it stood on a day. */
const edition = z
  .strictObject({
    id: text.describe("The edition's id (content/editions/<id>.json in the repository)."),
    number: z.int().min(1).describe('Its place in the sequence, from 1.'),
    title: text.describe("The edition's title."),
    asOf: dateJsonSchema.describe('The day its picture is current to.'),
    note: text.optional().describe("The editors' note on it."),
    hash: text.describe('The sha256 of the edition file, as the build checked it.'),
    url: url.describe("The edition's one-page briefing, as it was."),
    changesUrl: url.describe('What it changed, on the changes page.'),
    summary: text.describe('What it changed since the edition before, in one line (for the first: what it holds).'),
    counts: changeCounts.optional().describe('How many changes of each group; absent for the first edition.'),
    changes: z.array(change).describe('What changed since the edition before; empty for the first edition.'),
  })
  .meta({ id: 'edition', description: 'An edition: the dossier frozen on a day, and what it changed.' });

/** The whole dossier as data. */
export const dossierJsonShape = z
  .strictObject({
    $schema: text.describe('Address of this schema (dossier.schema.json next to dossier.json on the site).'),
    version: z
      .literal(DOSSIER_JSON_VERSION)
      .describe(
        "Version of this document's shape. Raised when a property changes meaning or goes away; adding a property keeps it.",
      ),
    title: text.describe("The dossier's title."),
    scope: text.describe('One sentence on what the dossier covers.'),
    url: url.describe("The dossier's home page."),
    asOf: z
      .strictObject({
        date: dateJsonSchema.describe('The as-of date.'),
        basis: text.describe('Why this date: usually the latest date the sources support.'),
      })
      .describe("The date the dossier's picture is current to, and why that date."),
    bottomLine: z
      .array(bottomLine)
      .describe("Bottom line up front: the few sentences a reader should know first, in the dossier's order."),
    keyActors: z
      .array(keyActor)
      .describe("The main actors, in the dossier's order, each with their position in one cited line."),
    keyEvents: z
      .array(id.describe("An event's id."))
      .describe('Ids of the events the one-page briefing shows (in `events`).'),
    keyQuotes: z
      .array(text.describe("A quote's id."))
      .describe('Ids of the quotes the one-page briefing shows (in `quotes`).'),
    articles: z.array(article).describe('The source articles, by id, each with its text paragraph by paragraph.'),
    entities: z
      .array(entity)
      .describe(
        'Every profile: people, organisations, places, events and topics, in that order, each kind by id. Ids are unique across kinds.',
      ),
    relations: z
      .array(relation)
      .describe(
        "Typed, directed, cited relations between entities, by `from`, `type`, `to`. Each is declared on one end in the content (or derived from an event's participants and location) and reads forwards with `label`, backwards with `inverseLabel`.",
      ),
    mentions: z
      .array(mention)
      .describe('Every sentence of the articles that names an entity, by article, paragraph, entity and sentence.'),
    events: z
      .array(event)
      .describe(
        'Event details, in date order (by `date.date.sortKey`, then id), undated events last. Each event is also in `entities`.',
      ),
    quotes: z.array(quote).describe('Words someone said, exactly as a source quotes them, by id.'),
    claims: z
      .array(claim)
      .describe('Contested and notable statements of fact, who makes them and how they stand, by id.'),
    judgments: z.array(judgment).describe("The key judgments, in the dossier's order."),
    indicators: z.array(indicator).describe("What to watch, in the dossier's order."),
    unknowns: z.array(unknown).describe("Information gaps, in the dossier's order."),
    trend: citedAssessment('direction', TRENDS, 'Which way the situation moved: deteriorated, improved or unchanged.')
      .optional()
      .describe('The trend (CrisisWatch), with its cited rationale; absent when the dossier gives none.'),
    alert: citedAssessment('kind', ALERTS, 'What a reader is alerted to: a risk, an opportunity, or none.')
      .optional()
      .describe('The alert (CrisisWatch), with its cited rationale; absent when the dossier gives none.'),
    sourceSummary: z
      .strictObject({
        articles: z.int().min(0).describe('Articles.'),
        namedOutlets: z.int().min(0).describe('Distinct outlets with a profile.'),
        unnamedOutlets: z.int().min(0).describe('Articles that name no outlet with a profile.'),
        lines: z.int().min(0).describe('Independent lines of reporting (independence groups).'),
        firstHand: z.int().min(0).describe('First-hand articles.'),
        secondHand: z.int().min(0).describe('Second-hand articles.'),
        judgments: z.int().min(0).describe('Key judgments.'),
        singleLine: z.int().min(0).describe('Key judgments whose basis is all one line of reporting.'),
        gradedClaims: z.int().min(0).describe('Claims with a credibility grade.'),
        text: text.describe('The summary in words, as the briefing prints it.'),
      })
      .describe(
        "The summary the briefing's Sources section opens with, computed from the articles, grades and judgments.",
      ),
    editions: z.array(edition).describe('The editions recorded so far, oldest first (docs/editions.md).'),
    unrecorded: z
      .strictObject({
        since: text.describe('The id of the latest edition.'),
        summary: text.describe('What changed since, in one line.'),
        counts: changeCounts,
        changes: z.array(change).describe('What changed since.'),
      })
      .optional()
      .describe(
        'What changed since the latest edition, not yet in an edition; absent when nothing did or there is no edition.',
      ),
  })
  .meta({
    title: TITLE,
    description:
      'The whole briefing dossier as data (dossier.json): its source articles paragraph by paragraph, the entities they name with their cited facts, typed relations, mentions, events, quotes and claims. Every statement carries citations that point at one paragraph of one article. Arrays are sorted as each description says, so two builds of the same content are byte-identical. Optional properties are left out, never null, when the sources do not give a value. See docs/data-exports.md.',
  });

export type CitationJson = z.output<typeof citationJsonSchema>;
export type DateJson = z.output<typeof dateJsonSchema>;
export type SourcedJson = z.output<typeof sourced>;
export type ParagraphJson = z.output<typeof paragraph>;
export type ArticleJson = z.output<typeof article>;
export type CitedReferenceJson = z.output<typeof citedReference>;
export type CitedTextJson = z.output<typeof citedText>;
export type RoleJson = z.output<typeof role>;
export type EntityJson = z.output<typeof entity>;
export type RelationJson = z.output<typeof relation>;
export type MentionJson = z.output<typeof mention>;
export type EventJson = z.output<typeof event>;
export type QuoteJson = z.output<typeof quote>;
export type ClaimJson = z.output<typeof claim>;
export type JudgmentJson = z.output<typeof judgment>;
export type IndicatorJson = z.output<typeof indicator>;
export type UnknownJson = z.output<typeof unknown>;
export type SourceDescriptorJson = z.output<typeof sourceDescriptor>;
export type ReceivedJson = z.output<typeof received>;
export type EvidenceJson = z.output<typeof evidence>;
/** The whole dossier as data: the shape dossier.schema.json documents. */
export type DossierJson = z.output<typeof dossierJsonShape>;
/** dossier.json without its editions: what the content alone gives (the CSV tables are cut from it). */
export type DossierContentJson = Omit<DossierJson, 'editions' | 'unrecorded'>;
export type EditionJson = z.output<typeof edition>;
export type ChangeJson = z.output<typeof change>;
/** dossier.json's editions part: what the editions add to the content. */
export type EditionsJson = Pick<DossierJson, 'editions' | 'unrecorded'>;

/** The JSON Schema (draft 2020-12) of dossier.json, generated from the zod schemas above. */
export function dossierJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(dossierJsonShape, {
    target: 'draft-2020-12',
    io: 'output',
    override: ({ zodSchema, jsonSchema }) => {
      const allOf = CONDITIONALS.get(zodSchema);
      if (allOf) jsonSchema.allOf = allOf as NonNullable<typeof jsonSchema.allOf>;
    },
  }) as Record<string, unknown>;
}

/** dossier.schema.json's text: two-space indented JSON and a final newline. */
export function serializeDossierJsonSchema(): string {
  return `${JSON.stringify(dossierJsonSchema(), null, 2)}\n`;
}
