import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { LedgerCache, LedgerChanges } from '../../src/db/ledgerCache';
import { createTestApp, TestApp } from '../support/app';

// The ledger cache keeps answers until the ledger changes, in any instance on the database: asserted on real
// transactions, with a counter of how often the answer was computed.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

/** A cache whose answer is the number of active claims, with how many times it was computed. */
function counted(cache: LedgerCache) {
  let computed = 0;
  return {
    get computed() {
      return computed;
    },
    read: () =>
      cache.get('active claims', async () => {
        computed += 1;
        return { n: Number((await t.db('claims').where({ status: 'active' }).count({ n: '*' }))[0].n) };
      }),
  };
}

const aClaim = async () => (await t.db('claims').where({ status: 'active' }).orderBy('id').first('id')).id as number;

test('an unchanged ledger is answered from the cache; a committed change is seen by the very next request', async () => {
  const c = counted(new LedgerCache(t.db, 10));
  const first = await c.read();
  expect(await c.read()).toEqual(first);
  expect(c.computed).toBe(1);
  await t
    .db('claims')
    .where({ id: await aClaim() })
    .update({ status: 'retracted', retraction_reason: 'test' });
  expect((await c.read()).n).toBe(first.n - 1);
  expect(c.computed).toBe(2);
});

test('a transaction still open is not in the answer, and makes the next request after its commit compute again', async () => {
  const c = counted(new LedgerCache(t.db, 10));
  const before = await c.read();
  const trx = await t.db.transaction();
  try {
    await trx('claims')
      .where({ id: await aClaim() })
      .update({ status: 'retracted', retraction_reason: 'open transaction' });
    expect(await c.read()).toEqual(before); // not committed: not visible, and the cached answer stands
    expect(c.computed).toBe(1);
    await trx.commit();
  } catch (err) {
    await trx.rollback();
    throw err;
  }
  expect((await c.read()).n).toBe(before.n - 1);
  expect(c.computed).toBe(2);
});

test('a rolled-back transaction changes nothing, and a change made by another instance is seen', async () => {
  const mine = counted(new LedgerCache(t.db, 10));
  const before = await mine.read();
  await t.db
    .transaction(async (trx) => {
      await trx('claims')
        .where({ id: await aClaim() })
        .update({ notes: 'rolled back' });
      await trx.rollback();
    })
    .catch(() => undefined);
  expect(await mine.read()).toEqual(before);
  expect(mine.computed).toBe(1);
  // Another app on the same database retracts a claim through the API.
  const other = await createApp({ db: t.db, config: loadConfig({ NODE_ENV: 'test' }) });
  await request(other)
    .delete(`/v1/claims/${await aClaim()}`)
    .set(t.as.editor)
    .send({ reason: 'retracted elsewhere' })
    .expect(200);
  expect((await mine.read()).n).toBe(before.n - 1);
});

test('each request gets its own copy; at most the entries asked are kept; 0 turns it off', async () => {
  const cache = new LedgerCache(t.db, 2);
  let computed = 0;
  const read = (key: string) =>
    cache.get(key, async () => {
      computed += 1;
      return { rows: [key] };
    });
  (await read('a')).rows.push('changed by a page');
  expect(await read('a')).toEqual({ rows: ['a'] });
  await read('b');
  await read('c'); // 'a' is the least recently used: dropped
  expect(computed).toBe(3);
  await read('a');
  expect(computed).toBe(4);
  const off = counted(new LedgerCache(t.db, 0));
  await off.read();
  await off.read();
  expect(off.computed).toBe(2);
});

test('a failed computation is not kept', async () => {
  const cache = new LedgerCache(t.db, 10);
  await expect(
    cache.get('k', async () => {
      throw new Error('database went away');
    }),
  ).rejects.toThrow('database went away');
  expect(await cache.get('k', async () => 'second try')).toBe('second try');
});

test('a writing transaction leaves one row, however many rows it writes', async () => {
  const before = Number((await t.db('ledger_changes').count({ n: '*' }))[0].n);
  await t.db.transaction(async (trx) => {
    const ids = (await trx('claims').orderBy('id').limit(5).select('id')).map((r) => r.id);
    for (const id of ids) await trx('claims').where({ id }).update({ notes: 'touched' });
    await trx('documents').update({ notes: 'touched' }).where('id', '>', 0);
  });
  expect(Number((await t.db('ledger_changes').count({ n: '*' }))[0].n)).toBe(before + 1);
});

test('the comparison views and the country page follow a change made through the API', async () => {
  const url = '/v1/compare/countries?metric=foreign_fighters&country=KZ';
  const shown = (await request(t.app).get(url).expect(200)).body.rows[0].claim_id as number;
  const page = await request(t.app).get('/countries/KZ').expect(200);
  expect(page.text).toContain(`/claims/${shown}`);
  await request(t.app).delete(`/v1/claims/${shown}`).set(t.as.editor).send({ reason: 'superseded by a better count' }).expect(200);
  expect((await request(t.app).get(url).expect(200)).body.rows[0].claim_id).not.toBe(shown);
  const after = await request(t.app).get('/countries/KZ').expect(200);
  expect(after.text).not.toBe(page.text);
});

test('rows of transactions before a horizon noted longer ago than an answer is kept are forgotten, later ones kept', async () => {
  await t
    .db('claims')
    .where({ id: await aClaim() })
    .update({ notes: 'before the horizon' });
  const xmin = (await t.db.raw('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS x')).rows[0].x as string;
  await t
    .db('claims')
    .where({ id: await aClaim() })
    .update({ notes: 'after the horizon' });
  const later = (await t.db('ledger_changes').where('xid', '>=', xmin).count({ n: '*' }))[0].n;
  const changes = new LedgerChanges(t.db);
  changes.note(0, xmin);
  changes.note(4 * 60_000, '0'); // not yet five minutes after the first: nothing forgotten
  await new Promise((r) => setTimeout(r, 100));
  expect(Number((await t.db('ledger_changes').where('xid', '<', xmin).count({ n: '*' }))[0].n)).toBeGreaterThan(0);
  changes.note(6 * 60_000, '0');
  for (let i = 0; i < 50 && Number((await t.db('ledger_changes').where('xid', '<', xmin).count({ n: '*' }))[0].n) > 0; i++)
    await new Promise((r) => setTimeout(r, 20));
  expect(Number((await t.db('ledger_changes').where('xid', '<', xmin).count({ n: '*' }))[0].n)).toBe(0);
  expect((await t.db('ledger_changes').where('xid', '>=', xmin).count({ n: '*' }))[0].n).toBe(later);
});
