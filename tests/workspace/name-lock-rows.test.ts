import { ActorStore } from '../../src/actors/store';
import { nameSearchIndex } from '../../src/db/knex';
import { createTestDb, type TestDb } from '../support/db';

/*
 * actor_name_locks keeps one row per name the workspace has created an actor for (or looked up to create one): it only
 * grows. Measured here, to decide whether it needs pruning (docs/operations.md, "actor_name_locks"): its size after
 * NAME_LOCK_ROWS names (NAME_LOCK_ROWS=100000 measures the documented numbers), and after every name is locked again.
 */
jest.setTimeout(1_800_000);
const NAMES = Number(process.env.NAME_LOCK_ROWS ?? 2000);
const BATCH = 10_000;

let t: TestDb;
let actors: ActorStore;
beforeAll(async () => {
  t = await createTestDb();
  actors = new ActorStore(t.db, await nameSearchIndex(t.db));
});
afterAll(() => t.drop());

async function size(): Promise<{ rows: number; dead: number; table: number; index: number }> {
  await t.db.raw('ANALYZE actor_name_locks');
  const { rows } = await t.db.raw(`
    SELECT (SELECT count(*)::int FROM actor_name_locks) AS rows, n_dead_tup::int AS dead,
           pg_table_size('actor_name_locks')::int AS table, pg_indexes_size('actor_name_locks')::int AS index
      FROM pg_stat_user_tables WHERE relname = 'actor_name_locks'`);
  return rows[0];
}

const lockAll = async () => {
  for (let from = 0; from < NAMES; from += BATCH) {
    const names = Array.from({ length: Math.min(BATCH, NAMES - from) }, (_, i) => `Measured agency ${from + i}`);
    await t.db.transaction((trx) => actors.lockNames(trx, names));
  }
};

test(`${NAMES} names: one row each, not one more when locked again`, async () => {
  await lockAll();
  const first = await size();
  const distinct = Number(
    (
      await t.db.raw(`SELECT count(DISTINCT hashtext(lower('Measured agency ' || g)))::int AS n FROM generate_series(0, ?::int - 1) g`, [
        NAMES,
      ])
    ).rows[0].n,
  );
  expect(first.rows).toBe(distinct);
  await lockAll();
  const again = await size();
  await t.db.raw('VACUUM actor_name_locks');
  const vacuumed = await size();
  console.log(JSON.stringify({ names: NAMES, first, again, vacuumed, bytesPerName: Math.round((first.table + first.index) / NAMES) }));
  expect(again.rows).toBe(first.rows);
  expect(vacuumed.dead).toBe(0);
});
