import * as inlined from '../../db/migrations/20261226020000_name_keys_inlined';
import * as unusedAliasFunctions from '../../db/migrations/20261227020000_unused_alias_functions';
import type { Knex } from 'knex';
import { createTestDb, TestDb } from '../support/db';

/*
 * Migration 20261226020000: name_key no longer STRICT, so PostgreSQL inlines it; name_keys in PL/pgSQL over name_key; the
 * four indexes of lower-cased names and aliases no query reads dropped. The keys are the ones the functions gave before
 * (the indexes built on them are not rebuilt), on this run's PostgreSQL (CI's second pass: 15, as a role without
 * superuser rights, which owns the functions it changes).
 */
let t: TestDb;
/** 20261226020000's down and up, with the later migration that drops the functions its down builds indexes on undone first. */
const down = async (trx: Knex.Transaction) => {
  await unusedAliasFunctions.down(trx);
  await inlined.down(trx);
};
const up = async (trx: Knex.Transaction) => {
  await inlined.up(trx);
  await unusedAliasFunctions.up(trx);
};
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

// ASCII, blanks of every kind, case folded by a table (ß, Σ/ς, Cyrillic), decomposed and compatibility forms, nothing
const NAMES = [
  'Islamic  State',
  '  KNB ',
  '\u00a0Jamaat\u2003Ansarullah\t',
  'STRASSE Straße',
  'ΟΔΥΣΣΕΥΣ ὈΔΥΣΣΕΎΣ',
  'АНСАР аль-Шариа',
  'E\u0301TAT ﬁn Ａ',
  '',
  ' ',
];
/** name_key of each name alone, and name_keys of arrays of them (empty, NULL, holding a NULL, two-dimensional). */
async function keys(): Promise<unknown> {
  const { rows } = await t.db.raw(
    `SELECT (SELECT array_agg(name_key(n) ORDER BY i) FROM unnest(?::text[]) WITH ORDINALITY AS u(n, i)) AS each,
            name_key(NULL) AS of_null,
            name_keys(?::text[]) AS all_of_them,
            name_keys('{}') AS none, name_keys(NULL) AS of_null_array, name_keys(ARRAY['A  b', NULL, 'C']) AS with_null,
            name_keys('{{"X  y", Z}, {"ẞ", " q "}}') AS two_dimensions, name_keys('[3:4]={A,B}') AS from_three`,
    [NAMES, NAMES],
  );
  return rows[0];
}

/** Whether the plan of `sql` calls the function `fn` by its name: not when PostgreSQL inlined it. */
async function planNames(sql: string, fn: string): Promise<boolean> {
  const { rows } = await t.db.raw(`EXPLAIN (VERBOSE, FORMAT JSON) ${sql}`);
  return JSON.stringify(rows[0]['QUERY PLAN']).includes(`${fn}(`);
}

const SUPERSEDED = [
  'actors_aliases_lower_idx',
  'actors_aliases_trimmed_lower_idx',
  'actors_name_lower_idx',
  'actors_name_trimmed_lower_idx',
];
const actorIndexes = async (): Promise<string[]> =>
  (await t.db.raw(`SELECT indexname FROM pg_indexes WHERE tablename = 'actors' ORDER BY indexname`)).rows.map(
    (r: { indexname: string }) => r.indexname,
  );

test('the keys are those the functions gave before, and down and up again change none', async () => {
  const after = await keys();
  expect(after).toEqual({
    each: ['islamic state', 'knb', 'jamaat ansarullah', 'strasse strasse', 'οδυσσευσ ὀδυσσεύσ', 'ансар аль-шариа', 'état fin a', '', ''],
    of_null: null,
    all_of_them: [
      'islamic state',
      'knb',
      'jamaat ansarullah',
      'strasse strasse',
      'οδυσσευσ ὀδυσσεύσ',
      'ансар аль-шариа',
      'état fin a',
      '',
      '',
    ],
    none: [],
    of_null_array: [],
    with_null: ['a b', null, 'c'],
    two_dimensions: ['x y', 'z', 'ss', 'q'],
    from_three: ['a', 'b'],
  });
  await t.db.transaction(async (trx) => {
    await down(trx);
  });
  expect(await keys()).toEqual(after);
  await t.db.transaction(async (trx) => {
    await up(trx);
  });
  expect(await keys()).toEqual(after);
});

test('name_key is inlined where a query calls it, which the previous version was not; name_keys is PL/pgSQL', async () => {
  const calls = 'SELECT name_key(name) FROM actors';
  expect(await planNames(calls, 'name_key')).toBe(false);
  const { rows } = await t.db.raw(
    `SELECT p.proname, p.proisstrict, l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
     WHERE p.oid IN ('name_key(text)'::regprocedure, 'name_keys(text[])'::regprocedure) ORDER BY p.proname`,
  );
  expect(rows).toEqual([
    { proname: 'name_key', proisstrict: false, lanname: 'sql' },
    { proname: 'name_keys', proisstrict: false, lanname: 'plpgsql' },
  ]);
  await t.db.transaction(async (trx) => {
    await down(trx);
  });
  try {
    expect(await planNames(calls, 'name_key')).toBe(true);
  } finally {
    await t.db.transaction(async (trx) => {
      await up(trx);
    });
  }
});

test('the indexes of lower-cased names and aliases are gone; down makes them again with their comments, up drops them', async () => {
  expect(await actorIndexes()).toEqual(expect.arrayContaining(['actors_alias_keys_idx', 'actors_name_key_idx']));
  for (const name of SUPERSEDED) expect(await actorIndexes()).not.toContain(name);
  await t.db.transaction(async (trx) => {
    await down(trx);
  });
  expect(await actorIndexes()).toEqual(expect.arrayContaining(SUPERSEDED));
  const { rows } = await t.db.raw(`SELECT obj_description('actors_aliases_lower_idx'::regclass, 'pg_class') AS comment`);
  expect(rows[0].comment).toBe("Case-blind lookup of actors by alias (the extractor's claimant matching).");
  await t.db.transaction(async (trx) => {
    await up(trx);
  });
  for (const name of SUPERSEDED) expect(await actorIndexes()).not.toContain(name);
});
