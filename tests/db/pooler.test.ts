import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDb, Db, limitsNotCarried } from '../../src/db/knex';
import { admin } from '../support/db';
import { createTestApp, TestApp } from '../support/app';
import { Bouncer, PGBOUNCER, startPgBouncer } from '../support/pgbouncer';

/*
 * The production path through a connection pooler (PgBouncer), with a real PgBouncer when one is installed (Debian's
 * `pgbouncer` package; CI installs only PostgreSQL and Chromium, so there these tests are skipped, saying so).
 *
 * - PgBouncer refuses a connection whose start-up packet carries statement_timeout ("unsupported startup parameter"):
 *   the ledger sent its time limit so, and every connection through PgBouncer failed. The limits are now set by a
 *   statement once connected.
 * - In transaction mode a client's next transaction may run on another server connection: a statement prepared by name
 *   on one is unknown on the next ("prepared statement … does not exist"), and settings a session sets stay on a server
 *   connection for other clients. With DATABASE_POOLER=transaction nothing is prepared by name and the exports' settings
 *   are their transaction's own.
 */
const suite = PGBOUNCER ? describe : describe.skip;
if (!PGBOUNCER) test.skip('PgBouncer is not installed (apt-get install pgbouncer): the pooler tests are skipped', () => undefined);

suite('through PgBouncer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: true });
  });
  afterAll(async () => {
    await t.drop();
  });

  test('session mode: the pool connects, and its statement and lock limits hold', async () => {
    const bouncer = await startPgBouncer('session', 2);
    const db = createDb(bouncer.through(t.url), { poolMax: 2, statementTimeoutMs: 300, lockTimeoutMs: 200, connectTimeoutMs: 3000 });
    try {
      const { rows } = await db.raw(`SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock`);
      expect(rows[0]).toEqual({ statement: '300ms', lock: '200ms' });
      await expect(db.raw('SELECT pg_sleep(2)')).rejects.toMatchObject({ code: '57014' });
    } finally {
      await db.destroy();
      await bouncer.stop();
    }
  });

  describe('transaction mode (DATABASE_POOLER=transaction)', () => {
    let bouncer: Bouncer;
    let pooled: Db;
    let app: Awaited<ReturnType<typeof createApp>>;
    beforeAll(async () => {
      // The time limits behind a transaction pooler are the role's or the database's (docs/operations.md).
      const name = new URL(t.url).pathname.slice(1);
      await admin((c) => c.query(`ALTER DATABASE ${name} SET statement_timeout = '5s'`));
      // Fewer server connections than the ledger has clients: its transactions move from one server connection to another.
      bouncer = await startPgBouncer('transaction', 2);
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_POOLER: 'transaction' });
      pooled = createDb(bouncer.through(t.url), { ...config.database, poolMax: 6 });
      app = await createApp({ db: pooled, config });
    });
    afterAll(async () => {
      await pooled.destroy();
      await bouncer.stop();
    });

    test('the start is told which limits the database does not carry (the ledger sets none for a session here)', async () => {
      // The database carries the statement limit (beforeAll), not the lock limit (LOCK_TIMEOUT_MS, 4 s by default).
      expect(await limitsNotCarried(pooled)).toEqual(['lock_timeout = 4000']);
    });

    test('claims are listed and read, whichever server connection each statement lands on', async () => {
      for (let round = 0; round < 8; round++) {
        const answers = await Promise.all(
          ['/v1/claims?limit=5', '/v1/claims?country=KZ', '/v1/claims?sort=-as_of&limit=3'].map((path) => request(app).get(path)),
        );
        for (const res of answers)
          expect({ status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({ status: 200, body: 'ok' });
      }
    });

    test('claims and their pages read through the pooler are served exactly as read directly (the load statement goes without its name but with its timestamp parsers: a 500 on pages before)', async () => {
      for (const path of ['/v1/claims?limit=50', '/v1/claims/2', '/claims/2', '/?q=fighters']) {
        const [pooledAnswer, direct] = await Promise.all([request(app).get(path).expect(200), request(t.app).get(path).expect(200)]);
        expect(pooledAnswer.text).toBe(direct.text);
      }
    });

    test('exports run whole, and leave no setting of theirs on the server connections other transactions use', async () => {
      const csv = await request(app).get('/v1/export/claims?format=csv').expect(200);
      expect(csv.text.split('\r\n').length).toBeGreaterThan(5);
      const ndjson = await request(app).get('/v1/export/claims?format=ndjson&include=revisions').expect(200);
      expect(ndjson.text.length).toBeGreaterThan(100);
      await request(app).get('/v1/export/datapackage').expect(200);
      // Every server connection the pooler lends (two) still has the database's limit, not the exports' none.
      const seen = await Promise.all(
        Array.from({ length: 6 }, () => pooled.raw(`SELECT current_setting('statement_timeout') AS limit, pg_sleep(0.05)`)),
      );
      expect(new Set(seen.map((r) => r.rows[0].limit))).toEqual(new Set(['5s']));
    });

    test('writes go through: a new claim, then its edit with If-Match', async () => {
      const claim = (await request(app).get('/v1/claims?limit=1').expect(200)).body.data[0];
      const res = await request(app).get(`/v1/claims/${claim.id}`).expect(200);
      await request(app)
        .patch(`/v1/claims/${claim.id}`)
        .set(t.as.editor)
        .set('If-Match', res.headers.etag)
        .send({ notes: 'edited through PgBouncer', reason: 'pooler test' })
        .expect(200);
    });
  });
});
