import type { Principal } from '../../src/keys/principal';
import { createServices, type Services } from '../../src/services';
import { createTestDb, type TestDb } from '../support/db';

/*
 * A transaction creating actors by name (the workspace's new claimant or publisher; "accept all high-confidence" creates
 * one per new claimant's name) holds the name until it ends, so that a second creator of the name waits and finds the
 * first's actor (tests/workspace/same-name.test.ts). That hold was an advisory lock per name, an entry of PostgreSQL's
 * shared lock table (max_locks_per_transaction × connections, 6,400 by default) each: 2,000 names held 2,086 entries,
 * and ~6,300 would have filled it. The hold is now a row lock, which lives in the row: the entries do not grow.
 */
jest.setTimeout(1_800_000);
/** How many names: NEW_ACTOR_NAMES=10000 measures more (2.5 minutes under the shared test load). */
const NAMES = Number(process.env.NEW_ACTOR_NAMES ?? 300);

let t: TestDb;
let services: Services;
const editor: Principal = { name: 'test editor', role: 'editor' };
beforeAll(async () => {
  t = await createTestDb();
  services = await createServices(t.db);
});
afterAll(() => t.drop());

/** The entries of PostgreSQL's lock table held by the open transaction of the ledger's database, by lock type. */
async function heldLocks(): Promise<Record<string, number>> {
  const { rows } = await t.db.raw(
    `SELECT l.locktype, count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE a.datname = current_database() AND a.state = 'idle in transaction' AND a.pid <> pg_backend_pid() GROUP BY l.locktype`,
  );
  return Object.fromEntries(rows.map((r: { locktype: string; n: number }) => [r.locktype, r.n]));
}

test(`a transaction creating ${NAMES} actors by name holds as many lock table entries as one creating one`, async () => {
  const [afterOne, afterAll] = await services.inTransaction(async (tx) => {
    await tx.actors.namedOrCreated({ kind: 'government_agency', name: 'Lock agency 0' }, editor);
    const one = await heldLocks();
    for (let i = 1; i < NAMES; i++) await tx.actors.namedOrCreated({ kind: 'government_agency', name: `Lock agency ${i}` }, editor);
    return [one, await heldLocks()];
  });
  expect(await t.db('actors').where('name', 'like', 'Lock agency %').count('* as n').first()).toEqual({ n: NAMES });
  console.log(JSON.stringify({ names: NAMES, afterOne, afterAll }));
  expect(afterAll.advisory ?? 0).toBe(0);
  expect(afterAll).toEqual(afterOne);
});

test('names that differ only in blanks hold one lock and give one actor, at once or one after the other', async () => {
  const create = (name: string) => services.inTransaction((tx) => tx.actors.namedOrCreated({ kind: 'government_agency', name }, editor));
  const [first, second] = await Promise.all([create('Spaced  border agency '), create('spaced border agency')]);
  const third = await create(' Spaced border\tagency');
  expect(new Set([first.actor.id, second.actor.id, third.actor.id]).size).toBe(1);
  expect([first.created, second.created, third.created].filter(Boolean)).toHaveLength(1);
  expect(await t.db('actors').whereRaw('lower(name) = ?', ['spaced border agency']).pluck('name')).toHaveLength(1);
});
