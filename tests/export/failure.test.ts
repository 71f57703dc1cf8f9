import http from 'node:http';
import request from 'supertest';
import { ABANDONED_MID_STREAM } from '../../src/export/cursor';
import { createTestApp, listen, TestApp } from '../support/app';
import { knexWarnings } from '../support/db';

// An export whose query fails after its response has begun cannot send a problem: the status is gone. It must
// end the response unfinished (the client sees a truncated download, not a complete empty one), and the
// connection it used must not go back to the pool mid-protocol, where the next export would read its messages.
// One that fails before its first row (as here: claims as recorded are all rebuilt before the first is sent) is
// answered with a problem instead; it had been cut before its first byte too.
let t: TestApp;
const knex = knexWarnings();
beforeAll(async () => {
  t = await createTestApp({ seed: true, knexLog: knex.log });
});
afterAll(() => t.drop());

/** The body, or the error of a response that was cut off. */
async function download(url: string): Promise<{ status: number; text: string } | { cutOff: string }> {
  try {
    const res = await request(t.app).get(url);
    return { status: res.status, text: res.text };
  } catch (err) {
    return { cutOff: (err as Error).message };
  }
}

test('an export that fails mid-query is cut off, and the exports after it are whole', async () => {
  const whole = {
    csv: (await request(t.app).get('/v1/export/claims?format=csv').expect(200)).text,
    ndjson: (await request(t.app).get('/v1/export/claims?format=ndjson').expect(200)).text,
  };
  // A snapshot a query cannot read: claims as recorded now fail once the query reaches claim 4.
  await t.db.raw(
    `UPDATE revisions SET snapshot = jsonb_set(snapshot, '{value}', '"not a number"') WHERE entity = 'claim' AND entity_id = 4`,
  );
  const instant = encodeURIComponent(new Date().toISOString());
  for (const format of ['json', 'ndjson', 'csv', 'json', 'csv', 'ndjson']) {
    const answer = await download(`/v1/export/claims?format=${format}&as_recorded=${instant}`);
    // The stored data's fault, not the client's: a 503 that says so (it had been a 400 value_not_valid).
    expect('cutOff' in answer ? answer : { status: answer.status, problem: JSON.parse(answer.text).code }).toEqual({
      status: 503,
      problem: 'stored_data_damaged',
    });
  }
  for (let i = 0; i < 3; i++) {
    expect((await request(t.app).get('/v1/export/claims?format=csv').expect(200)).text).toBe(whole.csv);
    expect((await request(t.app).get('/v1/export/claims?format=ndjson').expect(200)).text).toBe(whole.ndjson);
  }
  // The failed exports' connections were dropped by the pool, each logged as closed by the ledger, never as a fault.
  expect(new Set(knex.warnings)).toEqual(new Set([`Connection Error: ${ABANDONED_MID_STREAM}`]));
});

/** A GET on a real socket: the status, whether the body came to its end (a chunked body's last chunk), and its bytes. */
function fetchWhole(url: string): Promise<{ status: number; complete: boolean; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        const done = () => resolve({ status: res.statusCode!, complete: res.complete, body: Buffer.concat(chunks) });
        res.on('end', done);
        res.on('error', done);
      })
      .on('error', reject);
  });
}

test('the data package meeting a damaged snapshot is a 503 before its first byte, or a cut transfer after it, never a whole zip', async () => {
  const revision = `entity = 'claim' AND entity_id = 4 AND version = 1`;
  const [stored] = (await t.db.raw(`SELECT snapshot FROM revisions WHERE ${revision}`)).rows;
  // A snapshot that is not an object: the revisions' changes are derived from it in SQL (revision_changes), which fails.
  await t.db.raw(`UPDATE revisions SET snapshot = '"garbage"'::jsonb WHERE ${revision}`);
  // Damage in a table's first batch is read before the package's head: the same answer as the other exports'.
  const answer = await request(t.app).get('/v1/export/datapackage');
  expect({ status: answer.status, type: answer.type, code: answer.body.code }).toEqual({
    status: 503,
    type: 'application/problem+json',
    code: 'stored_data_damaged',
  });
  // Damage further on (batches of 2 rows) is met after the head: the transfer is cut, its last chunk never sent.
  const small = await createTestApp({ seed: true, config: { exportBatchSize: 2 } });
  const server = await listen(small.app);
  try {
    const whole = await fetchWhole(`${server.base}/v1/export/datapackage`);
    expect(whole).toMatchObject({ status: 200, complete: true });
    await small.db.raw(`UPDATE revisions SET snapshot = '"garbage"'::jsonb WHERE ${revision}`);
    const cut = await fetchWhole(`${server.base}/v1/export/datapackage`);
    expect({ status: cut.status, complete: cut.complete }).toEqual({ status: 200, complete: false });
    expect(cut.body.length).toBeLessThan(whole.body.length);
    await small.db.raw(`UPDATE revisions SET snapshot = ? WHERE ${revision}`, [JSON.stringify(stored.snapshot)]);
    expect((await fetchWhole(`${server.base}/v1/export/datapackage`)).complete).toBe(true);
  } finally {
    await server.close();
    await small.drop();
  }
  await t.db.raw(`UPDATE revisions SET snapshot = ? WHERE ${revision}`, [JSON.stringify(stored.snapshot)]);
  await request(t.app).get('/v1/export/datapackage').expect(200);
});
