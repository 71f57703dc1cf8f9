import { down, up } from '../../db/migrations/20261227020000_unused_alias_functions';
import { createTestDb, TestDb } from '../support/db';

/*
 * Migration 20261227020000: lower_text_array and lower_trimmed_text_array, which only the indexes 20261226020000 dropped
 * called, are gone; down makes them again as their migrations made them (the same results and comments), up drops them
 * again. On this run's PostgreSQL (CI's second pass: 15, as a role without superuser rights owning them).
 */
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

const FUNCTIONS = ['lower_text_array', 'lower_trimmed_text_array'];
/** The functions of the database's own schemas named so, with their comments. */
async function functions(): Promise<{ name: string; comment: string | null }[]> {
  const { rows } = await t.db.raw(
    `SELECT p.proname AS name, obj_description(p.oid, 'pg_proc') AS comment FROM pg_proc p
     JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE p.proname = ANY(?) AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY p.proname`,
    [FUNCTIONS],
  );
  return rows;
}

test('neither function is left after the migrations, and nothing of the ledger named them', async () => {
  expect(await functions()).toEqual([]);
  const { rows } = await t.db.raw(
    `SELECT count(*)::int AS n FROM pg_indexes WHERE indexdef ~ 'lower_(trimmed_)?text_array'
     UNION ALL SELECT count(*)::int FROM pg_views WHERE definition ~ 'lower_(trimmed_)?text_array'
     UNION ALL SELECT count(*)::int FROM pg_proc WHERE prosrc ~ 'lower_(trimmed_)?text_array'`,
  );
  expect(rows).toEqual([{ n: 0 }, { n: 0 }, { n: 0 }]);
});

test('down makes both again as their migrations made them, with their comments; up drops them again', async () => {
  await t.db.transaction(async (trx) => {
    await down(trx);
  });
  try {
    expect(await functions()).toEqual([
      { name: 'lower_text_array', comment: 'Each element lower-cased: case-blind lookups of actor aliases.' },
      {
        name: 'lower_trimmed_text_array',
        comment: 'Each element trimmed of surrounding blanks and lower-cased: lookups of actors by alias.',
      },
    ]);
    const { rows } = await t.db.raw(
      `SELECT lower_text_array(ARRAY[' Islamic State ', 'KNB']) AS lowered, lower_trimmed_text_array(ARRAY[' Islamic State ', 'KNB']) AS trimmed,
              lower_text_array('{}') AS none, lower_trimmed_text_array(NULL) AS of_null`,
    );
    expect(rows[0]).toEqual({ lowered: [' islamic state ', 'knb'], trimmed: ['islamic state', 'knb'], none: [], of_null: [] });
  } finally {
    await t.db.transaction(async (trx) => {
      await up(trx);
    });
  }
  expect(await functions()).toEqual([]);
});
