import { createDb, Db, SILENCE_MARGIN_MS } from '../../src/db/knex';
import { databaseUnavailable } from '../../src/db/pgErrors';
import { createTestDb, TestDb } from '../support/db';
import { FaultProxy, faultProxy } from '../support/faultProxy';
import { poolOf } from '../support/pool';
import { within } from '../support/within';

/*
 * A statement in flight when the path to the database vanishes (no FIN, no RST: a firewall's state dropped, an address
 * failed over) waited for TCP's retransmissions (~15 minutes, tcp_retries2), which keepalive does not shorten; through a
 * proxy that keeps its end open, for ever. The request itself was answered 503 by READ_TIMEOUT_MS, but its connection
 * stayed out of the pool: a few such statements and every request was a 503 (no connection free) long after the network
 * came back. A statement that has heard nothing for its statement limit plus SILENCE_MARGIN_MS now closes its
 * connection: it fails as a lost connection (a 503), and the pool opens new ones.
 */
let t: TestDb;
let proxy: FaultProxy;
let db: Db;
const STATEMENT_MS = 500;
beforeAll(async () => {
  t = await createTestDb();
  const target = new URL(t.url);
  proxy = await faultProxy({ host: target.hostname, port: Number(target.port) });
  const through = new URL(t.url);
  through.port = String(proxy.port);
  db = createDb(through.toString(), { poolMax: 2, statementTimeoutMs: STATEMENT_MS, connectTimeoutMs: 2000, acquireTimeoutMs: 2000 });
});
afterAll(async () => {
  await db.destroy();
  await proxy.close();
  await t.drop();
});

test('statements caught in a black hole fail after their limit and margin, and the pool serves again on new connections', async () => {
  // Both connections of the pool open, then both in flight when the path vanishes. (Two statements sent at once need not
  // open two connections: under load the first can end before the second is lent, which then takes the first's, and a
  // caught statement opened a new connection into the black hole, failing at the connect limit, ~1.7 s, not by silence.)
  for (let tries = 0; poolOf(db).numFree() < 2 && tries < 10; tries++)
    await Promise.all([db.raw('SELECT pg_sleep(0.2)'), db.raw('SELECT pg_sleep(0.2)')]);
  expect(poolOf(db).numFree()).toBe(2);
  const started = Date.now();
  const caught = [db.raw('SELECT pg_sleep(0.2)'), db.raw('SELECT pg_sleep(0.2)')].map((q) =>
    q.then(
      () => 'answered',
      (err: Error) => ({ after: Date.now() - started, problem: databaseUnavailable(err)?.code }),
    ),
  );
  proxy.blackHole();
  const outcomes = await within(Promise.all(caught), 15_000, 'still waiting after 15 s');
  expect(outcomes).toEqual([
    { after: expect.any(Number), problem: 'database_unavailable' },
    { after: expect.any(Number), problem: 'database_unavailable' },
  ]);
  for (const { after } of outcomes as { after: number }[]) {
    expect(after).toBeGreaterThanOrEqual(STATEMENT_MS + SILENCE_MARGIN_MS - 100);
    expect(after).toBeLessThan(STATEMENT_MS + SILENCE_MARGIN_MS + 3000);
  }
  // The lost connections were dropped, not lent out again: the next statements run on new ones.
  expect((await db.raw('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  expect(poolOf(db).numUsed()).toBe(0);
});

test('a connection idle in the pool, or a statement slow but answered, is left alone', async () => {
  // Idle longer than the silence limit: still the pool's, and answering.
  await new Promise((resolve) => setTimeout(resolve, STATEMENT_MS + SILENCE_MARGIN_MS + 500));
  expect((await db.raw('SELECT 2 AS two')).rows).toEqual([{ two: 2 }]);
  // A statement cancelled by its limit is PostgreSQL's own answer, not a lost connection.
  await expect(db.raw('SELECT pg_sleep(2)')).rejects.toMatchObject({ code: '57014' });
});
