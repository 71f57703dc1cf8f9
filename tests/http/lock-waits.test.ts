import { Client } from 'pg';
import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDb, Db, migrate, MigrationLockError } from '../../src/db/knex';
import { createTestApp, TestApp } from '../support/app';
import { untilPoolIdle } from '../support/pool';
import { within } from '../support/within';

/*
 * A lock another session never releases (an administrator's open transaction after LOCK TABLE, a stuck writer's row
 * lock) had held whatever met it: a request until the statement time limit (a 503 naming statement_timeout, or for ever
 * with STATEMENT_TIMEOUT_MS=0), an export for as long as the lock was held (the stall watchdog, asking, heard that its
 * backend was at work: waiting for the lock), a migration at start for ever. Each kind of work now has a lock time limit
 * (lock_timeout): requests LOCK_TIMEOUT_MS, exports a longer one, migrations a short one tried again; past it, a 503
 * naming lock_timeout with Retry-After, nothing written; a start that cannot migrate fails naming who holds the lock.
 */
let t: TestApp;
let db: Db;
let app: Awaited<ReturnType<typeof createApp>>;
let holder: Client;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = createDb(t.url, { poolMax: 6, statementTimeoutMs: 5000, lockTimeoutMs: 300, longWorkLockTimeoutMs: 700 });
  app = await createApp({ db, config: loadConfig({ NODE_ENV: 'test' }) });
});
beforeEach(async () => {
  holder = new Client({ connectionString: t.url });
  await holder.connect();
  await holder.query('BEGIN');
});
afterEach(async () => {
  await holder.end();
});
afterAll(async () => {
  await db.destroy();
  await t.drop();
});

const firstClaim = async () => (await request(app).get('/v1/claims?limit=1').expect(200)).body.data[0] as { id: number; version: number };

function expectLockProblem(res: request.Response): void {
  expect(res.status).toBe(503);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(res.headers['retry-after']).toBeDefined();
  expect(res.body.errors).toEqual([expect.objectContaining({ field: 'lock_timeout' })]);
  expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|pg_|SELECT/);
}

test('a change meeting a row lock nobody releases is a 503 naming lock_timeout within the lock limit, and nothing is written', async () => {
  const claim = await firstClaim();
  const etag = (await request(app).get(`/v1/claims/${claim.id}`).expect(200)).headers.etag;
  await holder.query('SELECT id FROM claims WHERE id = $1 FOR UPDATE', [claim.id]);
  const started = Date.now();
  const res = await request(app)
    .patch(`/v1/claims/${claim.id}`)
    .set(t.as.editor)
    .set('If-Match', etag)
    .send({ notes: 'never saved', reason: 'lock test' });
  expectLockProblem(res);
  // Well before the statement limit (5 s), which had answered it naming statement_timeout.
  expect(Date.now() - started).toBeLessThan(3000);
  await holder.query('ROLLBACK');
  expect((await db('claims').where({ id: claim.id }).first()).version).toBe(claim.version);
});

test('a read meeting an ACCESS EXCLUSIVE lock nobody releases is a 503 naming lock_timeout', async () => {
  const claim = await firstClaim();
  await holder.query('LOCK TABLE claims IN ACCESS EXCLUSIVE MODE');
  expectLockProblem(await request(app).get(`/v1/claims/${claim.id}`));
});

test('an export meeting it is a 503 naming lock_timeout after the long-work limit, its connection given back', async () => {
  await holder.query('LOCK TABLE claims IN ACCESS EXCLUSIVE MODE');
  for (const path of ['/v1/export/claims?format=csv', '/v1/export/claims?format=ndjson']) {
    const res = await request(app).get(path).timeout(10_000);
    expectLockProblem(res);
  }
  expect(await untilPoolIdle(db)).toBe(0);
});

test('migrations meeting a lock nobody releases give way and are tried again, then fail naming who holds it', async () => {
  await holder.query('LOCK TABLE knex_migrations_lock IN ACCESS EXCLUSIVE MODE');
  const holderPid = (await holder.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  const outcome = await within(
    migrate(db, undefined, { lockTimeoutMs: 200, attempts: 3, retryAfterMs: 50 }).then(
      () => 'migrated',
      (err: Error) => err,
    ),
    10_000,
    'still waiting after 10 s',
  );
  expect(outcome).toBeInstanceOf(MigrationLockError);
  expect((outcome as Error).message).toContain(`pid ${holderPid}`);
  await holder.query('ROLLBACK');
  // Once the lock is gone, the same start goes through, and left knex's own lock free.
  await migrate(db, undefined, { lockTimeoutMs: 200, attempts: 3, retryAfterMs: 50 });
  expect((await db('knex_migrations_lock').first()).is_locked).toBe(0);
});
