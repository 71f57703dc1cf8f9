import { approximationsWhere } from './approximation';
import type { ClaimSort, SortColumn } from './claimFilter';

/*
 * What the claim lists sort by and what min_value/max_value bound, as SQL over claims aliased `c`, written once: the
 * API, the exports and the web pages all page with applySortAndKeyset (filterQuery.ts) and filter with claimFilters.ts.
 */

/**
 * A figure's best value, the one number it stands for, as the terms of a COALESCE: its `value`, else the middle of its
 * stated range; none for a figure that states no number (vague). The comparison views' `bestValue` (src/compare/figures.ts) as numeric:
 * "between 2,000 and 3,000" is 2,500 wherever a list sorts or filters by size.
 */
const BEST_VALUE_TERMS = `c.value, CASE WHEN c.approximation NOT IN (${approximationsWhere('statesNumber', false)
  .map((a) => `'${a}'`)
  .join(', ')}) THEN (c.value_low + c.value_high) / 2 END`;

/**
 * A sort's key, never null: a claim without a date or without a number takes the key that sorts after every other in
 * the sort's direction (+infinity ascending, -infinity descending), so it comes last either way, and a keyset page is
 * one range of an index on (key, id) read forward (ascending) or backward (descending): `(key, id) > (k, id)`. The
 * indexes (migration 20261227010000_claim_sort_keys) are built on exactly these expressions, as written on 7 Dec
 * 2026: an expression index serves a query only when the query writes the same expression, so change both together
 * (tests/db/explain.test.ts checks each sort reads its index).
 */
export interface SortKey {
  /** The key as SQL. */
  sql: string;
  /** Its SQL type, to read a cursor's key back. */
  cast: 'date' | 'numeric' | 'timestamptz';
  /** The key's text (as PostgreSQL writes it) of a claim without one; null for a sort every claim has a key for. */
  sentinel: string | null;
}

const keyed = (terms: string, cast: 'date' | 'numeric', sentinel: string): SortKey => ({
  sql: `COALESCE(${terms}, '${sentinel}'::${cast})`,
  cast,
  sentinel,
});

export const SORT_KEYS: Record<Exclude<ClaimSort, 'id'>, SortKey> = {
  as_of: keyed('c.as_of', 'date', 'infinity'),
  '-as_of': keyed('c.as_of', 'date', '-infinity'),
  value: keyed(BEST_VALUE_TERMS, 'numeric', 'Infinity'),
  '-value': keyed(BEST_VALUE_TERMS, 'numeric', '-Infinity'),
  created_at: { sql: 'c.created_at', cast: 'timestamptz', sentinel: null },
  '-created_at': { sql: 'c.created_at', cast: 'timestamptz', sentinel: null },
};

/**
 * min_value/max_value bound the best value, each written as one of the sort keys so that it reads that sort's index:
 * at least m is `-value`'s key ≥ m (a numberless figure's -Infinity never is), at most m is `value`'s key ≤ m.
 */
export const MIN_VALUE_SQL = `${SORT_KEYS['-value'].sql} >= ?::numeric`;
export const MAX_VALUE_SQL = `${SORT_KEYS.value.sql} <= ?::numeric`;

/**
 * The last element of a cursor of a sort whose keyless claims come last in both directions (web54). A cursor of such
 * a sort made before (three elements) placed them first when descending, with a null key: followed now it would
 * list some claims twice, so it is refused and the client starts again from the first page.
 */
export const KEYS_LAST_CURSOR = 'keys_last';

/** Whether a sort's cursors end with KEYS_LAST_CURSOR. */
export const endsKeysLast = (column: SortColumn): boolean => column === 'as_of' || column === 'value';

/** The next page's cursor (before its encoding) after a row with this sort key and id. */
export function cursorAfter(sort: ClaimSort, key: string | null, id: number): unknown[] {
  return endsKeysLast(sort.replace(/^-/, '') as SortColumn) ? [sort, key, id, KEYS_LAST_CURSOR] : [sort, key, id];
}
