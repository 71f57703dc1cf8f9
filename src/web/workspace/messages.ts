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

/** A field's error as an editor reads it: a schema pattern in words (or a plain sentence), anything else as it is. */
export function inWords(message: string): string {
  const m = PATTERN_MESSAGE.exec(message);
  if (!m) return message;
  return (PATTERN_WORDS[m[1]] ?? 'is not in the form the field asks for') + (m[2] ? ' (or left empty)' : '');
}
