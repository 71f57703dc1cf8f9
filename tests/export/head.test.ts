import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';
import { pollUntil } from '../support/disconnect';

/**
 * A HEAD of an export sends the headers its GET would, and costs no export work: express runs a GET's handler for a
 * HEAD, which took a long-work slot (or waited for one, then answered 503) and ran the whole export to send nothing.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true, config: { longWorkMax: 1, longWorkWaitMs: 300 } });
});
afterAll(() => t.drop());

test('HEAD of an export answers its headers at once while every slot is held, and a bad parameter is the same 400', async () => {
  const blocker = await t.db.client.acquireConnection();
  let held: Promise<unknown> = Promise.resolve();
  try {
    // The one slot held by an export waiting for a table another session locked.
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE claims IN ACCESS EXCLUSIVE MODE');
    held = request(t.app)
      .get('/v1/export/claims?format=csv')
      .then(
        (res) => res,
        () => undefined,
      );
    // Once PostgreSQL shows the export waiting for the table's lock, it holds the slot (a sleep of 500 ms had assumed
    // it: under load the export could reach its slot after the HEADs below, which then proved nothing).
    const waitingForLock = () =>
      t.db
        .raw("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
        .then((r: { rows: { n: number }[] }) => r.rows[0].n);
    expect(await pollUntil(waitingForLock, (n) => n > 0)).toBe(1);
    // Neither waits for the slot: waiting, it would be turned away (503) after 300 ms.
    const head = await request(t.app).head('/v1/export/claims?format=csv&country=KZ');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toMatch(/^text\/csv/);
    expect(head.headers['content-disposition']).toMatch(/^attachment; filename="claims_country-KZ_\d{8}T\d{6}Z\.csv"$/);
    expect(head.headers['cache-control']).toBe('no-store');
    const zip = await request(t.app).head('/v1/export/datapackage');
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    // The GET with the same slot held waits, then is turned away: the slot was really taken.
    const get = await request(t.app).get('/v1/export/claims?format=json');
    expect(get.status).toBe(503);
    expect(get.headers['retry-after']).toMatch(/^\d+$/);
    await request(t.app).head('/v1/export/claims?format=pdf').expect(400);
  } finally {
    await blocker.query('ROLLBACK');
    await t.db.client.releaseConnection(blocker);
  }
  expect(((await held) as { status: number } | undefined)?.status).toBe(200);
});
