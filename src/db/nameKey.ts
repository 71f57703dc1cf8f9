/**
 * A name or alias as names are matched, as SQL over `expression`: runs of white space one space, none at either end,
 * case aside (the function `name_key` of migration 20261221010000). The one rule of "the one named so", for actors
 * and groups: both sides of every lookup by name, and the actors' name locks, go through it, so an old row written
 * "Islamic  State" is what a form, a filter or the extractor names "Islamic State".
 */
export const NAME_KEY = (expression: string): string => `name_key(${expression})`;

/** NAME_KEY of each element of a text[] `expression` (aliases). */
export const NAME_KEYS = (expression: string): string => `name_keys(${expression})`;
