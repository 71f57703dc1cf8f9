import type { Knex } from 'knex';

/*
 * Writing an actor computed its name's key and its aliases' keys for the indexes actors_name_key_idx and
 * actors_alias_keys_idx through PostgreSQL's SQL function executor, a plan set up and run per call: name_key is STRICT
 * and its body (a CASE) is not, so PostgreSQL could not inline it (as search_fold, migration 20261225010000), and
 * name_keys, a query over unnest($1), can never be inlined. Four indexes of actors no query has read since name_key
 * (migration 20261221010000: every lookup of "the actor named so" goes through it) were kept up on every write too.
 * 100,000 actors inserted at once (tests/support/searchRows.ts' rows, 7 Dec, PostgreSQL 15 as a role without superuser
 * rights, at a load of ~25 on two cores) took the server 30.4 / 31.2 s of CPU before, 16.5 / 15.6 s after.
 *
 * Now name_key is no longer STRICT (NULL still gives NULL: every branch of its CASE does), so PostgreSQL inlines it into
 * the index's expression and into every lookup; name_keys is PL/pgSQL, which keys each alias by name_key as one
 * expression it plans once a session, with name_key inlined. Both give the keys they gave (tests/db/name-keys-inlined
 * checks them against each other), so the indexes built on them hold what they held and are not rebuilt. name_keys
 * names name_key with its schema: an index is built with a search_path of pg_catalog alone (PostgreSQL 17).
 *
 * The four indexes dropped: actors_name_lower_idx (lower(name), migration 20261127000200), actors_aliases_lower_idx
 * (lower_text_array(aliases), 20261202110000), actors_name_trimmed_lower_idx and actors_aliases_trimmed_lower_idx
 * (20261214010000). They stayed for instances of the version before name_key during a rolling deploy; no version since
 * reads them. Their functions stay (nothing costs while no index calls them).
 */

/** The actors' indexes of lower-cased names and aliases, made again by down as their migrations made them. */
const SUPERSEDED: readonly (readonly [string, string, string])[] = [
  ['actors_name_lower_idx', 'actors (lower(name))', ''],
  ['actors_aliases_lower_idx', 'actors USING gin (lower_text_array(aliases))', "Case-blind lookup of actors by alias (the extractor's claimant matching)."],
  ['actors_name_trimmed_lower_idx', 'actors (lower(btrim(name)))', 'The actor named so, case and surrounding blanks aside (ActorStore.named).'],
  [
    'actors_aliases_trimmed_lower_idx',
    'actors USING gin (lower_trimmed_text_array(aliases))',
    'The actor with such an alias, case and surrounding blanks aside (ActorStore.named).',
  ],
];

/** name_key(text)'s schema, quoted. */
async function nameKeySchema(knex: Knex): Promise<string> {
  const { rows } = await knex.raw<{ rows: { schema: string }[] }>(
    `SELECT n.nspname AS schema FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = 'name_key(text)'::regprocedure`,
  );
  return knex.client.wrapIdentifier(rows[0].schema);
}

export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER FUNCTION name_key(text) CALLED ON NULL INPUT');
  await knex.raw(`CREATE OR REPLACE FUNCTION name_keys(text[]) RETURNS text[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
    DECLARE
      alias text;
      keys text[] := '{}';
    BEGIN
      FOREACH alias IN ARRAY coalesce($1, '{}') LOOP
        keys := array_append(keys, ${await nameKeySchema(knex)}.name_key(alias));
      END LOOP;
      RETURN keys;
    END $$`);
  for (const [name] of SUPERSEDED) await knex.raw(`DROP INDEX ${name}`);
}

export async function down(knex: Knex): Promise<void> {
  for (const [name, on, comment] of SUPERSEDED) {
    await knex.raw(`CREATE INDEX ${name} ON ${on}`);
    if (comment) await knex.raw(`COMMENT ON INDEX ${name} IS '${comment.replaceAll("'", "''")}'`);
  }
  // name_keys as migration 20261221020000 made it: name_key's body for each element, aggregated
  const { rows } = await knex.raw<{ rows: { body: string }[] }>(`SELECT prosrc AS body FROM pg_proc WHERE oid = 'name_key(text)'::regprocedure`);
  const key = rows[0].body.trim().replace(/^SELECT\s+/i, '').replaceAll('$1', 'x');
  await knex.raw(`CREATE OR REPLACE FUNCTION name_keys(text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(array_agg(${key}), '{}') FROM unnest($1) AS x $$`);
  await knex.raw('ALTER FUNCTION name_key(text) STRICT');
}
