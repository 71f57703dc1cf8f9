/**
 * The ledger's closed sets that are not the claim's own (those are in claims/model.ts): each an `as const` array,
 * so the values exist at run time (schemas, CHECK constraints and forms are tested against them), and a union
 * type derived from it, so a `switch` over one is exhaustive (see assertNever).
 */

/** What kind of actor a claimant, publisher or relation asserter is. */
export const ACTOR_KINDS = ['person', 'government_agency', 'media_outlet', 'ngo', 'research_institute', 'armed_group', 'other'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** A source's reliability grade (NATO Admiralty code, A reliable … F cannot be judged). */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];

export const DOCUMENT_KINDS = ['article', 'report', 'blog_post', 'video', 'statement', 'dataset', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * What kind of refusal a field's error is, where a reader acts on the kind rather than on the words (a problem's
 * `errors[].code`): `unknown_place`, a place the ledger does not hold (the workspace's Country field then offers to add
 * one). Most field errors have none: their words are for people.
 */
export const FIELD_ERROR_CODES = ['unknown_place'] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** How much of a date is known: 2014, 2014-11 or 2014-11-27. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type Precision = (typeof DATE_PRECISIONS)[number];

/** What an API key may do: reader reads, editor records and edits, admin also manages keys and corrects vocabularies. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a place in the vocabulary is. A subdivision (RU-CE, an ISO 3166-2 code) is within a country and counts its own
 * people: its figures are never its country's, as a region's are not its members'.
 */
export const PLACE_KINDS = ['country', 'subdivision', 'region', 'grouping', 'world'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** The records whose every change is a revision, and what a revision did. */
export const REVISION_ENTITIES = ['claim', 'actor', 'document'] as const;
export type RevisionEntity = (typeof REVISION_ENTITIES)[number];
export const REVISION_ACTIONS = ['create', 'update', 'retract'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** Whether `value` is one of the closed set `values` (for text read from a form, a file or a snapshot). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/**
 * The default branch of a switch that handles every value of a closed set: the compiler refuses the call when a
 * value is left unhandled, so adding one to the set points at every switch that must learn it.
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}
