import type { Knex } from 'knex';

/*
 * The CSV export's guard against formula injection, in SQL, as serialize.ts's defuseFormula writes it: besides a
 * leading = + - @ tab or CR, a formula character after a semicolon or a tab inside the cell gets an apostrophe
 * too ("5;=HYPERLINK(…)" → "5;'=HYPERLINK(…)"), as spreadsheets that split on semicolons or tabs would start a
 * new cell there. csv_defused is the one SQL form of the rule; csv_defused_list applies it to each list item.
 */
const DEFUSED = `
  SELECT CASE WHEN ascii(g) IN (9, 13, 43, 45, 61, 64) THEN '''' || g ELSE g END
  FROM (SELECT CASE WHEN strpos(t, ';') > 0 OR strpos(t, E'\\t') > 0
                    THEN regexp_replace(t, E'([;\\t][ \\t\\r\\n"]*)([-=+@])', E'\\\\1''\\\\2', 'g') ELSE t END AS g) s`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE FUNCTION csv_defused(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ ${DEFUSED} $$`);
  await knex.raw(`COMMENT ON FUNCTION csv_defused(text) IS 'A text cell of the CSV export guarded against formula injection: a leading formula character, and one after a semicolon or tab, get an apostrophe'`);
  await knex.raw(`
    CREATE OR REPLACE FUNCTION csv_defused_list(items text[]) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT NULLIF(string_agg(csv_defused(COALESCE(item, 'null')), ';' ORDER BY n), '')
      FROM unnest(items) WITH ORDINALITY AS u(item, n)
    $$`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE OR REPLACE FUNCTION csv_defused_list(items text[]) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT NULLIF(string_agg(CASE WHEN ascii(x) IN (9, 13, 43, 45, 61, 64) THEN '''' || x ELSE x END, ';' ORDER BY n), '')
      FROM unnest(items) WITH ORDINALITY AS u(item, n), LATERAL (SELECT COALESCE(item, 'null') AS x) i
    $$`);
  await knex.raw('DROP FUNCTION csv_defused(text)');
}
