import type { Knex } from 'knex';
import { savingOnce } from '../../src/idempotency/savedOnce';
import { IdempotencyStore } from '../../src/idempotency/store';
import { createTestDb, TestDb } from '../support/db';

/*
 * A keyed request cut after its COMMIT is answered, sent again, from what its transactions returned the first time
 * (src/idempotency/savedOnce.ts). What they returned must come back as it was: a Date had come back as its text, a
 * transaction returning a bigint had failed the save itself (JSON.stringify throws on one), undefined had become null.
 */
jest.setTimeout(60_000);

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

test('what a keyed request saved is replayed with its dates, bigints and undefined as they were', async () => {
  const store = new IdempotencyStore(t.db);
  const db = savingOnce(t.db);
  const row = { principal: 'test editor', key: 'dates-kept', method: 'POST', path: '/v1/metrics', request_hash: 'h' };
  let runs = 0;
  const save = () =>
    db.transaction(async (trx: Knex.Transaction) => {
      runs++;
      const [metric] = await trx('metrics')
        .insert({ code: 'dates_kept', label: 'Dates kept', unit: 'people', definition: 'x' })
        .returning(['code', 'created_at']);
      return { metric, count: 12345678901234567890n, list: [undefined, 1], missing: undefined, invalid: new Date(NaN) };
    });

  const first = await store.runClaimed(row.principal, row.key, (await store.begin(row))!, save);
  expect(first.metric.created_at).toBeInstanceOf(Date);
  // The answer was lost after the COMMIT: the key is released with its mark, and the same request takes it over.
  await t.db('idempotency_keys').where({ key: row.key }).update({ released_at: t.db.fn.now() });
  const claimed = (await store.begin(row))!;
  const again = await store.runClaimed(row.principal, row.key, claimed, save);

  expect(runs).toBe(1);
  expect({ ...again, invalid: null }).toEqual({ ...first, invalid: null }); // an invalid Date equals none, itself neither
  expect(again.metric.created_at).toBeInstanceOf(Date);
  expect(again.metric.created_at.getTime()).toBe(first.metric.created_at.getTime());
  expect(typeof again.count).toBe('bigint');
  expect(again.list).toEqual([undefined, 1]);
  expect('missing' in again).toBe(false);
  expect(Number.isNaN(again.invalid.getTime())).toBe(true);
  expect(await t.db('metrics').where({ code: 'dates_kept' })).toHaveLength(1);
});

test('a stored object that only looks like a mark is kept as it is', async () => {
  const store = new IdempotencyStore(t.db);
  const row = { principal: 'test editor', key: 'not-a-mark', method: 'POST', path: '/v1/claims', request_hash: 'h' };
  await store.begin(row);
  // A mark's key starts with NUL; a value saved by a client with a key like `date` stays an object.
  await t
    .db('idempotency_keys')
    .where({ key: row.key })
    .update({ saved: JSON.stringify([{ date: 5 }, { '\u0000date': 'not a number' }]), released_at: t.db.fn.now() });
  const claimed = (await store.begin(row))!;
  expect(claimed.saved![0]).toEqual({ date: 5 });
  expect(Number.isNaN((claimed.saved![1] as Date).getTime())).toBe(true);
});
