import type { Knex } from 'knex';

/*
 * lower_text_array (migration 20261202110000) and lower_trimmed_text_array (20261214010000) lower-cased an actor's
 * aliases for two indexes that migration 20261226020000 dropped: every lookup of "the actor named so" goes through
 * name_key and name_keys since 20261221010000, and no query, index, view or function of the ledger calls either one.
 * They are dropped here (20261226020000 had kept them); down makes them again as their migrations made them, so that
 * 20261226020000's own down can build its indexes on them.
 */
const FUNCTIONS: readonly (readonly [string, string, string])[] = [
  ['lower_text_array', 'lower(x)', 'Each element lower-cased: case-blind lookups of actor aliases.'],
  ['lower_trimmed_text_array', 'lower(btrim(x))', 'Each element trimmed of surrounding blanks and lower-cased: lookups of actors by alias.'],
];

export async function up(knex: Knex): Promise<void> {
  for (const [name] of FUNCTIONS) await knex.raw(`DROP FUNCTION ${name}(text[])`);
}

export async function down(knex: Knex): Promise<void> {
  for (const [name, element, comment] of FUNCTIONS) {
    await knex.raw(`CREATE FUNCTION ${name}(text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT coalesce(array_agg(${element}), '{}') FROM unnest($1) AS x $$`);
    await knex.raw(`COMMENT ON FUNCTION ${name}(text[]) IS '${comment}'`);
  }
}
