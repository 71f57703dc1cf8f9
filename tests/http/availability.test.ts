import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDb, Db } from '../../src/db/knex';
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { faultProxy } from '../support/faultProxy';
import { pollUntil } from '../support/disconnect';
import { poolOf, untilPoolIdle } from '../support/pool';

/*
 * One client, or a database that stops answering, must not take the ledger down: long work (exports, imports)
 * is bounded and cannot take the connections short requests need; a reader that stops reading is cut; a
 * trickled import holds no connection; statements have a time limit; a frozen database is a quick 503.
 */
jest.setTimeout(60_000);

let t: TestApp;
let server: Listening;
beforeAll(async () => {
  t = await createTestApp({ seed: true, config: { longWorkMax: 2, longWorkWaitMs: 2000, stallTimeoutMs: 4000, readTimeoutMs: 3000 } });
  // Enough claims (with long notes) that a CSV export fills every socket buffer between server and client (~30 MB).
  await t.db.raw(`
    INSERT INTO claims (metric, country, location, approximation, value, value_text, claimant_id, notes)
    SELECT metric, country, location, approximation, value, value_text, claimant_id, repeat('n', 10000) FROM claims, generate_series(1, 3000) WHERE id = 1`);
  await t.db.raw(
    `INSERT INTO claim_sources (claim_id, document_id, quote, position) SELECT id, 1, 'Kazakhstan', 0 FROM claims WHERE id > 6`,
  );
  server = await listen(t.app);
});
afterAll(async () => {
  await server.close();
  await t.drop();
});

