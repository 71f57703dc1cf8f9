import { DomainError, type FieldError } from '../errors';

/**
 * Visible words: a character that is neither a space, an invisible format character nor a combining mark, which has no
 * shape of its own (as common.json's Reason asks).
 */
const VISIBLE = /[^\s\p{Cf}\p{M}]/u;

/** The records whose every change is a revision (claims, actors, documents; relations are a claim's). */
export type Revised = 'claim' | 'actor' | 'document';

/**
 * A revision's reason is its provenance (DESIGN: every change is a revision, who, when, what changed, why): an edit
 * of a claim, an actor or a document, or a claim's retraction, says why, in visible words, whoever makes it (the API,
 * the web's forms, an import). What is wrong with `reason` as a revision's reason, in the words the field's error
 * gives; null when it will do.
 */
export function reasonProblem(reason: unknown, revised: Revised): string | null {
  return typeof reason === 'string' && VISIBLE.test(reason) ? null : `must be filled in: say why the ${revised} changes`;
}

/**
 * The one rule every revision-making write follows: without a reason (missing, null or blank) it is refused, 422 with
 * its error on /reason, before anything is read or written. The schemas take any reason up to its length (common.json's
 * RevisionReason), so a reason left out, null or blank is answered by this rule alike, in the API and everywhere else.
 */
export function requireReason(reason: unknown, revised: Revised, done: 'edited' | 'retracted'): asserts reason is string {
  const errors: FieldError[] = [];
  reasonInto(reason, revised, errors);
  if (errors.length > 0) throw revisionRefused(revised, done, errors);
}

/** Adds the problem of `reason` as a revision's reason to `errors` (field /reason), for a write that names every problem at once. */
export function reasonInto(reason: unknown, revised: Revised, errors: FieldError[]): void {
  const problem = reasonProblem(reason, revised);
  if (problem) errors.push({ field: '/reason', message: problem });
}

/**
 * The refusal of a revision-making write whose problems are `errors`, its reason's among them: in requireReason's
 * words when the reason is all that is wrong.
 */
export function revisionRefused(revised: Revised, done: 'edited' | 'retracted', errors: FieldError[]): DomainError {
  const onlyReason = errors.every((e) => e.field === '/reason');
  return new DomainError(
    'invalid_record',
    onlyReason ? `The ${revised} cannot be ${done} without a reason.` : `The ${revised} cannot be saved.`,
    errors,
  );
}
