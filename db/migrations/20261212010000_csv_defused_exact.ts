import type { Knex } from 'knex';

/*
 * csv_defused (20261209010000) made undoable exactly, as defuseFormula is (src/export/serialize.ts): apostrophes already
 * in front of a formula character, at the start or after a semicolon or tab (and blanks or quotes), get one more, so
 * that the import takes exactly one off. A quote reading "'=x" had been exported as it was and imported back as "=x":
 * a round trip of an unchanged file changed the claim's quote. The fast path is kept: a text with no semicolon, no
 * tab and no formula character or apostrophe in front is returned as it is, and the body stays one expression
 * without a FROM clause, so that PostgreSQL inlines it into the export's COPY query.
 */
const LEADING = `(ascii(t) IN (9, 13, 43, 45, 61, 64) OR (ascii(t) = 39 AND t ~ E'^''*[\\t\\r+=@-]'))`;

const EXACT = `
  SELECT CASE
    WHEN strpos(t, ';') > 0 OR strpos(t, E'\\t') > 0
      THEN CASE WHEN ${LEADING} THEN '''' ELSE '' END
        || regexp_replace(t, E'([;\\t][ \\t\\r\\n"]*)(''*[-=+@])', E'\\\\1''\\\\2', 'g')
    WHEN ${LEADING} THEN '''' || t
    ELSE t END`;

const FAST_PATH = `
  SELECT CASE
    WHEN strpos(t, ';') > 0 OR strpos(t, E'\\t') > 0
      THEN CASE WHEN ascii(t) IN (9, 13, 43, 45, 61, 64) THEN '''' ELSE '' END
        || regexp_replace(t, E'([;\\t][ \\t\\r\\n"]*)([-=+@])', E'\\\\1''\\\\2', 'g')
    WHEN ascii(t) IN (9, 13, 43, 45, 61, 64) THEN '''' || t
    ELSE t END`;

// Not STRICT, as before: PostgreSQL inlines a strict function only when its body is strict too.
const define = (body: string) => `CREATE OR REPLACE FUNCTION csv_defused(t text) RETURNS text LANGUAGE sql IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE AS $$ ${body} $$`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(define(EXACT));
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(define(FAST_PATH));
}
