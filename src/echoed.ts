/**
 * What a refusal echoes of its input, kept readable: a problem's `detail`, its errors' `field` and `message` and the
 * web's error summaries name what was sent ("Place TJ-XX does not exist.", `"Atlantis" is not a known country`), and
 * input may be as long as a URL or a body lets it (a code of 8,000 characters in the path, a parameter's name of as
 * many). One rule for every answer, applied where problems are written (src/http/problem.ts), rather than at each of
 * the hundred messages that quote input: a run of characters without a blank longer than ECHO_WORD_MAX is cut to its
 * first ECHO_WORD_KEPT and says how long it was, and the whole text to ECHO_TEXT_MAX. The ledger's own words (its
 * longest word, a URL it names, is far below the bound) are never cut.
 */
export const ECHO_WORD_MAX = 120;
export const ECHO_WORD_KEPT = 100;
export const ECHO_TEXT_MAX = 2000;

const cut = (chars: string[], kept: number): string => `${chars.slice(0, kept).join('')}… (${chars.length} characters)`;

/** The text with each over-long run of characters without a blank, and the whole, cut and their length told. */
export function echoed(text: string): string {
  const words = text.replace(/\S+/gu, (word) => {
    const chars = Array.from(word);
    return chars.length > ECHO_WORD_MAX ? cut(chars, ECHO_WORD_KEPT) : word;
  });
  const chars = Array.from(words);
  return chars.length > ECHO_TEXT_MAX ? cut(chars, ECHO_TEXT_MAX) : words;
}

/** A problem's errors, each field and message as echoed. */
export function echoedErrors<E extends { field: string; message: string }>(errors: E[]): E[] {
  return errors.map((e) => ({ ...e, field: echoed(e.field), message: echoed(e.message) }));
}
