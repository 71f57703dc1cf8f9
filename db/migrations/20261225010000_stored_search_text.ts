import type { Knex } from 'knex';
import { searchFoldSql } from './20261221030000_unicode_search_keys';

/*
 * The actors' and documents' search (`q`) folded every name, alias and title when it was read. A q that gives the
 * trigram index nothing to look up (under three letters or digits of ASCII: "IS", "%", "Абв") walks the actors in id
 * order testing each, so a search that matches nothing, which any client can send, called search_fold three times for
 * every actor: 8–26 s at 100,000 actors (7 Dec, at loads of 2–13 on two cores). search_fold was STRICT and its body
 * (a CASE) is not, so PostgreSQL could not inline it and ran it through its SQL function executor, ~100 µs a call.
 *
 * Now the folded text is stored when a row is written, as generated columns: actors.search_text (actor_search_text of
 * the name and aliases, each after a U+001F) and documents.search_title (search_fold of the title). The search reads
 * them, and their indexes are built on them (the trigram ones, or without pg_trgm the word parts', migrations
 * 20261215020000 and 20261217010000): a row is folded once when written, not again for its indexes nor for each search.
 * search_fold is made again without STRICT, the same function otherwise (NULL still gives NULL: every branch of its CASE
 * does), so that PostgreSQL inlines it. Adding a stored column rewrites each table once, under its exclusive lock.
 */

/** The trigram operator class where pg_trgm is installed (migration 20261215020000 created it where it could), else null. */
async function trigramOperatorClass(knex: Knex): Promise<string | null> {
  const { rows } = await knex.raw<{ rows: { schema: string }[] }>(
    `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
  );
  return rows.length ? `${knex.client.wrapIdentifier(rows[0].schema)}.gin_trgm_ops` : null;
}

/** search_fold as migration 20261221030000 made it, with or without STRICT. */
async function defineSearchFold(knex: Knex, strict: boolean): Promise<void> {
  await knex.raw(`CREATE OR REPLACE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE ${strict ? 'STRICT ' : ''}PARALLEL SAFE
    AS $$ SELECT ${searchFoldSql('$1')} $$`);
}

/** The search's indexes (those this database has) made again on `actorText` and `title`. */
async function reindex(knex: Knex, actorText: string, title: string): Promise<void> {
  const { rows } = await knex.raw(
    `SELECT to_regclass('actors_search_trgm_idx') IS NOT NULL AS trigrams, to_regclass('actors_search_parts_idx') IS NOT NULL AS parts`,
  );
  const ops = rows[0].trigrams ? await trigramOperatorClass(knex) : null;
  if (ops) {
    await knex.raw('DROP INDEX actors_search_trgm_idx');
    await knex.raw(`CREATE INDEX actors_search_trgm_idx ON actors USING gin (${actorText} ${ops})`);
    await knex.raw(`COMMENT ON INDEX actors_search_trgm_idx IS 'Actors whose name or an alias contains q, case aside (ActorStore.list).'`);
    await knex.raw('DROP INDEX documents_title_trgm_idx');
    await knex.raw(`CREATE INDEX documents_title_trgm_idx ON documents USING gin (${title} ${ops})`);
    await knex.raw(`COMMENT ON INDEX documents_title_trgm_idx IS 'Documents whose title contains q, case aside (DocumentStore.list).'`);
  }
  if (rows[0].parts) {
    await knex.raw('DROP INDEX actors_search_parts_idx');
    await knex.raw(`CREATE INDEX actors_search_parts_idx ON actors USING gin (name_search_parts(${actorText}))`);
    await knex.raw(`COMMENT ON INDEX actors_search_parts_idx IS 'Without pg_trgm: actors whose name or an alias may contain q (ActorStore.list).'`);
    await knex.raw('DROP INDEX IF EXISTS documents_title_parts_idx');
    await knex.raw(`CREATE INDEX documents_title_parts_idx ON documents USING gin (name_search_parts(${title}))`);
    await knex.raw(`COMMENT ON INDEX documents_title_parts_idx IS 'Without pg_trgm: documents whose title may contain q (DocumentStore.list).'`);
  }
}

export async function up(knex: Knex): Promise<void> {
  await defineSearchFold(knex, false);
  await knex.raw('ALTER TABLE actors ADD COLUMN search_text text GENERATED ALWAYS AS (actor_search_text(name, aliases)) STORED');
  await knex.raw(
    `COMMENT ON COLUMN actors.search_text IS 'The name and aliases folded as searches fold them (actor_search_text), kept when the row is written: what the search (q) reads.'`,
  );
  await knex.raw('ALTER TABLE documents ADD COLUMN search_title text GENERATED ALWAYS AS (search_fold(title)) STORED');
  await knex.raw(
    `COMMENT ON COLUMN documents.search_title IS 'The title folded as searches fold it (search_fold), kept when the row is written: what the search (q) reads.'`,
  );
  await reindex(knex, 'search_text', 'search_title');
}

export async function down(knex: Knex): Promise<void> {
  await reindex(knex, 'actor_search_text(name, aliases)', 'search_fold(title)');
  await knex.raw('ALTER TABLE documents DROP COLUMN search_title');
  await knex.raw('ALTER TABLE actors DROP COLUMN search_text');
  await defineSearchFold(knex, true);
}

