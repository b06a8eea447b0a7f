import { CITATION_PATTERN, parseCitation } from '../schemas/citation';
import { didYouMean } from './did-you-mean';
import { fold } from './fold';
import { quoteAppearsIn } from './quotes';
import type { ArticleRecord, DossierInput, EntityRecord } from './model';

/** One thing wrong with the content, addressed to its author. */
export interface Problem {
  /** The file, relative to the project root. */
  file: string;
  /** The line in that file, when it can be found. */
  line?: number | undefined;
  /** The frontmatter field (e.g. `relations[2].to`) or `summary`. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Finds the 1-based line of a file on which `needle` first appears. */
export type LineLocator = (file: string, needle: string) => number | undefined;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Fields that name one entity by id, wherever they appear in frontmatter or YAML. */
const REFERENCE_KEYS = new Set(['to', 'ref', 'of', 'speaker', 'claimant', 'where', 'event']);
/** Fields that list entity ids. */
const REFERENCE_LIST_KEYS = new Set(['entities', 'about']);

/** Visits every field of a frontmatter object with its path (`relations[0].to`). */
function walk(value: unknown, path: string, visit: (key: string, value: unknown, path: string) => void) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      visit(key, child, childPath);
      walk(child, childPath, visit);
    }
  }
}

/**
 * Checks what the schemas cannot see one file at a time: ids unique across
 * kinds, aliases claimed once, every reference to an existing entity and every
 * citation to an existing paragraph, every summary sentence cited. Returns all
 * problems at once so an author fixes them in one pass.
 */
export function validateDossier(input: DossierInput, locate: LineLocator = () => undefined): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string, needle?: string) =>
    problems.push({ file, field, message, line: needle === undefined ? undefined : locate(file, needle) });

  // Ids: well-formed, unique across the five entity kinds.
  const byId = new Map<string, EntityRecord>();
  for (const entity of input.entities) {
    if (!ID.test(entity.id)) {
      add(
        entity.filePath,
        '(file name)',
        `"${entity.id}" is not a valid id. Rename the file in lower-case kebab-case, e.g. gustavo-petro.mdx.`,
      );
    }
    const first = byId.get(entity.id);
    if (first) {
      add(
        entity.filePath,
        '(file name)',
        `duplicate id "${entity.id}": ${first.filePath} has the same id. Ids must be unique across people, organizations, places, events and topics; rename one of the files.`,
      );
    } else byId.set(entity.id, entity);
  }

  // Aliases: each name or alias (ignoring case and accents) belongs to one entity.
  const claimed = new Map<string, { entity: EntityRecord; written: string }>();
  for (const entity of input.entities) {
    const names = [entity.data.name, ...entity.data.aliases];
    for (const written of new Set(names)) {
      const key = fold(written)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      const owner = claimed.get(key);
      if (owner && owner.entity.id !== entity.id) {
        add(
          entity.filePath,
          written === entity.data.name ? 'name' : 'aliases',
          `"${written}" is already a name or alias of "${owner.entity.id}" (${owner.entity.filePath}, as "${owner.written}"). A name must point at one entity: remove it from one of the two profiles.`,
          written,
        );
      } else if (!owner) claimed.set(key, { entity, written });
    }
  }

  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const checkCitation = (file: string, field: string, value: string) => {
    if (!CITATION_PATTERN.test(value)) {
      add(
        file,
        field,
        `"${value}" is not a citation. Write <article-id>#p-<paragraph>, e.g. petro-warns-real-threat#p-7.`,
        value,
      );
      return;
    }
    const { article, paragraph } = parseCitation(value);
    const target = articles.get(article);
    if (!target) {
      add(
        file,
        field,
        `cites "${value}", but there is no article "${article}".${didYouMean(article, articles.keys())}`,
        value,
      );
    } else if (paragraph > target.paragraphs.length) {
      add(
        file,
        field,
        `cites "${value}", but article "${article}" has ${target.paragraphs.length} paragraphs (p-1 to p-${target.paragraphs.length}). Check the paragraph number on the article page.`,
        value,
      );
    }
  };
  const checkFields = (file: string, data: unknown, self?: string) =>
    walk(data, '', (key, value, path) => {
      if (key === 'cite') {
        const list = Array.isArray(value) ? value : [value];
        list.forEach((c, i) => checkCitation(file, Array.isArray(value) ? `${path}[${i}]` : path, String(c)));
      } else if (REFERENCE_LIST_KEYS.has(key) && Array.isArray(value)) {
        value.forEach((id, i) => {
          if (!byId.has(String(id))) {
            add(
              file,
              `${path}[${i}]`,
              `lists "${id}", but there is no entity with that id.${didYouMean(String(id), byId.keys())} Ids are the profile file names under content/.`,
              String(id),
            );
          }
        });
      } else if (REFERENCE_KEYS.has(key) && typeof value === 'string') {
        if (!byId.has(value)) {
          add(
            file,
            path,
            `refers to "${value}", but there is no entity with that id.${didYouMean(value, byId.keys())} Ids are the profile file names under content/.`,
            value,
          );
        } else if (value === self) {
          add(file, path, `"${value}" refers to itself. Point the relation at another entity.`, value);
        }
      }
    });

  for (const entity of input.entities) {
    checkFields(entity.filePath, entity.data, entity.id);
    entity.summary.citations.forEach((c, i) => checkCitation(entity.filePath, `summary (citation ${i + 1})`, c.to));
    for (const sentence of entity.summary.uncited) {
      add(
        entity.filePath,
        'summary',
        `this sentence cites no source: "${sentence}". End it with <Cite to="<article-id>#p-<n>" /> or remove it.`,
        sentence.slice(0, 40),
      );
    }
  }
  for (const article of input.articles) checkFields(article.filePath, article.data);
  if (!input.dossier) {
    add(
      'content/dossier/index.mdx',
      '(file)',
      'the dossier overview is missing. Create content/dossier/index.mdx with title, scope, asOf, keyActors and bottomLine (see README).',
    );
  } else {
    checkFields(input.dossier.filePath, input.dossier.data);
    const { filePath, data } = input.dossier;
    data.keyEvents.forEach(({ ref }, i) => {
      const target = byId.get(ref);
      if (target && target.kind !== 'events') {
        add(
          filePath,
          `keyEvents[${i}].ref`,
          `"${ref}" is a profile of kind ${target.kind}, not an event. List events here.`,
          ref,
        );
      }
    });
    const quoteIds = new Set(input.quotes.map((q) => q.id));
    data.keyQuotes.forEach((id, i) => {
      if (!quoteIds.has(id)) {
        add(
          filePath,
          `keyQuotes[${i}]`,
          `names the quote "${id}", but content/quotes.yaml has no such id.${didYouMean(id, quoteIds)}`,
          id,
        );
      }
    });
    input.dossier.summary.citations.forEach((c, i) =>
      checkCitation(input.dossier!.filePath, `overview (citation ${i + 1})`, c.to),
    );
    for (const sentence of input.dossier.summary.uncited) {
      add(
        input.dossier.filePath,
        'overview',
        `this sentence cites no source: "${sentence}". End it with <Cite to="<article-id>#p-<n>" /> or remove it.`,
        sentence.slice(0, 40),
      );
    }
  }
  checkQuotes(input, articles, checkFields, add);
  checkClaims(input, checkFields, add);
  return problems;
}

