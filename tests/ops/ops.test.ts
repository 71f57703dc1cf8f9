import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDb } from '../../src/db/knex';
import { createTestApp, listen, TestApp } from '../support/app';
import { streamedPost } from '../support/server';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

/** One sample's value from Prometheus text, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

const scrape = async (app = t.app) => (await request(app).get('/metrics').set(t.as.reader).expect(200)).text;

describe('GET /metrics', () => {
  test('needs a key by default (METRICS_ACCESS=key), is public when configured so', async () => {
    const refused = await request(t.app).get('/metrics').expect(401);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    const res = await request(t.app).get('/metrics').set(t.as.reader).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const open = await createApp({ db: t.db, config: { ...loadConfig({ NODE_ENV: 'test' }), metricsAccess: 'public' } });
    expect((await request(open).get('/metrics').expect(200)).text).toMatch(/^# HELP /m);
  });

  test('counts requests by route pattern and status, never by raw URL, with a duration histogram', async () => {
    await request(t.app).get('/v1/claims/2').expect(200);
    await request(t.app).get('/v1/claims/3').expect(200);
    await request(t.app).get('/v1/claims/abc').expect(400);
    await request(t.app).get('/V1/Claims/4').expect(200);
    await request(t.app).get('/no/such/page/42').expect(404);
    const text = await scrape();
    expect(sample(text, 'http_requests_total', { method: 'GET', route: '/v1/claims/:id', status: '200' })).toBe(3);
    expect(sample(text, 'http_requests_total', { method: 'GET', route: '/v1/claims/:id', status: '400' })).toBe(1);
    expect(sample(text, 'http_requests_total', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_count', { method: 'GET', route: '/v1/claims/:id', status: '200' })).toBe(3);
    expect(sample(text, 'http_request_duration_seconds_bucket', { route: '/v1/claims/:id', status: '200', le: '+Inf' })).toBe(3);
    expect(text).not.toMatch(/route="[^"]*(\/2|\/abc|\/42)"/);
  });

  test('reports the pool, rows written and statement timeouts from the database work itself', async () => {
    const before = await scrape();
    expect(sample(before, 'claims_ledger_db_pool_connections', { pool: 'main', state: 'in_use' })).toBeGreaterThanOrEqual(0);
    expect(sample(before, 'claims_ledger_db_pool_connections', { pool: 'main', state: 'waiting' })).toBe(0);
    expect(sample(before, 'claims_ledger_db_pool_max', { pool: 'main' })).toBe(10);
    const insertedBefore = sample(before, 'claims_ledger_rows_written_total', { table: 'actors', operation: 'insert' }) ?? 0;

    await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'person', name: 'Metric Person' }).expect(201);
    // A statement cancelled by statement_timeout, on the app's own pool.
    await expect(
      t.db.transaction(async (trx) => {
        await trx.raw('SET LOCAL statement_timeout = 20');
        await trx.raw('SELECT pg_sleep(2)');
      }),
    ).rejects.toMatchObject({ code: '57014' });

    const after = await scrape();
    expect(sample(after, 'claims_ledger_rows_written_total', { table: 'actors', operation: 'insert' })).toBe(insertedBefore + 1);
    expect(sample(after, 'claims_ledger_rows_written_total', { table: 'revisions', operation: 'insert' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'claims_ledger_statement_timeouts_total')).toBe(
      (sample(before, 'claims_ledger_statement_timeouts_total') ?? 0) + 1,
    );
  });

  test('counts an import in flight while it streams, and the rows it copied once it is done', async () => {
    const server = await listen(t.app);
    try {
      const upload = streamedPost(`${server.base}/v1/import`, t.as.editor);
      await upload.write(`${JSON.stringify({ type: 'actor', key: 'metrics-ngo', kind: 'ngo', name: 'Metrics NGO' })}\n`);
      let during: string | undefined;
      for (let i = 0; i < 100 && sample(during ?? '', 'claims_ledger_in_flight', { kind: 'import' }) !== 1; i++) {
        during = await scrape();
      }
      expect(sample(during!, 'claims_ledger_in_flight', { kind: 'import' })).toBe(1);
      expect(sample(during!, 'claims_ledger_in_flight', { kind: 'export' })).toBe(0);
      await upload.write(
        `${JSON.stringify({ type: 'claim', key: 'metrics-claim', metric: 'women', country: 'KZ', approximation: 'exact', value: 7, value_text: 'seven', claimant: 'metrics-ngo', sources: [{ document: 1, quote: 'seven women' }] })}\n`,
      );
      const done = await upload.end();
      expect(done.status).toBe(200);
      const after = await scrape();
      expect(sample(after, 'claims_ledger_in_flight', { kind: 'import' })).toBe(0);
      expect(sample(after, 'http_requests_total', { method: 'POST', route: '/v1/import', status: '200' })).toBe(1);
      // The claim and its source went in by COPY, counted like any other write.
      const copied = (text: string, table: string) => sample(text, 'claims_ledger_rows_written_total', { table, operation: 'copy' }) ?? 0;
      expect(copied(after, 'claims')).toBe(copied(during!, 'claims') + 1);
      expect(copied(after, 'claim_sources')).toBe(copied(during!, 'claim_sources') + 1);
    } finally {
      await server.close();
    }
  });
});

describe('GET /ready', () => {
  test('is ready when the database answers and every migration is applied; 503 when one is missing', async () => {
    const ok = await request(t.app).get('/ready').expect(200);
    expect(ok.body).toMatchObject({ status: 'ready', database: 'ok', migrations: { pending: 0 } });
    expect(ok.body.migrations.applied).toBeGreaterThan(10);

    const last = await t.db('knex_migrations').orderBy('id', 'desc').first();
    await t.db('knex_migrations').where({ id: last.id }).delete();
    try {
      const notReady = await request(t.app).get('/ready').expect(503);
      expect(notReady.headers['content-type']).toMatch(/problem\+json/);
      expect(notReady.body.detail).toContain(last.name);
      // Liveness is another question: the process is fine.
      await request(t.app).get('/health').expect(200);
    } finally {
      await t.db('knex_migrations').insert(last);
    }
    await request(t.app).get('/ready').expect(200);
  });

  test('is a 503 problem, quickly, when the database does not answer', async () => {
    const db = createDb(t.url);
    const app = await createApp({ db, config: loadConfig({ NODE_ENV: 'test' }) });
    await db.destroy();
    const res = await request(app).get('/ready').expect(503);
    expect(res.body).toMatchObject({ status: 503, detail: 'The database is not reachable.' });
    expect(res.headers['retry-after']).toBe('5');
  });
});

describe('TRUST_PROXY', () => {
  const limited = { rateLimitPerAddress: { perSecond: 0.001, burst: 2 } };

  test('off (the default): X-Forwarded-For is ignored, every request counts against the socket address', async () => {
    const app = await createTestApp({ config: limited });
    try {
      await request(app.app).get('/v1/metrics').set('X-Forwarded-For', '203.0.113.1').expect(200);
      await request(app.app).get('/v1/metrics').set('X-Forwarded-For', '203.0.113.2').expect(200);
      await request(app.app).get('/v1/metrics').set('X-Forwarded-For', '203.0.113.3').expect(429);
      expect(await app.db('rate_limit_points').pluck('key')).toEqual([expect.stringMatching(/^address:(::ffff:)?127\.0\.0\.1$/)]);
    } finally {
      await app.drop();
    }
  });

  test('behind a trusted proxy: the client address comes from X-Forwarded-For (express trust proxy, which also reads X-Forwarded-Proto)', async () => {
    const app = await createTestApp({ config: { ...limited, trustProxy: ['loopback'] } });
    try {
      for (const client of ['203.0.113.1', '203.0.113.2']) {
        await request(app.app).get('/v1/metrics').set('X-Forwarded-For', client).expect(200);
        await request(app.app).get('/v1/metrics').set('X-Forwarded-For', client).expect(200);
        await request(app.app).get('/v1/metrics').set('X-Forwarded-For', client).expect(429);
      }
      expect(await app.db('rate_limit_points').orderBy('key').pluck('key')).toEqual(['address:203.0.113.1', 'address:203.0.113.2']);
      expect(app.app.get('trust proxy fn')('127.0.0.1', 0)).toBe(true);
      expect(app.app.get('trust proxy fn')('198.51.100.9', 0)).toBe(false);
    } finally {
      await app.drop();
    }
  });
});
