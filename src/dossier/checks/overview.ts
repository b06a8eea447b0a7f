import { dossierSchema } from '../../schemas/dossier';
import { didYouMean } from '../../shared/did-you-mean';
import type { DossierInput, EntityRecord } from '../records';
import type { CheckFields } from './references';
import type { Add } from './report';
import type { CheckSummary } from './summaries';

/**
 * The overview (content/dossier/index.mdx) exists; its references and
 * summary check out, its key events are events and its key quotes exist.
 */
export function checkOverview(
  input: DossierInput,
  byId: ReadonlyMap<string, EntityRecord>,
  checkFields: CheckFields,
  checkSummary: CheckSummary,
  add: Add,
): void {
  if (!input.dossier) {
    add(
      'content/dossier/index.mdx',
      '(file)',
      'the dossier overview is missing. Create content/dossier/index.mdx with title, scope, asOf, keyActors and bottomLine (see docs/authoring/README.md).',
    );
    return;
  }
  const { filePath, data } = input.dossier;
  checkFields(filePath, dossierSchema, data);
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
  checkSummary(filePath, 'overview', input.dossier.summary);
}
