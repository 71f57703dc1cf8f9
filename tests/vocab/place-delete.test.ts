/**
 * Review 46: an admin could not delete a place (PATCH only emptied its words). DELETE /v1/countries/{code} deletes a
 * subdivision nothing refers to; one a claim counts (now or in a revision) is a 409 naming how many claims.
 * Fix 46v: the subdivisions the ledger ships with were deleted too (RU-CE, IQ-KR answered 204), and an actor whose
 * history named the place (created there, since moved) did not keep it.
 */
import request from 'supertest';
import { SHIPPED_SUBDIVISIONS } from '../../db/shippedPlaces';
import { createTestApp, TestApp } from '../support/app';
import { createTestDb } from '../support/db';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('an admin deletes a subdivision nothing refers to, and its words are free again', async () => {
  await request(t.app)
    .post('/v1/countries')
    .set(t.as.editor)
    .send({ code: 'TJ-SX', name: 'Sughdx', aliases: ['Soghdx'] })
    .expect(201);
  await request(t.app).delete('/v1/countries/TJ-SX').set(t.as.editor).expect(403);
  await request(t.app).delete('/v1/countries/tj-sx').set(t.as.admin).expect(204);
  expect(await t.db('countries').where({ code: 'TJ-SX' }).first()).toBeUndefined();
  await request(t.app).get('/v1/countries/Soghdx').expect(404);
  await request(t.app).get('/v1/claims?country=TJ-SX').expect(400);
  await request(t.app).delete('/v1/countries/TJ-SX').set(t.as.admin).expect(404);
  await request(t.app)
    .post('/v1/countries/TJ/words')
    .set(t.as.editor)
    .send({ aliases: ['Soghdx'] })
    .expect(200);
});

test('a place a claim counts is a 409 naming how many; a country is a 422; neither is deleted', async () => {
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-SY', name: 'Sughdy' }).expect(201);
  const claim = await t.db('claims').first();
  await t.db('claims').where({ id: claim.id }).update({ country: 'TJ-SY' });
  const res = await request(t.app).delete('/v1/countries/TJ-SY').set(t.as.admin).expect(409);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(res.body.errors).toEqual([
    {
      field: 'code',
      message: "is named by 1 claim (now or in its history): a history keeps its places, so correct the subdivision's words instead",
    },
  ]);
  await t.db('claims').where({ id: claim.id }).update({ country: claim.country });
  const revision = await t.db('revisions').where({ entity: 'claim' }).first();
  await t
    .db('revisions')
    .where({ id: revision.id })
    .update({ snapshot: { ...revision.snapshot, country: 'TJ-SY' } });
  await request(t.app).delete('/v1/countries/TJ-SY').set(t.as.admin).expect(409);
  expect(await t.db('countries').where({ code: 'TJ-SY' }).first()).toBeDefined();
  const country = await request(t.app).delete('/v1/countries/TJ').set(t.as.admin).expect(422);
  expect(country.body.errors).toEqual([
    { field: 'code', message: expect.stringContaining('only a subdivision an editor added is deleted') },
  ]);
  expect(await t.db('countries').where({ code: 'TJ' }).first()).toBeDefined();
});

test('a subdivision the ledger ships with is a 422 naming code, and is not deleted', async () => {
  for (const code of ['RU-CE', 'IQ-KR', 'iq-kr']) {
    const res = await request(t.app).delete(`/v1/countries/${code}`).set(t.as.admin).expect(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([{ field: 'code', message: expect.stringContaining('is a subdivision the ledger ships with') }]);
  }
  expect(await t.db('countries').whereIn('code', ['RU-CE', 'IQ-KR'])).toHaveLength(2);
});

test('a freshly migrated ledger holds the shipped subdivisions and no other', async () => {
  const fresh = await createTestDb();
  try {
    const held = (await fresh.db('countries').where({ kind: 'subdivision' }).orderBy('code')).map((p) => p.code);
    expect(held).toEqual(SHIPPED_SUBDIVISIONS.map((s) => s.code).sort());
  } finally {
    await fresh.drop();
  }
});

test('a place an actor was of, before it moved, is kept: its history names it', async () => {
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-QQ', name: 'Sughdq' }).expect(201);
  const actor = (
    await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'ngo', name: 'Sughdq Watch', country: 'TJ-QQ' }).expect(201)
  ).body;
  await request(t.app)
    .patch(`/v1/actors/${actor.id}`)
    .set(t.as.editor)
    .set('If-Match', '"v1"')
    .send({ country: 'TJ', reason: 'a test move' })
    .expect(200);
  const res = await request(t.app).delete('/v1/countries/TJ-QQ').set(t.as.admin).expect(409);
  expect(res.body.errors).toEqual([{ field: 'code', message: expect.stringMatching(/^is named by 1 actor \(now or in its history\)/) }]);
  expect(await t.db('countries').where({ code: 'TJ-QQ' }).first()).toBeDefined();
});

test('a place a claim locates, now or in a revision, is kept', async () => {
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-QL', name: 'Sughdl' }).expect(201);
  const claim = await t.db('claims').orderBy('id').first();
  await t
    .db('claims')
    .where({ id: claim.id })
    .update({ location: ['SY', 'TJ-QL'] });
  const now = await request(t.app).delete('/v1/countries/TJ-QL').set(t.as.admin).expect(409);
  expect(now.body.errors).toEqual([{ field: 'code', message: expect.stringMatching(/^is named by 1 claim /) }]);
  await t.db('claims').where({ id: claim.id }).update({ location: claim.location });
  const revision = await t.db('revisions').where({ entity: 'claim' }).orderBy('id').first();
  await t
    .db('revisions')
    .where({ id: revision.id })
    .update({ snapshot: { ...revision.snapshot, location: ['TJ-QL'] } });
  await request(t.app).delete('/v1/countries/TJ-QL').set(t.as.admin).expect(409);
  await t.db('revisions').where({ id: revision.id }).update({ snapshot: revision.snapshot });
  await request(t.app).delete('/v1/countries/TJ-QL').set(t.as.admin).expect(204);
});
