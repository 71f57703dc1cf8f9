import type { Knex } from 'knex';

/**
 * The comparison views read every figure of a country and metric: with all they use in one index, they read it
 * alone (index-only scans) instead of visiting a table page per figure. Within a country, metric and status the
 * figures come by claimant, so per-claimant picks and distinct claimant counts need no sort of their own. The
 * views never count retracted claims, so neither does the index (and lists of every status keep their own).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE INDEX claims_compare_idx ON claims (country, metric, status, claimant_id)
    INCLUDE (rank, as_of, as_of_precision, stated_on, created_at, value, value_low, value_high, approximation, group_slug, id)
    WHERE status IN ('active', 'superseded')`);
  await knex.raw(`COMMENT ON INDEX claims_compare_idx IS '/v1/compare/*: every column the views read of a current figure, so they scan this index alone.'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX claims_compare_idx');
}
