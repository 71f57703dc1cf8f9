import type { Knex } from 'knex';

/*
 * "The actor named so" compared names and aliases lower-cased and trimmed of surrounding blanks (migration
 * 20261214010000), but not with their inner blanks collapsed, as the ledger writes actors' names since round 40
 * (spacedName): an actor stored before as "Islamic  State" matched nothing typed "Islamic State", and the workspace
 * created a second actor of that name; groups were matched by lower(name) alone. name_key is the one rule for both
 * sides of every such lookup (src/db/nameKey.ts: actors by name or alias, their name locks, the claimant filter, groups
 * by name or alias and their clashes): white space as JavaScript's \s knows it (the Unicode spaces too: a no-break
 * space pasted from a web page) collapsed to one space, none at either end, lower-cased. The two indexes serve the
 * actors' lookups (groups are a few rows). The older indexes stay for instances of the previous version during a
 * rolling deploy.
 */
const WHITE_SPACE = String.raw`[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+`;
/** The key of the text `x`, spelt out in both functions: an index is built with a search_path of pg_catalog alone (PostgreSQL 17), where one could not call the other. */
const KEY = (x: string) => `lower(btrim(regexp_replace(${x}, '${WHITE_SPACE}', ' ', 'g')))`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE FUNCTION name_key(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT ${KEY('$1')} $$`);
  await knex.raw(
    `COMMENT ON FUNCTION name_key(text) IS 'A name or alias as names are matched: runs of white space one space, none at either end, lower-cased (src/db/nameKey.ts).'`,
  );
  await knex.raw(`CREATE FUNCTION name_keys(text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(array_agg(${KEY('x')}), '{}') FROM unnest($1) AS x $$`);
  await knex.raw(`COMMENT ON FUNCTION name_keys(text[]) IS 'name_key of each element: lookups by alias.'`);
  await knex.raw('CREATE INDEX actors_name_key_idx ON actors (name_key(name))');
  await knex.raw(`COMMENT ON INDEX actors_name_key_idx IS 'The actor named so, case and blanks aside (actorsNamedQuery).'`);
  await knex.raw('CREATE INDEX actors_alias_keys_idx ON actors USING gin (name_keys(aliases))');
  await knex.raw(`COMMENT ON INDEX actors_alias_keys_idx IS 'The actor with such an alias, case and blanks aside (actorsNamedQuery).'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX actors_alias_keys_idx');
  await knex.raw('DROP INDEX actors_name_key_idx');
  await knex.raw('DROP FUNCTION name_keys(text[])');
  await knex.raw('DROP FUNCTION name_key(text)');
}
