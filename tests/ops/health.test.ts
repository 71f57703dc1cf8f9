import { Client } from 'pg';
import request from 'supertest';
import { HEALTH_TIMEOUT_MS } from '../../src/http/health';
import { READY_TIMEOUT_MS } from '../../src/ops/readiness';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

test('GET /health checks the database', async () => {
  const res = await request(t.app).get('/health').expect(200);
  expect(res.body).toEqual({ status: 'ok', database: 'ok' });
  expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

test('with every connection of the pool held by requests waiting on a locked table, /health and /ready say the database answers', async () => {
  // An administrator's lock on claims: each list waits for it on a connection of the pool, until all ten are held.
  const administrator = new Client({ connectionString: t.url });
  // Asked on another connection: pg_stat_activity stays as it was first read within a transaction.
  const observer = new Client({ connectionString: t.url });
  await administrator.connect();
  await observer.connect();
  try {
    await administrator.query('BEGIN');
    await administrator.query('LOCK TABLE claims IN ACCESS EXCLUSIVE MODE');
    const lists = Array.from({ length: 12 }, () =>
      request(t.app)
        .get('/v1/claims?limit=1')
        .then((r) => r.status),
    );
    const waitingOnLock = async () =>
      Number(
        (await observer.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))
          .rows[0].n,
      );
    for (let tries = 0; (await waitingOnLock()) < 10; tries++) {
      expect(tries).toBeLessThan(200);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const asked = Date.now();
    // Before: each waited for a connection of the pool and answered 503 "The database is not reachable" after 2 s.
    const checks = await Promise.all(Array.from({ length: 20 }, () => request(t.app).get('/health')));
    expect(checks.map((c) => ({ status: c.status, body: c.body }))).toEqual(
      Array(20).fill({ status: 200, body: { status: 'ok', database: 'ok' } }),
    );
    expect(Date.now() - asked).toBeLessThan(HEALTH_TIMEOUT_MS);
    // Before: /ready waited a minute for a connection of the pool (its acquire time limit), then said 503.
    const readyAsked = Date.now();
    const ready = await request(t.app).get('/ready');
    expect({ status: ready.status, body: ready.body }).toMatchObject({
      status: 200,
      body: { status: 'ready', database: 'ok', migrations: { pending: 0 } },
    });
    expect(Date.now() - readyAsked).toBeLessThan(READY_TIMEOUT_MS);
    await administrator.query('ROLLBACK');
    expect(await Promise.all(lists)).toEqual(Array(12).fill(200));
  } finally {
    await administrator.end();
    await observer.end();
  }
});
