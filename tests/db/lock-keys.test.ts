/**
 * Fix 46v: the advisory locks' keys must not change between releases, as an instance of the previous version serves
 * beside new ones during a rolling deploy (docs/operations.md). vocab46 had keyed `relation graph` by its name (it was
 * 7341020614) and merged the `group names` and `place words` locks into `vocabulary words`, a key no old instance took:
 * an old and a new instance would not have excluded each other.
 */
import request from 'supertest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { holdLock, lockKeys, LOCKS } from '../../src/db/locks';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('the relation graph lock is held at the key it had before locks were named', async () => {
  const holder = await t.db.transaction();
  try {
    await holdLock(holder, 'relation graph');
    const other = await t.db.transaction();
    try {
      const { rows } = await other.raw('SELECT pg_try_advisory_xact_lock(?::bigint) AS taken', [7_341_020_614]);
      expect(rows[0].taken).toBe(false);
    } finally {
      await other.rollback();
    }
  } finally {
    await holder.rollback();
  }
});

/** Sends `write` while another transaction holds the key an old instance took (`claims-ledger <former>`): it waits. */
async function waitsBehindFormerKey(former: string, write: () => Promise<request.Response>): Promise<request.Response> {
  const holder = await t.db.transaction();
  await holder.raw("SELECT pg_advisory_xact_lock(hashtext('claims-ledger ' || ?::text))", [former]);
  let answered = false;
  const sent = write().then((res) => {
    answered = true;
    return res;
  });
  let waiting = 0;
  for (let tries = 0; tries < 500 && !answered && waiting === 0; tries++) {
    const { rows } = await t.db.raw(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
        WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()`,
    );
    waiting = rows[0].n;
    if (waiting === 0) await sleep(20);
  }
  const waited = { answered, waiting };
  await holder.commit();
  expect(waited).toEqual({ answered: false, waiting: 1 });
  return sent;
}

test('a place write waits for a transaction holding the former place words key', async () => {
  const res = await waitsBehindFormerKey('place words', () =>
    request(t.app)
      .post('/v1/countries')
      .set(t.as.editor)
      .send({ code: 'TJ-SX', name: 'Sughdx' })
      .then((r) => r),
  );
  expect(res.status).toBe(201);
});

test('a group write waits for a transaction holding the former group names key', async () => {
  const res = await waitsBehindFormerKey('group names', () =>
    request(t.app)
      .post('/v1/groups')
      .set(t.as.editor)
      .send({ slug: 'lock-key-group', name: 'Lock Key Brigade' })
      .then((r) => r),
  );
  expect(res.status).toBe(201);
});

test('a lock that takes former keys says the round that drops them, and the operations guide says the same round', () => {
  const operations = readFileSync(path.join(__dirname, '../../docs/operations.md'), 'utf8');
  type Plan = { formerly?: readonly string[]; formerlyUntilRound?: number };
  for (const [name, lock] of Object.entries(LOCKS) as [keyof typeof LOCKS, Plan][]) {
    if (!lock.formerly) continue;
    expect({ name, round: lock.formerlyUntilRound }).toEqual({ name, round: expect.any(Number) });
    expect(operations).toContain(`formerlyUntilRound: ${lock.formerlyUntilRound}`);
    expect(lockKeys(name)).toHaveLength(1 + lock.formerly.length);
  }
  // the plan of vocab46: the keys of group names and place words are taken through round 47 and dropped in round 48
  expect(LOCKS['vocabulary words']).toEqual({ formerly: ['group names', 'place words'], formerlyUntilRound: 48 });
});
