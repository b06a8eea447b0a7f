/**
 * The typed relations an entity can declare to another entity. Each type reads
 * forwards on the declaring profile ("Gustavo Petro — president of — Colombia")
 * and backwards on the target ("Colombia — has president — Gustavo Petro").
 * Symmetric types read the same from both ends.
 */
export const RELATION_TYPES = {
  'president-of': { label: 'president of', inverse: 'has president' },
  'acting-leader-of': { label: 'acting leader of', inverse: 'has acting leader' },
  'official-of': { label: 'official of', inverse: 'has official' },
  'works-for': { label: 'works for', inverse: 'employs' },
  'member-of': { label: 'member of', inverse: 'has member' },
  'part-of': { label: 'part of', inverse: 'includes' },
  'located-in': { label: 'located in', inverse: 'location of' },
  'captured-by': { label: 'captured by', inverse: 'captured' },
  'carried-out': { label: 'carried out', inverse: 'carried out by' },
  supported: { label: 'supported', inverse: 'supported by' },
  'target-of': { label: 'target of', inverse: 'targeted' },
  'spoke-with': { label: 'spoke with', inverse: 'spoke with', symmetric: true },
  'met-with': { label: 'met with', inverse: 'met with', symmetric: true },
  'in-contact-with': { label: 'in contact with', inverse: 'in contact with', symmetric: true },
  'intermediary-for': { label: 'intermediary for', inverse: 'had as intermediary' },
  'interviewed-by': { label: 'interviewed by', inverse: 'interviewed' },
  invited: { label: 'invited', inverse: 'invited by' },
  accused: { label: 'accused', inverse: 'accused by' },
  criticised: { label: 'criticised', inverse: 'criticised by' },
  threatened: { label: 'threatened', inverse: 'threatened by' },
  'coordinates-with': { label: 'coordinates with', inverse: 'coordinates with', symmetric: true },
  uses: { label: 'uses', inverse: 'used by' },
  concerns: { label: 'concerns', inverse: 'concerned in' },
  // Derived from event fields (its participants, its location), not written in `relations`:
  'participant-in': { label: 'took part in', inverse: 'participant', derived: true },
  'took-place-in': { label: 'took place in', inverse: 'place of', derived: true },
} as const satisfies Record<string, { label: string; inverse: string; symmetric?: boolean; derived?: true }>;

export type RelationType = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

/** The relation types the link graph derives from other fields (an event's participants and location). */
export type DerivedRelationType = {
  [T in RelationType]: (typeof RELATION_TYPES)[T] extends { derived: true } ? T : never;
}[RelationType];

/** Whether relations of `type` are derived from other fields rather than declared in a profile's `relations`. */
export function isDerivedRelation(type: RelationType): type is DerivedRelationType {
  const wording: { label: string; derived?: true } = RELATION_TYPES[type];
  return wording.derived === true;
}
