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
export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await knex.raw(`CREATE FUNCTION actor_search_text(name text, aliases text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT lower(E'\\x1f' || name || E'\\x1f' || array_to_string(aliases, E'\\x1f')) $$`);
  await knex.raw(
    `COMMENT ON FUNCTION actor_search_text(text, text[]) IS 'An actor''s name and aliases, lower-cased, each after a U+001F: what its search (ActorStore.list, q) reads.'`,
  );
  await knex.raw('CREATE INDEX actors_search_trgm_idx ON actors USING gin (actor_search_text(name, aliases) gin_trgm_ops)');
  await knex.raw(`COMMENT ON INDEX actors_search_trgm_idx IS 'Actors whose name or an alias contains q, case aside (ActorStore.list).'`);
  await knex.raw('CREATE INDEX documents_title_trgm_idx ON documents USING gin (lower(title) gin_trgm_ops)');
  await knex.raw(`COMMENT ON INDEX documents_title_trgm_idx IS 'Documents whose title contains q, case aside (DocumentStore.list).'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX documents_title_trgm_idx');
  await knex.raw('DROP INDEX actors_search_trgm_idx');
  await knex.raw('DROP FUNCTION actor_search_text(text, text[])');
  // pg_trgm is left installed: something else in the database may use it.
}
