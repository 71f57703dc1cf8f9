/**
 * A read of the places the database never answers (robust46): a lock held on `countries` by a transaction left open,
 * on a connection with no lock or statement limit (a database frozen is the same to the reader). The read had kept the
 * index's `reading` set for as long as it waited, so no request started another, and a writer's refresh waited with
 * it, its write committed and its answer not given. Now it fails after its limit, reported, the places known kept.
 */
import { Client } from 'pg';
import { createDb, Db } from '../../src/db/knex';
import { PlaceIndex } from '../../src/vocab/store';
import { createTestDb, TestDb } from '../support/db';

let t: TestDb;
let unlimited: Db;
let holder: Client;

beforeAll(async () => {
  t = await createTestDb();
  unlimited = createDb(t.url);
  holder = new Client({ connectionString: t.url });
  await holder.connect();
});

afterAll(async () => {
  await holder.end().catch(() => undefined);
  await unlimited.destroy();
  await t.drop();
});

/** The reads of the countries table waiting for their lock. */
async function readsWaiting(): Promise<number> {
  const { rows } = await t.db.raw<{ rows: { n: string }[] }>(
    `SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'select * from "countries"%'`,
  );
  return Number(rows[0].n);
}

test('a read of the places left unanswered fails after its limit: the writer is answered and the next request reads again', async () => {
  const places = await PlaceIndex.load(unlimited, 0, Date.now, 300);
  expect(places.resolve('Tajik')).toBe('TJ');
  const reported: unknown[] = [];
  places.onReadError = (err) => reported.push(err);
  await holder.query('BEGIN');
  await holder.query('LOCK TABLE countries IN ACCESS EXCLUSIVE MODE');
  try {
    const write = places.refreshAfterWrite().then(() => 'answered');
    // (a guard against the hang this test is about, far past the read's limit: not a measure of time)
    const guard = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 20_000).unref());
    expect(await Promise.race([write, guard])).toBe('answered');
    expect(reported).toHaveLength(1);
    expect(String(reported[0])).toMatch(/read of the places went unanswered for 300 ms/);
    expect(places.resolve('Tajik')).toBe('TJ');
    // the next request finding the places stale starts a read of its own (the first still waits for the lock)
    places.fresh();
    for (let tries = 0; (await readsWaiting()) < 2 && tries < 200; tries++) await new Promise((r) => setTimeout(r, 50));
    expect(await readsWaiting()).toBe(2);
  } finally {
    await holder.query('ROLLBACK');
  }
  await places.settled();
  expect(places.resolve('Kazakh')).toBe('KZ');
});
