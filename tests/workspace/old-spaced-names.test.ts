import request from 'supertest';
import { ActorStore } from '../../src/actors/store';
import { nameSearchIndex } from '../../src/db/knex';
import { ExtractStore } from '../../src/extract/store';
import type { Principal } from '../../src/keys/principal';
import { createServices, type Services } from '../../src/services';
import { createTestApp, type TestApp } from '../support/app';

/*
 * The ledger writes names with their blanks collapsed (spacedName), but rows written before, or straight into
 * PostgreSQL, may hold "Islamic  State" or a no-break space. Every lookup of "the actor named so" (the workspace's new
 * claimant and new publisher, namedOrCreated, the extractor's claimant matches, the claims list's claimant filter)
 * matches names through one rule, name_key: blanks collapsed on both sides, case aside. Before, the lookups
 * trimmed but did not collapse, so such an old row matched nothing typed with one blank, and a second actor was made.
 */
let t: TestApp;
let services: Services;
const editor: Principal = { name: 'test editor', role: 'editor' };
let oldId: number;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  services = await createServices(t.db);
  // Written as an old row holds it: two blanks inside, a no-break space inside the alias, a tab after it.
  [{ id: oldId }] = await t
    .db('actors')
    .insert({ kind: 'armed_group', name: ' Old  Spaced\u00a0Front', aliases: ['OSF\u00a0 Group\t'] })
    .returning('id');
});
afterAll(() => t.drop());

test('an old name with inner double blanks is the actor named with one blank, by name and by alias', async () => {
  expect((await services.actors.named(['old spaced front'])).map((a) => a.id)).toEqual([oldId]);
  expect((await services.actors.named(['OSF  group'])).map((a) => a.id)).toEqual([oldId]);
  const extracted = await new ExtractStore(t.db).actorsNamed(['Old Spaced Front']);
  expect(extracted.map((a) => a.id)).toEqual([oldId]);
});

test('namedOrCreated finds the old row instead of creating a second actor of its name', async () => {
  const found = await services.inTransaction((tx) => tx.actors.namedOrCreated({ kind: 'armed_group', name: 'Old Spaced Front' }, editor));
  expect(found).toEqual({ actor: expect.objectContaining({ id: oldId }), created: false });
  expect(await t.db('actors').whereRaw(`name_key(name) = 'old spaced front'`).pluck('id')).toEqual([oldId]);
});

test('the claims list filtered by claimant name finds the claims of an actor whose stored name has double blanks', async () => {
  const claim = await t.db('claims').select('id', 'claimant_id').orderBy('id').first();
  const { name } = await t.db('actors').where({ id: claim.claimant_id }).first();
  await t
    .db('actors')
    .where({ id: claim.claimant_id })
    .update({ name: name.replace(' ', '  ') });
  try {
    const res = await request(t.app)
      .get('/v1/claims')
      .query({ claimant: ` ${name.toUpperCase()} `, limit: 500 })
      .expect(200);
    expect(res.body.data.map((c: { id: number }) => c.id)).toContain(claim.id);
    expect(res.body.data.every((c: { claimant: { id: number } }) => c.claimant.id === claim.claimant_id)).toBe(true);
  } finally {
    await t.db('actors').where({ id: claim.claimant_id }).update({ name });
  }
});

test('locking names held before writes no new row version of their locks', async () => {
  const actors = new ActorStore(t.db, await nameSearchIndex(t.db));
  const names = ['Lock row one', 'Lock row two', 'Lock  row three'];
  await t.db.transaction((trx) => actors.lockNames(trx, names));
  const versions = () =>
    t.db
      .raw(
        `SELECT name_hash, ctid::text, xmin::text FROM actor_name_locks
          WHERE name_hash IN (SELECT hashtext(name_key(n)) FROM unnest(?::text[]) n) ORDER BY name_hash`,
        [names],
      )
      .then((r) => r.rows);
  const before = await versions();
  await t.db.transaction((trx) => actors.lockNames(trx, [...names, 'lock row three']));
  // The same rows, each the same version (an UPDATE would have written a new one, at a new ctid, of a new xmin).
  expect(await versions()).toEqual(before);
  expect(before).toHaveLength(3);
});

test('a group stored with inner double blanks is found by its name with one blank, and no new group may take that name', async () => {
  await t.db('groups').insert({ slug: 'old-spaced-brigade', name: 'Old  Spaced Brigade', aliases: ['OSB\u00a0 Unit'] });
  const byName = await request(t.app).get('/v1/claims').query({ group: 'old spaced brigade' });
  expect(byName.status).toBe(200);
  const byAlias = await request(t.app).get('/v1/claims').query({ group: 'OSB unit' });
  expect(byAlias.status).toBe(200);
  const takeover = await request(t.app)
    .post('/v1/groups')
    .set(t.as.editor)
    .send({ slug: 'another-brigade', name: 'Old Spaced Brigade', aliases: ['OSB  unit'] })
    .expect(409);
  expect(takeover.body.errors).toEqual([
    { field: '/name', message: '"Old Spaced Brigade" already names group old-spaced-brigade' },
    { field: '/aliases/0', message: '"OSB  unit" already names group old-spaced-brigade' },
  ]);
  expect(await t.db('groups').where({ slug: 'another-brigade' }).first()).toBeUndefined();
});
