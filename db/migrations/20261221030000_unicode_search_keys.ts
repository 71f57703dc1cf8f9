import type { Knex } from 'knex';
import { MULTIPLE_FOLDS, SINGLE_FOLDS } from './20261221020000_unicode_name_keys';

/*
 * The search of actors and documents (`q`: a name, alias or title containing it, case aside) compared lower() of both
 * sides, and lower() folds what the cluster's locale knows: under the embedded PostgreSQL's --locale=C only A–Z, so
 * "ансар" did not find "АНСАР", and a title with a decomposed "é" (e + U+0301) was not found by a composed "é". Names
 * were given one key whatever the locale by migration 20261221020000 (name_key); the search now folds alike, with the
 * same table: search_fold is name_key's NFKC, case fold, NFKC, without its blanks' rule (a search for "al " keeps its
 * space). src/db/nameKey.ts (searchFold) folds q with the same table, so both sides of the LIKE are folded alike.
 *
 * actor_search_text, which the actors' trigram index (or, without pg_trgm, word-parts index) is built on, folds so
 * too, its key spelt out (an index is built with a search_path of pg_catalog alone, PostgreSQL 17, where it could not
 * call search_fold); the index is rebuilt. The documents' title index is made again on search_fold(title).
 */

/** A string literal of these code points, ASCII text: E'\\U0001e922…' (as migration 20261221020000 writes them). */
const literal = (codePoints: readonly number[]): string =>
  `E'${codePoints.map((c) => (c < 0x80 && c !== 0x27 && c !== 0x5c ? String.fromCharCode(c) : `\\U${c.toString(16).padStart(8, '0')}`)).join('')}'`;

/** `x` folded: NFKC, each character case-folded by the name keys' table, NFKC again; text of ASCII alone, A–Z lowered. */
export function searchFoldSql(x: string): string {
  const from: number[] = [];
  const to: number[] = [];
  for (const [first, last, offset, step] of SINGLE_FOLDS) {
    for (let c = first; c <= last; c += step) {
      from.push(c);
      to.push(c + offset);
    }
  }
  const folded = MULTIPLE_FOLDS.reduce(
    (inner, [c, into]) => `replace(${inner}, ${literal([c])}, ${literal(into)})`,
    `translate(normalize(${x}, NFKC), ${literal(from)}, ${literal(to)})`,
  );
  const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return `CASE WHEN octet_length(${x}) = char_length(${x}) THEN translate(${x}, '${upper}', '${upper.toLowerCase()}') ELSE normalize(${folded}, NFKC) END`;
}

const ACTOR_TEXT = String.raw`E'\x1f' || name || E'\x1f' || array_to_string(aliases, E'\x1f')`;

/** The trigram operator class where pg_trgm is installed (migration 20261215020000 created it where it could), else null. */
async function trigramOperatorClass(knex: Knex): Promise<string | null> {
  const { rows } = await knex.raw<{ rows: { schema: string }[] }>(
    `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
  );
  return rows.length ? `${knex.client.wrapIdentifier(rows[0].schema)}.gin_trgm_ops` : null;
}

/** Which of the search's indexes this database has (trigrams, word parts, or neither). */
async function indexes(knex: Knex): Promise<{ trigrams: boolean; parts: boolean }> {
  const { rows } = await knex.raw(
    `SELECT to_regclass('actors_search_trgm_idx') IS NOT NULL AS trigrams, to_regclass('actors_search_parts_idx') IS NOT NULL AS parts`,
  );
  return rows[0];
}

async function define(knex: Knex, foldOf: (x: string) => string, title: string): Promise<void> {
  await knex.raw(`CREATE OR REPLACE FUNCTION actor_search_text(name text, aliases text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ${foldOf(`(${ACTOR_TEXT})`)} $$`);
  const { trigrams, parts } = await indexes(knex);
  if (trigrams) await knex.raw('REINDEX INDEX actors_search_trgm_idx');
  if (parts) await knex.raw('REINDEX INDEX actors_search_parts_idx');
  const ops = trigrams ? await trigramOperatorClass(knex) : null;
  if (ops) {
    await knex.raw('DROP INDEX documents_title_trgm_idx');
    await knex.raw(`CREATE INDEX documents_title_trgm_idx ON documents USING gin (${title} ${ops})`);
    await knex.raw(`COMMENT ON INDEX documents_title_trgm_idx IS 'Documents whose title contains q, case aside (DocumentStore.list).'`);
  }
  if (parts) {
    await knex.raw('DROP INDEX documents_title_parts_idx');
    await knex.raw(`CREATE INDEX documents_title_parts_idx ON documents USING gin (name_search_parts(${title}))`);
    await knex.raw(`COMMENT ON INDEX documents_title_parts_idx IS 'Without pg_trgm: documents whose title may contain q (DocumentStore.list).'`);
  }
}

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT ${searchFoldSql('$1')} $$`);
  await knex.raw(
    `COMMENT ON FUNCTION search_fold(text) IS 'A text as searches compare it, whatever the locale: NFKC, each character case-folded, NFKC (name_key without its blanks'' rule; src/db/nameKey.ts).'`,
  );
  await define(knex, searchFoldSql, 'search_fold(title)');
  await knex.raw(
    `COMMENT ON FUNCTION actor_search_text(text, text[]) IS 'An actor''s name and aliases, folded as search_fold folds, each after a U+001F: what its search (ActorStore.list, q) reads.'`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await define(knex, (x) => `lower(${x})`, 'lower(title)');
  await knex.raw(
    `COMMENT ON FUNCTION actor_search_text(text, text[]) IS 'An actor''s name and aliases, lower-cased, each after a U+001F: what its search (ActorStore.list, q) reads.'`,
  );
  await knex.raw('DROP FUNCTION search_fold(text)');
}
