import type { Knex } from 'knex';

/*
 * The actors' and documents' search where pg_trgm could not be created (20261215020000 left the trigram indexes out):
 * `q` had read every row (~340 ms at 100,000 actors, on every search, one that matches nothing included). Here, only
 * then, an index that needs no extension: each name's (and alias's, and title's) word parts, every suffix of every
 * word, at most 12 characters of it (so that 50 aliases of 300 four-byte characters stay under a tsvector's 1 MB), as
 * a tsvector (array_to_tsvector: taken as they are, no dictionary), in GIN. A name contains q only if every word of q
 * starts one of its word parts (a word of q lies inside one word of the name: words are split at the same characters,
 * every ASCII character but letters and digits), so `name_search_query(q)`, those words as prefixes, is a condition
 * the index answers and the exact LIKE then checks: the same answers, from the index.
 */
const SEPARATORS = `'[\\x01-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]+'`;
const PART = 12;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE FUNCTION name_search_parts(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT array_to_tsvector(COALESCE(array_agg(DISTINCT substr(w, i, ${PART})), '{}'))
    FROM regexp_split_to_table(lower(t), ${SEPARATORS}) AS w CROSS JOIN generate_series(1, length(w)) AS i
    WHERE w <> '' $$`);
  await knex.raw(
    `COMMENT ON FUNCTION name_search_parts(text) IS 'Every suffix (up to ${PART} characters) of every word of a lower-cased text: what a search without pg_trgm looks q''s words up in.'`,
  );
  await knex.raw(`CREATE FUNCTION name_search_query(q text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT string_agg('''' || replace(replace(left(w, ${PART}), '\\', '\\\\'), '''', '''''') || ''':*', ' & ')::tsquery
    FROM regexp_split_to_table(lower(q), ${SEPARATORS}) AS w WHERE w <> '' $$`);
  await knex.raw(
    `COMMENT ON FUNCTION name_search_query(text) IS 'The words of q, each a prefix of a word part (name_search_parts); NULL when q has no word.'`,
  );
  const { rows } = await knex.raw(`SELECT to_regclass('actors_search_trgm_idx') IS NOT NULL AS trigrams`);
  if (rows[0].trigrams) return;
  await knex.raw(`CREATE INDEX actors_search_parts_idx ON actors USING gin (name_search_parts(actor_search_text(name, aliases)))`);
  await knex.raw(`COMMENT ON INDEX actors_search_parts_idx IS 'Without pg_trgm: actors whose name or an alias may contain q (ActorStore.list).'`);
  await knex.raw(`CREATE INDEX documents_title_parts_idx ON documents USING gin (name_search_parts(lower(title)))`);
  await knex.raw(`COMMENT ON INDEX documents_title_parts_idx IS 'Without pg_trgm: documents whose title may contain q (DocumentStore.list).'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS documents_title_parts_idx');
  await knex.raw('DROP INDEX IF EXISTS actors_search_parts_idx');
  await knex.raw('DROP FUNCTION name_search_query(text)');
  await knex.raw('DROP FUNCTION name_search_parts(text)');
}
