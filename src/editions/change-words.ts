import type { ChangeGroup, ChangeType } from '../schemas/changes';

/** How each group of changes is headed, and counted ("2 new articles"). */
export const CHANGE_GROUP_LABELS: Record<ChangeGroup, { heading: string; one: string; many: string }> = {
  articles: { heading: 'Articles', one: 'article', many: 'articles' },
  entities: { heading: 'Entities', one: 'entity', many: 'entities' },
  facts: { heading: 'Facts', one: 'fact', many: 'facts' },
  summaries: { heading: 'Summary sentences', one: 'summary sentence', many: 'summary sentences' },
  quotes: { heading: 'Quotes', one: 'quote', many: 'quotes' },
  claims: { heading: 'Claims', one: 'claim', many: 'claims' },
  briefing: { heading: 'Bottom line', one: 'bottom-line sentence', many: 'bottom-line sentences' },
  judgments: { heading: 'Judgments and what to watch', one: 'judgment or indicator', many: 'judgments and indicators' },
  grades: { heading: 'Grades', one: 'grade', many: 'grades' },
};

/** A change's kind in the words of a summary line ("2 added, 1 status changed") and of the feeds. */
export const TYPE_WORDS: Record<ChangeType, string> = {
  added: 'added',
  removed: 'removed',
  renamed: 'renamed',
  changed: 'changed',
  status: 'status changed',
  linked: 'new links',
  unlinked: 'links removed',
  cited: 'sources changed',
  moved: 'moved on the yardstick',
};

/** How each kind of change is announced at the head of its line on the changes page (in words, not only colour). */
export const TYPE_LABELS: Record<ChangeType, string> = {
  added: 'Added',
  removed: 'Removed',
  renamed: 'Renamed',
  changed: 'Changed',
  status: 'Status changed',
  linked: 'New link',
  unlinked: 'Link removed',
  cited: 'Sources changed',
  moved: 'Moved',
};
