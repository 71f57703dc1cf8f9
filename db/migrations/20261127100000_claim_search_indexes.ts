import type { Knex } from 'knex';

// The expressions must stay identical to CLAIM_SEARCH_SQL and QUOTE_SEARCH_SQL in src/claims/filterQuery.ts,
// or PostgreSQL will not use these indexes (tests/perf/explain.test.ts checks it does).
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE INDEX claims_search_idx ON claims USING gin ((to_tsvector('english'::regconfig, coalesce(value_text, '') || ' ' || coalesce(notes, '') || ' ' || coalesce(context, ''))))`);
  await knex.raw(`COMMENT ON INDEX claims_search_idx IS 'Full text (q) over value_text, notes and context, English stemming.'`);
  await knex.raw(`CREATE INDEX claim_sources_quote_search_idx ON claim_sources USING gin ((to_tsvector('english'::regconfig, quote)))`);
  await knex.raw(`COMMENT ON INDEX claim_sources_quote_search_idx IS 'Full text (q) over the exact quotes.'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX claim_sources_quote_search_idx');
  await knex.raw('DROP INDEX claims_search_idx');
}
