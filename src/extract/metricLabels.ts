/**
 * How a metric's label is read: the extractor knows a metric an editor added by its label (src/extract/lexicon.ts), and
 * the vocabularies' word rule (src/vocab/wordRules.ts) refuses a place or a group named as a label. Runs in the server's
 * own thread too (scripts/main-thread-modules.json).
 */

/** Words as a label is looked up: trimmed, in lower case, their blanks one space each. */
export const metricLabelKey = (words: string): string => words.trim().toLowerCase().replace(/\s+/g, ' ');

/** The words a metric's label is read by: the label and its singular or plural ("hostages", "hostage"). */
export function metricLabelForms(label: string): string[] {
  const key = metricLabelKey(label);
  return (/s$/.test(key) ? [key, key.replace(/ies$/, 'y').replace(/(?<!ie)s$/, '')] : [key, `${key}s`]).filter((f) => f !== '');
}
