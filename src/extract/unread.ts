/** What an unread span is: one sentence (or piece of one), or the rest of the text. */
export const UNREAD_PARTS = ['sentence', 'rest'] as const;
export type UnreadPart = (typeof UNREAD_PARTS)[number];

/** A span the extractor did not read, and why: its figures are not proposed. */
export interface Unread {
  start: number;
  end: number;
  reason: string;
  /**
   * What the span is: one sentence (or piece of one) past a bound on the work, or the rest of a text past its bound on
   * length, from the sentence that bound cuts to the end (many sentences, its work not begun). Absent on extractions
   * stored before it was said: read by `unreadPart`.
   */
  part?: UnreadPart;
}

/** Which part of the text a span is; an extraction stored before `part` was said tells the rest by its reason's words. */
export function unreadPart(u: Unread): UnreadPart {
  return u.part ?? (/^the text has more than [\d,]+ characters\b/.test(u.reason) ? 'rest' : 'sentence');
}

/**
 * What was not read, counted in words for the API's message and the review's notice: "1 sentence", "3 sentences",
 * "the rest of the text", "2 sentences and the rest of the text" (`ofText`: "3 sentences of the text"; `text`: the
 * text's name, "this text"). The rest of a text is not one sentence: a review had said "1 sentence not read" of the last
 * 150,000 characters of an article.
 */
export function unreadCounted(
  unread: readonly Unread[],
  { one = '1', text = 'the text', ofText = false }: { one?: string; text?: string; ofText?: boolean } = {},
): string {
  const rest = unread.some((u) => unreadPart(u) === 'rest');
  const sentences = unread.length - (rest ? 1 : 0);
  const counts = sentences === 1 ? `${one} sentence` : `${sentences.toLocaleString('en-GB')} sentences`;
  if (!rest) return ofText ? `${counts} of ${text}` : counts;
  return sentences === 0 ? `the rest of ${text}` : `${counts} and the rest of ${text}`;
}

/** Whether what was not read is one span (one sentence, or the rest of the text alone): "it", "its figures". */
export const unreadIsOne = (unread: readonly Unread[]): boolean => unread.length === 1;

/** "The rest of the text": words opening a sentence. */
export const opening = (words: string): string => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
