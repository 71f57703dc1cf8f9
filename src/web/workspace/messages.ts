import { distinctFieldErrors, type FieldError } from '../../errors';
import { isPatternMessage, OR_NULL } from '../../validate';

/** A pattern the schemas give no words (each has them: tests/workspace/messages.test.ts), as the validator words it. */
const PATTERN_MESSAGE = /^must match pattern ".*"/;
/** The schema validator's lengths, which it words with a shouted NOT ("must NOT have more than 300 characters"). */
const LENGTH_MESSAGE = /^must NOT have (fewer|more) than (\d+) (characters|items)$/;

/** A field's error as an editor reads it: a schema pattern or length in words (or a plain sentence), anything else as it is. */
export function inWords(message: string): string {
  const length = LENGTH_MESSAGE.exec(message);
  if (length) {
    const [, side, n, unit] = length;
    return side === 'fewer' && n === '1' ? LEFT_EMPTY : `must be at ${side === 'fewer' ? 'least' : 'most'} ${n} ${unit}`;
  }
  // a schema's pattern is in words already (its "x-message"); a form's field may be left empty where the API takes null
  const nullable = message.endsWith(OR_NULL);
  const said = PATTERN_MESSAGE.test(message)
    ? 'is not in the form the field asks for'
    : nullable
      ? message.slice(0, -OR_NULL.length)
      : message;
  return said + (nullable ? ' (or left empty)' : '');
}

/** The schema's messages that, on a field left empty, only say it was left empty. */
// (a pattern's words, "must not be blank" among them, are the schemas': isPatternMessage knows them)
const EMPTINESS = /^must (?:NOT have fewer than \d+ characters|match pattern |be equal to one of the allowed values)/;
const saysEmpty = (message: string) => EMPTINESS.test(message) || isPatternMessage(message);
export const LEFT_EMPTY = 'must be filled in';

/**
 * The errors a refused form shows: one per problem and field. The ledger's schema catches a field left empty with
 * whichever rule comes first (a minimum length, a pattern, a list of codes), often two of them ("must NOT have fewer
 * than 1 characters" and "must not be blank" for one empty box): on a field the editor left empty those say it once,
 * in words, unless a message written for that field already says more. `valueOf` is what the editor sent in a field
 * (undefined for what is not one of the form's fields).
 */
export function refusedFields(errors: FieldError[], valueOf: (field: string) => string | undefined): FieldError[] {
  const said = errors.map((e) => (valueOf(e.field)?.trim() === '' && saysEmpty(e.message) ? { ...e, message: LEFT_EMPTY } : e));
  const distinct = distinctFieldErrors(said);
  return distinct.filter((e) => e.message !== LEFT_EMPTY || !distinct.some((o) => o.field === e.field && o.message !== LEFT_EMPTY));
}

/** A candidate's decision as its card says it, and a form sent for it from a stale page is told. */
export function describeDecision(d: { decision: string; claim_id: number | null }): string {
  if (d.decision === 'accepted') return `Accepted as claim ${d.claim_id}.`;
  if (d.decision === 'source_added') return `Added as a source of claim ${d.claim_id}.`;
  return 'Rejected.';
}
