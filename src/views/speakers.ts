import type { LoadedDossier } from '../dossier/load';
import { once } from '../shared/once';
import { byName } from '../shared/order';

/** Someone quoted, with their name and how many quotes are theirs. */
export interface Speaker {
  id: string;
  name: string;
  count: number;
}

/** Everyone quoted, most quoted first (then by name): once per build. */
export const speakersOf = once((dossier: LoadedDossier): Speaker[] =>
  [...new Set(dossier.quotes.map((q) => q.data.speaker))]
    .map((id) => ({ id, name: dossier.entity(id)?.data.name ?? id, count: dossier.graph.quotesBy(id).length }))
    .sort((a, b) => b.count - a.count || byName(a.name, b.name)),
);
