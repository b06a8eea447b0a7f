import type { DossierInput } from '../records';
import { asOfDay, factTime } from '../time-scope';
import type { Add } from './report';

/** A role's or relation's written status agrees with its dates and its citations as of the dossier's date. */
export function checkTimeScope(input: DossierInput, add: Add): void {
  if (!input.dossier) return;
  const asOf = asOfDay(input.dossier.data.asOf.edtf);
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const article = (id: string) => articles.get(id);
  for (const entity of input.entities) {
    const facts: Array<[string, Parameters<typeof factTime>[0]]> = entity.data.relations.map((r, i) => [
      `relations[${i}]`,
      r,
    ]);
    if (entity.kind === 'people') entity.data.roles.forEach((r, i) => facts.push([`roles[${i}]`, r]));
    for (const [field, fact] of facts) {
      const { problem } = factTime(fact, asOf, article);
      if (problem) add(entity.filePath, `${field}.status`, problem);
    }
  }
}
