/**
 * Names with stray white space (web40): the API takes an actor's name sent with spaces at its ends or doubled and stores
 * it with single spaces (taken, not refused); a row stored before with such spaces is cited with them collapsed, its
 * stored text left as it is.
 */
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const editor = () => ({ Authorization: `Bearer ${t.keys.editor}` });

test('an actor name sent with spaces at its ends or doubled is stored with single spaces, on create and on update', async () => {
  const created = await request(t.app)
    .post('/v1/actors')
    .set(editor())
    .send({ kind: 'person', name: '  Aidar   Example ', reason: 'test' })
    .expect(201);
  expect(created.body.name).toBe('Aidar Example');
  expect((await t.db('actors').where({ id: created.body.id }).first()).name).toBe('Aidar Example');
  const updated = await request(t.app)
    .patch(`/v1/actors/${created.body.id}`)
    .set(editor())
    .set('If-Match', created.headers.etag)
    .send({ name: 'Aidar  Examplev ', reason: 'spelling' });
  expect([updated.status, updated.body.name]).toEqual([200, 'Aidar Examplev']);
});

test('a claimant stored before with doubled and trailing spaces is cited with them collapsed; the row keeps them', async () => {
  const claim = (await request(t.app).get('/v1/claims/1').expect(200)).body;
  await t
    .db('actors')
    .where({ id: claim.claimant.id })
    .update({ name: ` ${claim.claimant.name.replace(' ', '   ')}  ` });
  const text = (await request(t.app).get('/v1/claims/1/citation?format=text&accessed=2026-11-27').expect(200)).text;
  expect(text).not.toMatch(/ {2}/);
  expect(text.startsWith(`${claim.claimant.name} said`)).toBe(true);
  const csl = (await request(t.app).get('/v1/claims/1/citation?format=csl-json&accessed=2026-11-27').expect(200)).body;
  expect(JSON.stringify(csl)).not.toMatch(/ {2}/);
  expect((await t.db('actors').where({ id: claim.claimant.id }).first()).name).toMatch(/^ .* {3}.* {2}$/);
});