/** A request whose response is never read: the socket is paused from the start. */
function neverRead(path: string): Promise<net.Socket> {
  const url = new URL(server.base);
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname, () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`);
      socket.pause();
      resolve(socket);
    });
    socket.on('error', () => undefined);
  });
}

test('exports that are never read take at most LONG_WORK_MAX connections, are cut when they stall, and short requests keep answering', async () => {
  const stalled = [await neverRead('/v1/export/claims?format=csv'), await neverRead('/v1/export/claims?format=ndjson')];
  // Both hold a connection once they have begun (a sleep of 500 ms had assumed they had: under load, 0 or 1 were).
  expect(
    await pollUntil(
      async () => poolOf(t.db).numUsed(),
      (used) => used >= 2,
    ),
  ).toBe(2);
  // A third export waits for a slot (at most LONG_WORK_WAIT_MS, here 2 s), then is turned away with a problem and Retry-After.
  const third = await fetch(`${server.base}/v1/export/claims?format=csv`);
  expect(third.status).toBe(503);
  expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(third.headers.get('content-type')).toMatch(/problem\+json/);
  expect((await third.json()).detail).toMatch(/exports and imports/);
  // Short requests are answered meanwhile, quickly.
  const started = Date.now();
  const reads = await Promise.all(Array.from({ length: 20 }, () => fetch(`${server.base}/v1/claims/1`)));
  expect(reads.map((r) => r.status)).toEqual(Array(20).fill(200));
  expect(Date.now() - started).toBeLessThan(5000);
  // The stalled readers are cut (after STALL_TIMEOUT_MS without progress), and their connections go back to the pool.
  expect(await untilPoolIdle(t.db)).toBe(0);
  for (const socket of stalled) socket.destroy();
  const full = await fetch(`${server.base}/v1/export/claims?format=csv`);
  expect(full.status).toBe(200);
  expect((await full.text()).length).toBeGreaterThan(30_000_000);
});

test('an import that trickles its body holds no database connection; a whole one runs', async () => {
  // The test before may still be handing back its export's connection: start from an idle pool, so that what is in use
  // after the wait below is the trickling imports' own (a CI rehearsal with two jest workers saw 3 in use here).
  expect(await untilPoolIdle(t.db)).toBe(0);
  const url = new URL(server.base);
  const trickling = Array.from({ length: 4 }, () => {
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path: '/v1/import',
      method: 'POST',
      headers: { ...t.as.editor, 'Content-Type': 'application/x-ndjson' },
    });
    req.on('error', () => undefined);
    req.write(JSON.stringify({ type: 'actor', kind: 'ngo', name: 'Trickler' }) + '\n');
    return req;
  });
  await new Promise((r) => setTimeout(r, 800));
  expect(poolOf(t.db).numUsed()).toBe(0);
  const whole = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(JSON.stringify({ type: 'actor', kind: 'ngo', name: 'Whole import' }) + '\n')
    .expect(200);
  expect(whole.body.actors.created).toBe(1);
  await request(t.app).get('/v1/claims/1').expect(200);
  for (const req of trickling) req.destroy();
  expect(await t.db('actors').where({ name: 'Trickler' })).toHaveLength(0);
});

test('a gzipped import is accepted; an unknown encoding is a 415, a corrupt or oversized one a 400 or 413', async () => {
  const body = zlib.gzipSync(JSON.stringify({ type: 'actor', kind: 'ngo', name: 'Gzipped Garçon' }) + '\n');
  const ok = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .set('Content-Encoding', 'gzip')
    .send(body)
    .expect(200);
  expect(ok.body.actors.created).toBe(1);
  expect(await t.db('actors').where({ name: 'Gzipped Garçon' })).toHaveLength(1);
  const unknown = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .set('Content-Encoding', 'zstd')
    .send('{}\n')
    .expect(415);
  expect(unknown.body.errors[0].field).toBe('Content-Encoding');
  await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .set('Content-Encoding', 'gzip')
    .send(Buffer.from('not gzip at all'))
    .expect(400);

  const small = await createTestApp({ config: { importBodyLimit: 10_000 } });
  try {
    const bomb = zlib.gzipSync(Buffer.alloc(50_000_000, 0x20));
    const res = await request(small.app)
      .post('/v1/import')
      .set(small.as.editor)
      .set('Content-Type', 'application/x-ndjson')
      .set('Content-Encoding', 'gzip')
      .send(bomb)
      .expect(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  } finally {
    await small.drop();
  }
});

describe('database time limits', () => {
  let limited: Db;
  beforeAll(() => {
    limited = createDb(t.url, { statementTimeoutMs: 300, connectTimeoutMs: 1000, acquireTimeoutMs: 1000 });
  });
  afterAll(() => limited.destroy());

  test('a statement past the time limit is a 503 with Retry-After naming the cause, and the next one works', async () => {
    const app = await createApp({ db: limited, config: { ...loadConfig({ NODE_ENV: 'test' }) } });
    const blocker = await t.db.client.acquireConnection();
    try {
      // A table lock held elsewhere makes every read of claims wait: the statement limit ends the wait.
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE claims IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const res = await request(app).get('/v1/claims?q=fighters&facets=country,metric').expect(503);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(res.body.errors[0].field).toBe('statement_timeout');
      expect(JSON.stringify(res.body)).not.toMatch(/SELECT|stack|at \w+ \(/);
    } finally {
      await blocker.query('ROLLBACK');
      await t.db.client.releaseConnection(blocker);
    }
    await request(app).get('/v1/claims/1').expect(200);
  });

  test('when PostgreSQL stops answering, /health and reads are a 503 with Retry-After within seconds, and recover by themselves', async () => {
    const target = new URL(t.url);
    const proxy = await faultProxy({ host: target.hostname, port: Number(target.port) });
    const viaProxy = new URL(t.url);
    viaProxy.port = String(proxy.port);
    const db = createDb(viaProxy.toString(), { connectTimeoutMs: 1000, acquireTimeoutMs: 1500 });
    try {
      const app = await createApp({ db, config: { ...loadConfig({ NODE_ENV: 'test' }), readTimeoutMs: 2500 } });
      await request(app).get('/health').expect(200);
      await request(app).get('/v1/claims/1').expect(200);
      proxy.freeze();
      for (const path of ['/health', '/v1/claims/1', '/v1/claims?limit=5', '/v1/compare/sources?country=KZ&metric=foreign_fighters']) {
        const started = Date.now();
        const res = await request(app).get(path);
        expect({ path, status: res.status }).toEqual({ path, status: 503 });
        expect(Date.now() - started).toBeLessThan(4000);
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
        expect(res.headers['content-type']).toMatch(/problem\+json/);
      }
      // A reader's browser gets a page: titled, saying what happened and what to do, with a way back.
      for (const path of ['/claims/1', '/countries/KZ']) {
        const res = await request(app).get(path).set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
        expect({ path, status: res.status, type: res.headers['content-type'] }).toEqual({
          path,
          status: 503,
          type: expect.stringMatching(/^text\/html/),
        });
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
        expect(res.text).toContain('<title>The ledger is not answering · Claims ledger</title>');
        expect(res.text).toContain('<h1>The ledger is not answering</h1>');
        expect(res.text).toContain('reload the page in a few seconds');
        expect(res.text).toContain('<a href="/">Search the ledger</a>');
      }
      proxy.thaw();
      let health = 0;
      for (let tries = 0; tries < 50 && health !== 200; tries++) {
        health = (await request(app).get('/health')).status;
        if (health !== 200) await new Promise((r) => setTimeout(r, 200));
      }
      expect(health).toBe(200);
      await request(app).get('/v1/claims/1').expect(200);
    } finally {
      await proxy.close();
      await db.destroy();
    }
  });
});
