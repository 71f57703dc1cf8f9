import { MULTIPLE_FOLDS, SINGLE_FOLDS } from '../../db/migrations/20261221020000_unicode_name_keys';

/**
 * A name or alias as names are matched, as SQL over `expression`: NFKC, each character case-folded, NFKC again, runs
 * of white space one space, none at either end (the function `name_key`, migration 20261221020000). The one rule of
 * "the one named so", for actors and groups: both sides of every lookup by name, and the actors' name locks, go
 * through it, so an old row written "Islamic  State" is what a form, a filter or the extractor names "Islamic State",
 * and "АНСАР", "Ансар", "ÉTAT" and "état" (composed or not) match whatever the database's locale.
 */
export const NAME_KEY = (expression: string): string => `name_key(${expression})`;

/** NAME_KEY of each element of a text[] `expression` (aliases). */
export const NAME_KEYS = (expression: string): string => `name_keys(${expression})`;

const FOLDS: ReadonlyMap<number, string> = new Map([
  ...SINGLE_FOLDS.flatMap(([first, last, offset, step]) => {
    const folds: [number, string][] = [];
    for (let c = first; c <= last; c += step) folds.push([c, String.fromCodePoint(c + offset)]);
    return folds;
  }),
  ...MULTIPLE_FOLDS.map(([c, into]): [number, string] => [c, String.fromCodePoint(...into)]),
]);

/**
 * A text as searches compare it (the function `search_fold`, migration 20261221030000): NFKC, each character
 * case-folded, NFKC again; name_key without its blanks' rule. Both sides of every search's LIKE are folded so (the
 * stored columns actors.search_text and documents.search_title in SQL, migration 20261225010000; this for q), so
 * "ансар" finds "АНСАР" and a composed "é" a decomposed one, whatever the locale.
 */
export function searchFold(text: string): string {
  let folded = '';
  for (const c of text.normalize('NFKC')) folded += FOLDS.get(c.codePointAt(0)!) ?? c;
  return folded.normalize('NFKC');
}

/**
 * name_key in JavaScript, from the same table: for names compared where they already are in memory (the workspace's
 * claimant of a candidate among the actors a lookup found), so that they match as the database matched them.
 */
export function nameKey(name: string): string {
  return searchFold(name).replace(/\s+/g, ' ').trim();
}
