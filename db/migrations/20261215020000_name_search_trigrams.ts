import type { Knex } from 'knex';

/*
 * The search of actors and documents (`/v1/actors?q=`, `/v1/documents?q=`, the workspace's claimant picker) finds
 * names, aliases and titles containing q, case aside: a LIKE '%q%', which no b-tree index can answer. Every search read
 * every actor's name and aliases (320–400 ms at 100,000 actors, walking the primary key for 50 matches) or every
 * document's title, and a q that matches nothing, which any client may send, cost the whole table each time. Trigram
 * indexes (pg_trgm, in PostgreSQL's contrib; a trusted extension since PostgreSQL 13, so the database's owner may
 * create it) answer a LIKE of any pattern with three characters or more from the index.
 *
 * An actor is searched in one text (actor_search_text): its name and aliases, lower-cased, each after a U+001F, a
 * control character no name, alias or q may hold (src/controlCharacters.ts), so that no match spans two of them.
 */
/**
 * pg_trgm where the database lets us create it; else the search keeps its plan without these indexes (slower, the same
 * answers) and the migration goes on: a managed or locked-down PostgreSQL (no CREATE on the database, no contrib) must
 * still run the ledger. The operator class is named in the extension's own schema (some services install extensions
 * in a schema of their own, outside the search path).
 */
async function trigramOperatorClass(knex: Knex): Promise<string | null> {
  await knex.raw(`DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN RAISE WARNING 'pg_trgm could not be created (%): actor and document search runs without trigram indexes', SQLERRM;
    END $$`);
  const { rows } = await knex.raw<{ rows: { schema: string }[] }>(
    `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
  );
  return rows.length ? `${knex.client.wrapIdentifier(rows[0].schema)}.gin_trgm_ops` : null;
}

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE FUNCTION actor_search_text(name text, aliases text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT lower(E'\\x1f' || name || E'\\x1f' || array_to_string(aliases, E'\\x1f')) $$`);
  await knex.raw(
    `COMMENT ON FUNCTION actor_search_text(text, text[]) IS 'An actor''s name and aliases, lower-cased, each after a U+001F: what its search (ActorStore.list, q) reads.'`,
  );
  const ops = await trigramOperatorClass(knex);
  if (!ops) return;
  await knex.raw(`CREATE INDEX actors_search_trgm_idx ON actors USING gin (actor_search_text(name, aliases) ${ops})`);
  await knex.raw(`COMMENT ON INDEX actors_search_trgm_idx IS 'Actors whose name or an alias contains q, case aside (ActorStore.list).'`);
  await knex.raw(`CREATE INDEX documents_title_trgm_idx ON documents USING gin (lower(title) ${ops})`);
  await knex.raw(`COMMENT ON INDEX documents_title_trgm_idx IS 'Documents whose title contains q, case aside (DocumentStore.list).'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS documents_title_trgm_idx');
  await knex.raw('DROP INDEX IF EXISTS actors_search_trgm_idx');
  await knex.raw('DROP FUNCTION actor_search_text(text, text[])');
  // pg_trgm is left installed: something else in the database may use it.
}
