import type { Knex } from 'knex';

/*
 * "The actor named so" (ActorStore.named: a claimant added in the workspace, a document's publisher, an actor created
 * through the API checked against the names already held) compares names and aliases lower-cased and trimmed of
 * surrounding blanks. Neither index of 20261202110000_actor_name_lookup matches those expressions (they are not
 * trimmed), so every such question read the whole actors table. These two index the same expressions the lookup uses.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE FUNCTION lower_trimmed_text_array(text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(array_agg(lower(btrim(x))), '{}') FROM unnest($1) AS x $$`);
  await knex.raw(
    `COMMENT ON FUNCTION lower_trimmed_text_array(text[]) IS 'Each element trimmed of surrounding blanks and lower-cased: lookups of actors by alias.'`,
  );
  await knex.raw('CREATE INDEX actors_name_trimmed_lower_idx ON actors (lower(btrim(name)))');
  await knex.raw(`COMMENT ON INDEX actors_name_trimmed_lower_idx IS 'The actor named so, case and surrounding blanks aside (ActorStore.named).'`);
  await knex.raw('CREATE INDEX actors_aliases_trimmed_lower_idx ON actors USING gin (lower_trimmed_text_array(aliases))');
  await knex.raw(
    `COMMENT ON INDEX actors_aliases_trimmed_lower_idx IS 'The actor with such an alias, case and surrounding blanks aside (ActorStore.named).'`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX actors_aliases_trimmed_lower_idx');
  await knex.raw('DROP INDEX actors_name_trimmed_lower_idx');
  await knex.raw('DROP FUNCTION lower_trimmed_text_array(text[])');
}
