import type { Knex } from 'knex';

/**
 * The extractor looks up the names an article mentions among the actors (names and aliases, any case): these indexes
 * let it do so without reading every actor of a large ledger.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE FUNCTION lower_text_array(text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(array_agg(lower(x)), '{}') FROM unnest($1) AS x $$`);
  await knex.raw(`COMMENT ON FUNCTION lower_text_array(text[]) IS 'Each element lower-cased: case-blind lookups of actor aliases.'`);
  await knex.raw('CREATE INDEX actors_aliases_lower_idx ON actors USING gin (lower_text_array(aliases))');
  await knex.raw(`COMMENT ON INDEX actors_aliases_lower_idx IS 'Case-blind lookup of actors by alias (the extractor''s claimant matching).'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX actors_aliases_lower_idx');
  await knex.raw('DROP FUNCTION lower_text_array(text[])');
}
