import type { Knex } from 'knex';

/*
 * "Figure, largest first" (sort=-value) and "Date, newest first" (sort=-as_of) had listed the claims without a number
 * or a date first (PostgreSQL's NULLs come first descending). They now come last in either direction, and sort=value
 * and min_value/max_value read a figure's best value (its value, else the middle of its range). Each sort's key is
 * never null (SORT_KEYS, src/claims/sortKeys.ts): a claim without one takes +infinity ascending and -infinity
 * descending, so every keyset page, however deep, is one range `(key, id) > (k, id)` of one of these indexes, read
 * forward for ascending sorts and backward for descending ones. (web53's first try ORed `key IS NULL` into the
 * cursor's condition and a deep page of sort=-value took 11 s at a million claims: the index was walked from its start.)
 *
 * The expressions are written here as SORT_KEYS wrote them on 7 Dec 2026: an expression index serves a query only when
 * the query writes the same expression, so change both together (tests/db/explain.test.ts checks each sort reads its
 * index). claims_value_id_idx (value, id) served sort=value and min_value/max_value, which read the best value now, so
 * it goes; claims_as_of_id_idx stays for from/to and the undated filter.
 */
const BEST_VALUE_TERMS = `value, CASE WHEN approximation NOT IN ('vague') THEN (value_low + value_high) / 2 END`;

const INDEXES: readonly (readonly [string, string, string])[] = [
  ['claims_sort_as_of_idx', `COALESCE(as_of, 'infinity'::date)`, 'sort=as_of keyset pages: oldest first, undated claims last.'],
  ['claims_sort_as_of_desc_idx', `COALESCE(as_of, '-infinity'::date)`, 'sort=-as_of keyset pages (read backward): newest first, undated claims last.'],
  [
    'claims_sort_value_idx',
    `COALESCE(${BEST_VALUE_TERMS}, 'Infinity'::numeric)`,
    'sort=value keyset pages and max_value: the best value (a range by its middle), figures without a number last.',
  ],
  [
    'claims_sort_value_desc_idx',
    `COALESCE(${BEST_VALUE_TERMS}, '-Infinity'::numeric)`,
    'sort=-value keyset pages (read backward) and min_value: largest first, figures without a number last.',
  ],
];

export async function up(knex: Knex): Promise<void> {
  for (const [name, key, comment] of INDEXES) {
    await knex.raw(`CREATE INDEX ${name} ON claims ((${key}), id)`);
    await knex.raw(`COMMENT ON INDEX ${name} IS '${comment.replace(/'/g, "''")}'`);
  }
  await knex.raw('DROP INDEX claims_value_id_idx');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX claims_value_id_idx ON claims (value, id)');
  await knex.raw(`COMMENT ON INDEX claims_value_id_idx IS 'sort=value, -value and min_value/max_value.'`);
  for (const [name] of INDEXES) await knex.raw(`DROP INDEX ${name}`);
}
