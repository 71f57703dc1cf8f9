import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDb, Db } from '../../src/db/knex';
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { FaultProxy, faultProxy } from '../support/faultProxy';
import { untilPoolIdle } from '../support/pool';

/*
 * An export whose database stops answering (frozen, or cut off by the network without a reset) before or during the
 * transfer. Exports run without the statement time limit and are not reads answerSlowReads may give up on, so they had
 * waited for ever: the client got no answer at all, or the first rows and then nothing, holding an export slot. Now,
 * after STALL_TIMEOUT_MS with nothing to send, one not begun is a 503 with Retry-After, one begun is cut mid-body (the
 * client sees a broken transfer, never a file that looks complete), and exports work again once the database answers.
 */
jest.setTimeout(60_000);

let t: TestApp;
let proxy: FaultProxy;
let viaProxy: Db;
let server: Listening;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  // 3,000 claims: an NDJSON export of them, two rows per round trip, is still running when the database freezes.
  await t.db.raw(`
    INSERT INTO claims (metric, country, location, approximation, value, value_text, claimant_id)
    SELECT metric, country, location, approximation, value, value_text, claimant_id FROM claims, generate_series(1, 3000) WHERE id = 1`);
  await t.db.raw(
    `INSERT INTO claim_sources (claim_id, document_id, quote, position) SELECT id, 1, 'Kazakhstan', 0 FROM claims WHERE id > 6`,
  );
  const target = new URL(t.url);
  proxy = await faultProxy({ host: target.hostname, port: Number(target.port) });
  const url = new URL(t.url);
  url.port = String(proxy.port);
  viaProxy = createDb(url.toString(), { connectTimeoutMs: 1000, acquireTimeoutMs: 1500 });
  const config = { ...loadConfig({ NODE_ENV: 'test' }), stallTimeoutMs: 1500, readTimeoutMs: 1000, exportBatchSize: 2 };
  server = await listen(await createApp({ db: viaProxy, config }));
});
afterAll(async () => {
  await server.close();
  await proxy.close();
  await viaProxy.destroy();
  await t.drop();
});

const exportsOf = [
  '/v1/export/claims?format=csv',
  '/v1/export/claims?format=ndjson',
  '/v1/export/claims?include=revisions&format=ndjson',
  '/v1/export/datapackage',
];

async function untilAnswering(): Promise<void> {
  for (let tries = 0; tries < 50; tries++) {
    if ((await fetch(`${server.base}/health`)).status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the ledger did not answer again');
}

test('an export whose database does not answer is a 503 with Retry-After after STALL_TIMEOUT_MS, not a wait without end', async () => {
  for (const path of exportsOf) {
    await untilAnswering();
    proxy.freeze();
    try {
      const started = Date.now();
      const res = await fetch(server.base + path, { signal: AbortSignal.timeout(15_000) });
      const body = await res.text();
      expect({ path, status: res.status, type: res.headers.get('content-type') }).toEqual({
        path,
        status: 503,
        type: expect.stringMatching(/problem\+json/),
      });
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(JSON.parse(body).errors).toEqual([{ field: 'database', message: 'did not answer in time' }]);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      proxy.thaw();
    }
  }
});

test('an export whose database stops answering mid-way is cut: the transfer breaks, it never ends as if complete', async () => {
  await untilAnswering();
  for (const path of ['/v1/export/claims?format=ndjson', '/v1/export/claims?include=revisions&format=ndjson']) {
    const res = await fetch(server.base + path, { signal: AbortSignal.timeout(15_000) });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let received = (await reader.read()).value?.length ?? 0;
    proxy.freeze();
    const started = Date.now();
    let ended: 'complete' | 'broken';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          ended = 'complete';
          break;
        }
        received += value.length;
      }
    } catch {
      ended = 'broken';
    }
    proxy.thaw();
    expect({ path, ended }).toEqual({ path, ended: 'broken' });
    expect(received).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(5000);
  }
  // Recovered by itself: a whole export once the database answers, the same as one that never met a fault.
  await untilAnswering();
  const whole = await fetch(`${server.base}/v1/export/claims?format=ndjson`);
  expect(whole.status).toBe(200);
  expect(await whole.text()).toBe((await request(t.app).get('/v1/export/claims?format=ndjson').expect(200)).text);
});

test('every connection an export gave up on goes back to the pool once the database answers', async () => {
  // The exports answered 503 above had their streams opened after the answer, once the database thawed: setting
  // headers on the answered response threw before anything ended them, and each kept its connection for good.
  await untilAnswering();
  expect(await untilPoolIdle(viaProxy)).toBe(0);
});
