/**
 * Review 46: an admin could not delete a place (PATCH only emptied its words). DELETE /v1/countries/{code} deletes a
 * subdivision nothing refers to; one a claim counts (now or in a revision) is a 409 naming how many claims.
 */
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

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
  expect(res.body.errors).toEqual([{ field: 'code', message: 'is counted by 1 claim: a claim keeps its place' }]);
  await t.db('claims').where({ id: claim.id }).update({ country: claim.country });
  const revision = await t.db('revisions').where({ entity: 'claim' }).first();
  await t
    .db('revisions')
    .where({ id: revision.id })
    .update({ snapshot: { ...revision.snapshot, country: 'TJ-SY' } });
  await request(t.app).delete('/v1/countries/TJ-SY').set(t.as.admin).expect(409);
  expect(await t.db('countries').where({ code: 'TJ-SY' }).first()).toBeDefined();
  const country = await request(t.app).delete('/v1/countries/TJ').set(t.as.admin).expect(422);
  expect(country.body.errors).toEqual([{ field: 'code', message: expect.stringContaining('only a subdivision is deleted') }]);
  expect(await t.db('countries').where({ code: 'TJ' }).first()).toBeDefined();
});
