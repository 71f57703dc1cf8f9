import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDb, Db } from '../../src/db/knex';
import { createTestApp, listen, Listening, TestApp } from '../support/app';

/**
 * Two app instances on one database, each with its own connection pool and its own port, as behind a load
 * balancer: what one instance counted, stored or changed, the other sees.
 */
let t: TestApp;
let secondDb: Db;
let a: Listening;
let b: Listening;

const limits = {
  rateLimitPerAddress: { perSecond: 0.001, burst: 6 },
  rateLimitPerKey: { perSecond: 0.001, burst: 3 },
};

beforeAll(async () => {
  t = await createTestApp({ seed: true, config: limits });
  secondDb = createDb(t.url);
  const config = { ...loadConfig({ NODE_ENV: 'test' }), ...limits };
  a = await listen(t.app);
  b = await listen(await createApp({ db: secondDb, config }));
});
afterAll(async () => {
  await a.close();
  await b.close();
  await secondDb.destroy();
  await t.drop();
});

const get = (base: string, url: string, headers: Record<string, string> = {}) => fetch(`${base}${url}`, { headers });

test('a client is rate limited across both instances: per key, then per address', async () => {
  // Three requests with one key, spread over both instances, use up the key's allowance of three...
  for (const base of [a.base, b.base, a.base]) expect((await get(base, '/v1/metrics', t.as.reader)).status).toBe(200);
  // ...so the fourth is refused by whichever instance gets it, though neither saw more than two.
  for (const base of [b.base, a.base]) {
    const refused = await get(base, '/v1/metrics', t.as.reader);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/API key/);
  }
  // The address has used five of its six: one more passes, on either instance, then both refuse it.
  expect((await get(b.base, '/v1/metrics')).status).toBe(200);
  for (const base of [a.base, b.base]) {
    const refused = await get(base, '/v1/metrics');
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/address/);
  }
  // The counts are rows in PostgreSQL, which is where both instances read them.
  const rows = await t.db('rate_limit_points').select('key', 'points').orderBy('key');
  expect(rows).toEqual([
    { key: expect.stringMatching(/^address:(::ffff:)?127\.0\.0\.1$/), points: expect.any(Number) },
    { key: 'key:test reader', points: expect.any(Number) },
  ]);
  expect(rows[0].points).toBeGreaterThanOrEqual(7);
});

describe('writes across instances', () => {
  // The rate limits above are spent; these tests use an app pair with the default (high) limits.
  let p: TestApp;
  let pDb: Db;
  let pa: Listening;
  let pb: Listening;
  beforeAll(async () => {
    p = await createTestApp({ seed: true });
    pDb = createDb(p.url);
    pa = await listen(p.app);
    pb = await listen(await createApp({ db: pDb, config: loadConfig({ NODE_ENV: 'test' }) }));
  });
  afterAll(async () => {
    await pa.close();
    await pb.close();
    await pDb.destroy();
    await p.drop();
  });

  test('a repeated idempotent request is answered once across both instances', async () => {
    const seed = (await (await get(pa.base, '/v1/claims/1')).json()) as {
      claimant: { id: number };
      sources: { document: { id: number }; quote: string }[];
    };
    const body = JSON.stringify({
      metric: 'women',
      country: 'KZ',
      approximation: 'exact',
      value: 12,
      value_text: 'twelve (two instances)',
      claimant_id: seed.claimant.id,
      sources: [{ document_id: seed.sources[0].document.id, quote: seed.sources[0].quote }],
    });
    const post = (base: string) =>
      fetch(`${base}/v1/claims`, {
        method: 'POST',
        body,
        headers: { ...p.as.editor, 'Content-Type': 'application/json', 'Idempotency-Key': 'two-instances-1' },
      });
    // At once on both, then again on each: one claim, one response, replayed by both.
    const racing = await Promise.all([post(pa.base), post(pb.base), post(pa.base), post(pb.base)]);
    const later = [await post(pb.base), await post(pa.base)];
    const all = [...racing, ...later];
    expect(all.map((r) => r.status)).toEqual(Array(6).fill(201));
    const bodies = await Promise.all(all.map((r) => r.json() as Promise<{ id: number }>));
    expect(new Set(bodies.map((x) => x.id)).size).toBe(1);
    expect(all.filter((r) => r.headers.get('idempotent-replayed') !== 'true')).toHaveLength(1);
    expect(await p.db('claims').where({ value_text: 'twelve (two instances)' }).count({ n: '*' })).toEqual([{ n: 1 }]);
    expect(await p.db('revisions').where({ entity: 'claim', entity_id: bodies[0].id }).count({ n: '*' })).toEqual([{ n: 1 }]);
  });

  test('an ETag read on one instance is stale on the other once either changes the claim', async () => {
    const read = await get(pa.base, '/v1/claims/3');
    const etag = read.headers.get('etag')!;
    expect((await get(pb.base, '/v1/claims/3')).headers.get('etag')).toBe(etag);
    const patch = (base: string, notes: string) =>
      fetch(`${base}/v1/claims/3`, {
        method: 'PATCH',
        body: JSON.stringify({ notes, reason: 'a test edit' }),
        headers: { ...p.as.editor, 'Content-Type': 'application/json', 'If-Match': etag },
      });
    expect((await patch(pb.base, 'changed on instance B')).status).toBe(200);
    const stale = await patch(pa.base, 'changed on instance A');
    expect(stale.status).toBe(412);
    expect(((await (await get(pa.base, '/v1/claims/3')).json()) as { notes: string }).notes).toBe('changed on instance B');
  });
});
