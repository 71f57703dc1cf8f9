import { Client } from 'pg';
import { createDb, type Db } from '../../src/db/knex';
import { holdConnection } from '../../src/export/cursor';
import { createTestDb, TestDb } from '../support/db';
import { poolOf } from '../support/pool';

let t: TestDb;
let db: Db;
beforeAll(async () => {
  t = await createTestDb();
  db = createDb(t.url, { poolMax: 2 });
});
afterAll(async () => {
  await db.destroy();
  await t.drop();
});

test('with every connection of the pool held, the export watchdog still hears that the database is at work on an export', async () => {
  // An administrator's lock on claims: the export's statement and a request's both wait for it, holding the pool's two connections.
  const administrator = new Client({ connectionString: t.url });
  await administrator.connect();
  try {
    await administrator.query('BEGIN');
    await administrator.query('LOCK TABLE claims IN ACCESS EXCLUSIVE MODE');
    const held = await holdConnection(db);
    const exporting = held.client.query('SELECT count(*) FROM claims');
    const request = db.raw('SELECT count(*) FROM claims').then((r) => r); // a query builder runs once awaited
    for (let tries = 0; poolOf(db).numUsed() < 2; tries++) {
      expect(tries).toBeLessThan(200);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // Its backend waits for the lock (PostgreSQL says so only once the statement reached it).
    const waiting = async () =>
      (await administrator.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`)).rows[0].n;
    for (let tries = 0; (await waiting()) < 2; tries++) {
      expect(tries).toBeLessThan(200);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // Before: asked through the pool, the question waited for a connection, had no answer in time, and the export was cut.
    expect(await held.atWork(1000)).toBe(true);
    await administrator.query('ROLLBACK');
    await Promise.all([exporting, request]);
    // Its statement done, the backend is idle in its transaction: not at work.
    expect(await held.atWork(1000)).toBe(false);
    held.release();
  } finally {
    await administrator.query('ROLLBACK').catch(() => undefined);
    await administrator.end();
  }
});
