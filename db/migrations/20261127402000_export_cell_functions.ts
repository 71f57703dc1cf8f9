import type { Knex } from 'knex';

/**
 * Two functions the CSV export calls per row. Being functions declared PARALLEL SAFE (where the same SQL as a
 * subquery in the select list is not), they let PostgreSQL build the cells in its parallel workers.
 */
export async function up(knex: Knex): Promise<void> {
  // A list cell as the export writes it: each item (null as "null") with a leading apostrophe when a spreadsheet
  // would run it as a formula (tab, CR, +, -, =, @), joined with ";"; NULL for an empty list or an empty text.
  await knex.raw(`
    CREATE FUNCTION csv_defused_list(items text[]) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT NULLIF(string_agg(CASE WHEN ascii(x) IN (9, 13, 43, 45, 61, 64) THEN '''' || x ELSE x END, ';' ORDER BY n), '')
      FROM unnest(items) WITH ORDINALITY AS u(item, n), LATERAL (SELECT COALESCE(item, 'null') AS x) i
    $$`);
  await knex.raw(`COMMENT ON FUNCTION csv_defused_list(text[]) IS 'A list cell of the CSV export: items guarded against formula injection, joined with semicolons'`);
  // The affiliation a person held on a day (else their current one, else the first), in the editor order;
  // ClaimStore picks the claimant role the same way.
  await knex.raw(`
    CREATE FUNCTION affiliation_at(person bigint, day date) RETURNS bigint
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT af.id
      FROM actor_affiliations af,
           LATERAL (SELECT day IS NOT NULL AND (af.from_date IS NULL OR af.from_date <= day) AND (af.to_date IS NULL OR af.to_date >= day) AS held) h
      WHERE af.person_id = person
      ORDER BY h.held DESC, (NOT h.held AND af.to_date IS NULL) DESC, af.position, af.id
      LIMIT 1
    $$`);
  await knex.raw(`COMMENT ON FUNCTION affiliation_at(bigint, date) IS 'The affiliation a person held on a day, else the current one, else the first by position'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP FUNCTION affiliation_at(bigint, date)');
  await knex.raw('DROP FUNCTION csv_defused_list(text[])');
}
