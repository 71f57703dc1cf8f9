import { Client } from 'pg';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { settled } from '../support/settled';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';

/*
 * A database that answers but will not write (a standby promoted late, default_transaction_read_only set by an
 * administrator, as one does when the disk is nearly full): reads are served, and every write is a 503 problem with
 * Retry-After that says so and changes nothing, never a 500. Once the database writes again, so does the ledger.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(async () => {
  await t.drop();
});

/** Sets default_transaction_read_only for new sessions of the test database and ends the pool's current ones. */
async function setReadOnly(on: boolean): Promise<void> {
  const client = new Client({ connectionString: t.url });
  await client.connect();
  try {
    // This session was opened read-only too when the database is: ALTER DATABASE is a write.
    await client.query('SET default_transaction_read_only = off');
    const { rows } = await client.query('SELECT current_database() AS name');
    await client.query(`ALTER DATABASE "${rows[0].name}" SET default_transaction_read_only = ${on ? 'on' : 'off'}`);
    await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
  } finally {
    await client.end();
  }
}

const claim = seedClaimBody();

test('every kind of write to a read-only database is a 503 problem saying so, reads are served, and writes work again after', async () => {
  const before = await tableChecksums(t.db);
  await setReadOnly(true);
  try {
    await settled(t.app);
    const etag = (await request(t.app).get('/v1/claims/1').expect(200)).headers.etag;
    const writes = [
      request(t.app).post('/v1/claims').set(t.as.editor).send(claim),
      request(t.app).patch('/v1/claims/1').set(t.as.editor).set('If-Match', etag).send({ notes: 'read-only', reason: 'test' }),
      request(t.app).delete('/v1/claims/1').set(t.as.editor).set('If-Match', etag).send({ reason: 'test' }),
      request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'ngo', name: 'Read-only NGO' }),
      request(t.app)
        .post('/v1/import')
        .set(t.as.editor)
        .set('Content-Type', 'application/x-ndjson')
        .send(
          `${JSON.stringify({ type: 'claim', ...claim, claimant: 4, claimant_id: undefined, sources: [{ document: 1, quote: 'over 300' }] })}\n`,
        ),
    ];
    for (const [i, res] of (await Promise.all(writes)).entries()) {
      expect({ write: i, status: res.status, type: res.headers['content-type'], retryAfter: res.headers['retry-after'] }).toEqual({
        write: i,
        status: 503,
        type: expect.stringMatching(/^application\/problem\+json/),
        retryAfter: '30',
      });
      expect(res.body).toMatchObject({ code: 'database_unavailable', errors: [{ field: 'database', message: 'cannot write now' }] });
      expect(JSON.stringify(res.body)).not.toMatch(/read-only transaction|SELECT|nextval/);
    }
    for (const path of ['/v1/claims?country=KZ', '/claims/1', '/v1/compare/sources?country=KZ&metric=foreign_fighters'])
      await request(t.app).get(path).expect(200);
    expect(await tableChecksums(t.db)).toEqual(before);
  } finally {
    await setReadOnly(false);
  }
  await settled(t.app);
  await request(t.app).post('/v1/claims').set(t.as.editor).send(claim).expect(201);
});
