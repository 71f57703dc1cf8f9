import type { Knex } from 'knex';

/*
 * csv_defused (20261202030000) as one expression without a FROM clause, so that PostgreSQL inlines it into the
 * export's COPY query. Its first body selected from a subquery, which PostgreSQL cannot inline: it ran as a
 * function call per text cell and made the CSV export of a million claims about four times slower. Same rule:
 * an apostrophe before a leading = + - @ tab or CR, and before such a character after a semicolon or tab (and
 * blanks or quotes). The leading character is the text's own (the replacement never changes the first one).
 */
const INLINED = `
  SELECT CASE WHEN ascii(t) IN (9, 13, 43, 45, 61, 64) THEN '''' ELSE '' END
    || CASE WHEN strpos(t, ';') > 0 OR strpos(t, E'\\t') > 0 THEN regexp_replace(t, E'([;\\t][ \\t\\r\\n"]*)([-=+@])', E'\\\\1''\\\\2', 'g') ELSE t END`;

const FIRST = `
  SELECT CASE WHEN ascii(g) IN (9, 13, 43, 45, 61, 64) THEN '''' || g ELSE g END
  FROM (SELECT CASE WHEN strpos(t, ';') > 0 OR strpos(t, E'\\t') > 0
                    THEN regexp_replace(t, E'([;\\t][ \\t\\r\\n"]*)([-=+@])', E'\\\\1''\\\\2', 'g') ELSE t END AS g) s`;

// Not STRICT: PostgreSQL inlines a strict function only when its body is strict too, and a CASE is not; the body
// gives NULL for NULL all the same ('' || NULL).
const define = (body: string, strict: string) => `CREATE OR REPLACE FUNCTION csv_defused(t text) RETURNS text LANGUAGE sql IMMUTABLE ${strict} PARALLEL SAFE AS $$ ${body} $$`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(define(INLINED, 'CALLED ON NULL INPUT'));
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(define(FIRST, 'STRICT'));
}
