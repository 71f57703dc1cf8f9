import type { Knex } from 'knex';
import request from 'supertest';
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { untilPoolIdle } from '../support/pool';

/*
 * An export whose database is working but slow to give its first row: a sort over millions of claims, a cold cache, or
 * (here) a lock held by another transaction (a migration's index build, an administrator's LOCK TABLE). The stall
 * watchdog had taken any export with nothing to send for STALL_TIMEOUT_MS for one the database stopped feeding: a 503
 * although the database was at work on it. Now it asks PostgreSQL (pg_stat_activity) whether the export's backend is
 * still at work before it gives up; a frozen database, which cannot say so, is still a 503 (database-stall.test.ts).
 *
 * And an export abandoned by its client while its database works on it: the ledger closes its connection, but a
 * backend that is sorting (or waiting for a lock) sends nothing and so had not noticed, and went on to the end of its
 * work, for nobody, as many times as a client starts and drops exports. Export connections run with
 * client_connection_check_interval: the backend notices within a second and stops.
 */
jest.setTimeout(60_000);

const STALL_MS = 800;
let t: TestApp;
let server: Listening;
beforeAll(async () => {
  t = await createTestApp({ seed: true, config: { stallTimeoutMs: STALL_MS, readTimeoutMs: STALL_MS } });
  server = await listen(t.app);
});
afterAll(async () => {
  await server.close();
  await t.drop();
});

/** Holds an ACCESS EXCLUSIVE lock on claims (every export reads it) until `release` is called. */
async function lockClaims(): Promise<{ release: () => Promise<void> }> {
  const trx: Knex.Transaction = await t.db.transaction();
  await trx.raw('LOCK TABLE claims IN ACCESS EXCLUSIVE MODE');
  return {
    release: async () => {
      await trx.commit();
    },
  };
}

/** Backends of this test's database waiting for a lock on a statement reading claims (the exports'). */
async function exportBackends(): Promise<number> {
  const { rows } = await t.db.raw(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`,
  );
  return rows[0].n;
}

const exportsOf = ['/v1/export/claims?format=csv', '/v1/export/claims?format=ndjson', '/v1/export/claims?include=revisions&format=ndjson'];

test('an export whose first row is slow to come (its database at work) is answered in full, not a 503', async () => {
  for (const path of exportsOf) {
    const expected = (await request(t.app).get(path).expect(200)).text;
    const lock = await lockClaims();
    const answer = fetch(server.base + path, { signal: AbortSignal.timeout(20_000) }).then(async (res) => ({
      status: res.status,
      body: await res.text(),
    }));
    // Four times STALL_TIMEOUT_MS with nothing to send, the database at work (waiting for the lock) all along.
    await new Promise((resolve) => setTimeout(resolve, 4 * STALL_MS));
    await lock.release();
    const { status, body } = await answer;
    expect({ path, status }).toEqual({ path, status: 200 });
    expect(body).toBe(expected);
  }
  expect(await untilPoolIdle(t.db)).toBe(0);
});

test('an export its client drops while the database works on it ends on the database too, not only in the ledger', async () => {
  const lock = await lockClaims();
  try {
    const controller = new AbortController();
    const answer = fetch(`${server.base}/v1/export/claims?format=csv`, { signal: controller.signal }).catch(() => 'aborted');
    for (let tries = 0; tries < 50 && (await exportBackends()) === 0; tries++) await new Promise((r) => setTimeout(r, 50));
    expect(await exportBackends()).toBe(1);
    controller.abort();
    expect(await answer).toBe('aborted');
    // The backend notices its client gone within client_connection_check_interval, though the lock is still held.
    let left = 1;
    for (let tries = 0; tries < 40 && left > 0; tries++) {
      await new Promise((r) => setTimeout(r, 100));
      left = await exportBackends();
    }
    expect(left).toBe(0);
  } finally {
    await lock.release();
  }
});
