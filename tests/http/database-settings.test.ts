import { Client } from 'pg';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { settled } from '../support/settled';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';

/*
 * What a database administrator sets on the ledger's database, not the ledger: a lock_timeout (a write waiting on a
 * record another session holds is cancelled, SQLSTATE 55P03), or the database closed to connections for maintenance
 * (ALLOW_CONNECTIONS false, 55000), as a rotated password (28P01) or a dropped database (3D000) would. Each was a 500
 * "unexpected error"; now a 503 problem with Retry-After that says what happened, nothing written, and the ledger
 * serves again by itself once the setting is undone. Every other SQLSTATE is classified in tests/db/sqlstates.test.ts.
 */
let t: TestApp;
let dbName: string;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  dbName = new URL(t.url).pathname.slice(1);
});
afterAll(async () => {
  await t.drop();
});

/** Runs statements as the administrator (on the cluster's maintenance database), then ends the pool's sessions. */
async function asAdministrator(...statements: string[]): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
    await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [dbName]);
  } finally {
    await client.end();
  }
}

function expectRetryable(res: request.Response, label: string, code: string, retryAfter: string): void {
  expect({
    label,
    status: res.status,
    type: res.headers['content-type'],
    retryAfter: res.headers['retry-after'],
    code: res.body.code,
  }).toEqual({
    label,
    status: 503,
    type: expect.stringMatching(/^application\/problem\+json/),
    retryAfter,
    code,
  });
  expect(JSON.stringify(res.body)).not.toMatch(/canceling|SELECT|INSERT|accepting connections|stack/i);
}

test("writes waiting past the database's lock_timeout are a 503 naming it, change nothing, and work again after", async () => {
  await asAdministrator(`ALTER DATABASE "${dbName}" SET lock_timeout = '300ms'`);
  const holder = new Client({ connectionString: t.url });
  try {
    await settled(t.app);
    const etag = (await request(t.app).get('/v1/claims/1').expect(200)).headers.etag;
    const before = await tableChecksums(t.db);
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE claims IN EXCLUSIVE MODE'); // what a long maintenance transaction holds; reads go on
    const claim = seedClaimBody();
    const writes = {
      create: request(t.app).post('/v1/claims').set(t.as.editor).send(claim),
      revise: request(t.app).patch('/v1/claims/1').set(t.as.editor).set('If-Match', etag).send({ notes: 'locked', reason: 'test' }),
      retract: request(t.app).delete('/v1/claims/1').set(t.as.editor).set('If-Match', etag).send({ reason: 'test' }),
      import: request(t.app)
        .post('/v1/import')
        .set(t.as.editor)
        .set('Content-Type', 'application/x-ndjson')
        .send(
          `${JSON.stringify({ type: 'claim', ...claim, claimant: 4, claimant_id: undefined, sources: [{ document: 1, quote: 'over 300' }] })}\n`,
        ),
    };
    for (const [label, pending] of Object.entries(writes)) {
      const res = await pending;
      expectRetryable(res, label, 'concurrent_change', '1');
      expect(res.body.errors).toEqual([{ field: 'lock_timeout', message: 'the lock time limit was reached' }]);
    }
    await request(t.app).get('/v1/claims/1').expect(200);
    await holder.query('ROLLBACK');
    expect(await tableChecksums(t.db)).toEqual(before);
  } finally {
    await holder.end().catch(() => undefined);
    await asAdministrator(`ALTER DATABASE "${dbName}" RESET lock_timeout`);
  }
  await settled(t.app);
  await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody()).expect(201);
});

test('a database closed to connections: reads, writes and readiness are 503s with Retry-After, and it serves again once open', async () => {
  const before = await tableChecksums(t.db);
  await asAdministrator(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS false`);
  try {
    const answers = {
      read: await request(t.app).get('/v1/claims/1'),
      write: await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody()),
      page: await request(t.app).get('/v1/claims?country=KZ'),
    };
    for (const [label, res] of Object.entries(answers)) expectRetryable(res, label, 'database_unavailable', '5');
    expect((await request(t.app).get('/ready')).status).toBe(503);
  } finally {
    await asAdministrator(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS true`);
  }
  await settled(t.app);
  expect(await tableChecksums(t.db)).toEqual(before);
});
