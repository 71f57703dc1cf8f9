import { createDb, Db } from '../../src/db/knex';
import { LeasedLimiter } from '../../src/http/leasedLimiter';
import { createTestDb, TestDb } from '../support/db';

/** Rate limits leased from PostgreSQL: real rows, two pools standing for two app instances. */
let t: TestDb;
let second: Db;
let statements = 0;

beforeAll(async () => {
  t = await createTestDb();
  second = createDb(t.url);
  for (const db of [t.db, second]) db.on('query', (q: { sql: string }) => (statements += /rate_limit_points/.test(q.sql) ? 1 : 0));
});
afterAll(async () => {
  await second.destroy();
  await t.drop();
});

const allowed = (waits: number[]) => waits.filter((w) => w === 0).length;

test('one instance allows exactly its allowance per window, in far fewer writes than requests, then refuses with the wait', async () => {
  let now = 1_000_000;
  const limiter = new LeasedLimiter(t.db, 'one', 1000, 10, () => now);
  statements = 0;
  const waits = [];
  // Sequential and concurrent requests alike.
  for (let i = 0; i < 300; i++) waits.push(await limiter.take('client'));
  waits.push(...(await Promise.all(Array.from({ length: 900 }, () => limiter.take('client')))));
  expect(allowed(waits)).toBe(1000);
  expect(waits.filter((w) => w > 0).every((w) => w === 10)).toBe(true);
  expect(statements).toBeLessThan(60);
  expect(await t.db('rate_limit_points').where({ key: 'one:client' }).first()).toEqual({
    key: 'one:client',
    points: expect.any(Number),
    expire: 1_000_000 + 10_000,
  });
  // Another client has an allowance of its own; once the window ends, the client has a new one.
  expect(await limiter.take('other')).toBe(0);
  now += 10_000;
  expect(allowed(await Promise.all(Array.from({ length: 1200 }, () => limiter.take('client'))))).toBe(1000);
});

test('two instances on one database never allow more than the allowance together, and near it count one by one', async () => {
  const a = new LeasedLimiter(t.db, 'two', 500, 60);
  const b = new LeasedLimiter(second, 'two', 500, 60);
  const waits: number[] = [];
  for (let round = 0; round < 12; round++) {
    waits.push(...(await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).take('client')))));
  }
  const total = allowed(waits);
  expect(total).toBeLessThanOrEqual(500);
  // What one instance leased and did not spend is refused to the other: at most an eighth of what was left.
  expect(total).toBeGreaterThan(440);
  expect(await a.take('client')).toBeGreaterThan(0);
  expect(await b.take('client')).toBeGreaterThan(0);

  // A small allowance is counted request by request, so alternating instances get exactly it.
  const c = new LeasedLimiter(t.db, 'small', 3, 60);
  const d = new LeasedLimiter(second, 'small', 3, 60);
  expect([await c.take('x'), await d.take('x'), await c.take('x')]).toEqual([0, 0, 0]);
  expect(await d.take('x')).toBeGreaterThan(0);
  expect(await c.take('x')).toBeGreaterThan(0);
});

test('without its database, a limiter counts in memory and still refuses over the allowance', async () => {
  const gone = createDb(t.url);
  await gone.destroy();
  const limiter = new LeasedLimiter(gone, 'gone', 5, 60);
  const waits = [];
  for (let i = 0; i < 8; i++) waits.push(await limiter.take('client'));
  expect(allowed(waits)).toBe(5);
  expect(waits.slice(5).every((w) => w > 0)).toBe(true);
});
