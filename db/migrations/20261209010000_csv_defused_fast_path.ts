import type { Knex } from 'knex';

/*
 * csv_defused (20261203020000) with a fast path: a text with no semicolon, no tab and no formula character in front
 * (nearly every cell) is returned as it is, without the concatenation that copied every cell of a CSV export. Same
 * rule and answers (tests/export/csvDefused.test.ts): an apostrophe before a leading = + - @ tab or CR, and before
 * such a character after a semicolon or tab (and blanks or quotes). Still one expression without a FROM clause,
 * so that PostgreSQL inlines it into the export's COPY query.
 */
const FAST_PATH = `
  SELECT CASE
    WHEN strpos(t, ';') > 0 OR strpos(t, E'\\t') > 0
      THEN CASE WHEN ascii(t) IN (9, 13, 43, 45, 61, 64) THEN '''' ELSE '' END
        || regexp_replace(t, E'([;\\t][ \\t\\r\\n"]*)([-=+@])', E'\\\\1''\\\\2', 'g')
    WHEN ascii(t) IN (9, 13, 43, 45, 61, 64) THEN '''' || t
    ELSE t END`;

const INLINED = `
  SELECT CASE WHEN ascii(t) IN (9, 13, 43, 45, 61, 64) THEN '''' ELSE '' END
    || CASE WHEN strpos(t, ';') > 0 OR strpos(t, E'\\t') > 0 THEN regexp_replace(t, E'([;\\t][ \\t\\r\\n"]*)([-=+@])', E'\\\\1''\\\\2', 'g') ELSE t END`;

// Not STRICT: PostgreSQL inlines a strict function only when its body is strict too, and a CASE is not; the body
// gives NULL for NULL all the same (no test holds for NULL, so the ELSE gives t).
const define = (body: string) => `CREATE OR REPLACE FUNCTION csv_defused(t text) RETURNS text LANGUAGE sql IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE AS $$ ${body} $$`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(define(FAST_PATH));
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(define(INLINED));
}
