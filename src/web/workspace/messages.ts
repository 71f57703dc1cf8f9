import { distinctFieldErrors, type FieldError } from '../../errors';

/**
 * What a schema's `pattern` asks for, in words: the API's validator names the pattern itself ("must match pattern
 * "^[0-9]{4}(-(0[1-9]|1[0-2])…"), which a client can read but an editor should not have to. Every pattern in
 * schemas/ has its words here (tests/workspace/messages.test.ts fails otherwise).
 */
export const PATTERN_WORDS: Readonly<Record<string, string>> = {
  '\\S': 'must not be blank',
  '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$': 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD',
  '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$': 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD',
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'must be lower-case letters and digits, words joined by -',
  '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$': 'must be a language code such as en, ru or kk',
  '^[a-z][a-z0-9_]{1,62}$': 'must be a code of lower-case letters, digits and _',
  '^c[0-9]+$': 'must be a candidate id such as c3',
  '^https?://': 'must start with http:// or https://',
};

const PATTERN_MESSAGE = /^must match pattern "(.*)"( \(or null\))?$/;
/** The schema validator's lengths, which it words with a shouted NOT ("must NOT have more than 300 characters"). */
const LENGTH_MESSAGE = /^must NOT have (fewer|more) than (\d+) (characters|items)$/;

/** A field's error as an editor reads it: a schema pattern or length in words (or a plain sentence), anything else as it is. */
export function inWords(message: string): string {
  const length = LENGTH_MESSAGE.exec(message);
  if (length) {
    const [, side, n, unit] = length;
    return side === 'fewer' && n === '1' ? LEFT_EMPTY : `must be at ${side === 'fewer' ? 'least' : 'most'} ${n} ${unit}`;
  }
  const m = PATTERN_MESSAGE.exec(message);
  if (!m) return message;
  return (PATTERN_WORDS[m[1]] ?? 'is not in the form the field asks for') + (m[2] ? ' (or left empty)' : '');
}

/** The schema's messages that, on a field left empty, only say it was left empty. */
const EMPTINESS = /^must (?:NOT have fewer than \d+ characters|match pattern |be equal to one of the allowed values|not be blank$)/;
export const LEFT_EMPTY = 'must be filled in';

/**
 * The errors a refused form shows: one per problem and field. The ledger's schema catches a field left empty with
 * whichever rule comes first (a minimum length, a pattern, a list of codes), often two of them ("must NOT have fewer
 * than 1 characters" and "must not be blank" for one empty box): on a field the editor left empty those say it once,
 * in words, unless a message written for that field already says more. `valueOf` is what the editor sent in a field
 * (undefined for what is not one of the form's fields).
 */
export function refusedFields(errors: FieldError[], valueOf: (field: string) => string | undefined): FieldError[] {
  const said = errors.map((e) => (valueOf(e.field)?.trim() === '' && EMPTINESS.test(e.message) ? { ...e, message: LEFT_EMPTY } : e));
  const distinct = distinctFieldErrors(said);
  return distinct.filter((e) => e.message !== LEFT_EMPTY || !distinct.some((o) => o.field === e.field && o.message !== LEFT_EMPTY));
}
