import { CITATION_PATTERN, parseCitation } from '../schemas/citation';
import type { Problem } from '../shared/problems';
import type { LineLocator } from '../content/read/field-lines';
import { didYouMean } from '../shared/did-you-mean';
import { fold } from '../shared/fold';
import { quoteAppearsIn } from '../content/render/quote-match';
import type { ArticleRecord, DossierInput, EntityRecord, SummaryCheck } from './model';
import { ENTITY_KINDS } from '../schemas/kinds';

/** Fields that name one entity by id, wherever they appear in frontmatter or YAML. */
const REFERENCE_KEYS = new Set(['to', 'ref', 'of', 'speaker', 'claimant', 'where', 'event']);
/** Fields that list entity ids. */
const REFERENCE_LIST_KEYS = new Set(['entities', 'about']);

/** The kinds as a sentence names them: "people, organizations, places, events and topics". */
const KIND_LIST = `${ENTITY_KINDS.slice(0, -1).join(', ')} and ${ENTITY_KINDS.at(-1)}`;

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
  const add: Add = (file, field, message, extra = {}) =>
    problems.push({ file, field, message, ...extra, line: extra.line ?? locate(file, field) });

  // Ids: unique across the five entity kinds (the content folders only hold well-formed ones, see content-tree.ts).
  const byId = new Map<string, EntityRecord>();
  for (const entity of input.entities) {
    const first = byId.get(entity.id);
    if (first) {
      add(
        entity.filePath,
        '(file name)',
        `duplicate id "${entity.id}": ${first.filePath} has the same id. Ids must be unique across ${KIND_LIST}; rename one of the files.`,
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
          written === entity.data.name
            ? {}
            : { line: locate(entity.filePath, `aliases[${entity.data.aliases.indexOf(written)}]`) },
        );
      } else if (!owner) claimed.set(key, { entity, written });
    }
  }

  const articles = new Map(input.articles.map((a) => [a.id, a]));
  if (articles.size === 0) {
    add(
      'content/articles/',
      '(folder)',
      'holds no articles, so no citation in the dossier can point at a paragraph. Add the source articles (npm run ingest -- <file>) or restore the folder; the citation problems below all follow from this.',
      { cause: true },
    );
  }
  const checkCitation = (file: string, field: string, value: string, line?: number) => {
    const at = line === undefined ? {} : { line };
    if (!CITATION_PATTERN.test(value)) {
      add(
        file,
        field,
        `"${value}" is not a citation. Write <article-id>#p-<paragraph>, e.g. petro-warns-real-threat#p-7.`,
        at,
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
        {
          ...at,
          group: `no-article:${article}`,
        },
      );
    } else if (paragraph > target.paragraphs.length) {
      add(
        file,
        field,
        `cites "${value}", but article "${article}" has ${target.paragraphs.length} paragraphs (p-1 to p-${target.paragraphs.length}). Check the paragraph number on the article page.`,
        at,
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
              { group: `no-entity:${String(id)}` },
            );
          }
        });
      } else if (REFERENCE_KEYS.has(key) && typeof value === 'string') {
        if (!byId.has(value)) {
          add(
            file,
            path,
            `refers to "${value}", but there is no entity with that id.${didYouMean(value, byId.keys())} Ids are the profile file names under content/.`,
            { group: `no-entity:${value}` },
          );
        } else if (value === self) {
          add(file, path, `"${value}" refers to itself. Point the relation at another entity.`);
        }
      }
    });

  /** The body's citations exist, and every sentence has one. */
  const checkSummaryOf = (file: string, field: 'summary' | 'overview', summary: SummaryCheck) => {
    summary.citations.forEach((c, i) => checkCitation(file, `${field} (citation ${i + 1})`, c.to, c.line));
    for (const { text, line } of summary.uncited) {
      add(
        file,
        field,
        `this sentence cites no source: "${text}". End it with <Cite to="<article-id>#p-<n>" /> or remove it.`,
        line === undefined ? {} : { line },
      );
    }
  };

  for (const entity of input.entities) {
    checkFields(entity.filePath, entity.data, entity.id);
    checkSummaryOf(entity.filePath, 'summary', entity.summary);
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
        );
      }
    });
    checkSummaryOf(input.dossier.filePath, 'overview', input.dossier.summary);
  }
  checkQuotes(input, articles, checkFields, add);
  checkClaims(input, checkFields, add);
  return problems;
}

/** Records a problem; its line is the field's unless `extra.line` says otherwise. */
type Add = (file: string, field: string, message: string, extra?: Pick<Problem, 'line' | 'group' | 'cause'>) => void;
type CheckFields = (file: string, data: unknown, self?: string) => void;

/** Every quote is word for word in its paragraph, and translated when not in English. */
function checkQuotes(input: DossierInput, articles: Map<string, ArticleRecord>, checkFields: CheckFields, add: Add) {
  for (const quote of input.quotes) {
    const { filePath, id, data } = quote;
    checkFields(filePath, prefixed(id, data));
    if (data.language !== 'en' && !data.translation) {
      add(filePath, `${id}.translation`, `the quote is in "${data.language}"; add an English translation.`);
    }
    if (!CITATION_PATTERN.test(data.cite)) continue;
    const { article, paragraph } = parseCitation(data.cite);
    const text = articles.get(article)?.paragraphs[paragraph - 1];
    if (text !== undefined && !quoteAppearsIn(data.text, text)) {
      add(
        filePath,
        `${id}.text`,
        `the quote "${data.text}" is not in ${data.cite}, which reads: "${text}". Copy the words exactly (only curly and straight quotes and spacing may differ), or cite the right paragraph.`,
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
      );
    }
    for (const key of ['supports', 'contradicts'] as const) {
      data[key].forEach((other, i) => {
        if (other === id) add(filePath, `${id}.${key}[${i}]`, `the claim ${key} itself. Point it at another claim.`);
        else if (!ids.has(other)) {
          add(
            filePath,
            `${id}.${key}[${i}]`,
            `names the claim "${other}", but there is no such claim.${didYouMean(other, ids)}`,
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