type Add = (file: string, field: string, message: string, needle?: string) => void;
type CheckFields = (file: string, data: unknown, self?: string) => void;

/** Every quote is word for word in its paragraph, and translated when not in English. */
function checkQuotes(input: DossierInput, articles: Map<string, ArticleRecord>, checkFields: CheckFields, add: Add) {
  for (const quote of input.quotes) {
    const { filePath, id, data } = quote;
    checkFields(filePath, prefixed(id, data));
    if (data.language !== 'en' && !data.translation) {
      add(filePath, `${id}.translation`, `the quote is in "${data.language}"; add an English translation.`, `${id}:`);
    }
    if (!CITATION_PATTERN.test(data.cite)) continue;
    const { article, paragraph } = parseCitation(data.cite);
    const text = articles.get(article)?.paragraphs[paragraph - 1];
    if (text !== undefined && !quoteAppearsIn(data.text, text)) {
      add(
        filePath,
        `${id}.text`,
        `the quote "${data.text}" is not in ${data.cite}, which reads: "${text}". Copy the words exactly (only curly and straight quotes and spacing may differ), or cite the right paragraph.`,
        `${id}:`,
      );
    }
  }
}

/** Claims name existing claims as support or contradiction, never themselves, and have a claimant. */
function checkClaims(input: DossierInput, checkFields: CheckFields, add: Add) {
  const ids = new Set(input.claims.map((c) => c.id));
  for (const { filePath, id, data } of input.claims) {
    checkFields(filePath, prefixed(id, data));
    if (!data.claimant && !data.claimantNote) {
      add(
        filePath,
        `${id}.claimant`,
        'says nobody makes the claim. Name the claimant (an entity id) or describe them in claimantNote.',
        `${id}:`,
      );
    }
    for (const key of ['supports', 'contradicts'] as const) {
      data[key].forEach((other, i) => {
        if (other === id)
          add(filePath, `${id}.${key}[${i}]`, `the claim ${key} itself. Point it at another claim.`, `${id}:`);
        else if (!ids.has(other)) {
          add(
            filePath,
            `${id}.${key}[${i}]`,
            `names the claim "${other}", but there is no such claim.${didYouMean(other, ids)}`,
            `${id}:`,
          );
        }
      });
    }
  }
}

/** Wraps an entry of a YAML list so that reported field paths start with its id. */
function prefixed(id: string, data: unknown): Record<string, unknown> {
  return { [id]: data };
}

/** The build's error text: one line per problem, file:line first. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${p.message}`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `The dossier content has ${count}:\n${lines.join('\n')}`;
}

/** Thrown by the build when the content has problems; its message is {@link formatProblems}. */
export class DossierContentError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'DossierContentError';
  }
}
