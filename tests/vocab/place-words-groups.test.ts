/**
 * Review 45b: a group's name ("Daesh") or a word of one letter was taken as a place's alias. A word naming a group is
 * a 409 naming the field and the group; a word of fewer than two letters a 400.
 */
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('a word that names a group is a 409 naming the field and the group', async () => {
  const res = await request(t.app)
    .post('/v1/countries/SY/words')
    .set(t.as.editor)
    .send({ aliases: ['Sham', 'daesh'] })
    .expect(409);
  expect(res.body.errors).toEqual([{ field: '/aliases/1', message: '"daesh" already names group islamic-state' }]);
  const created = await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'SY-XX', name: 'Islamic  State' }).expect(409);
  expect(created.body.errors).toEqual([{ field: '/name', message: expect.stringContaining('islamic-state') }]);
  expect((await t.db('countries').where({ code: 'SY' }).first()).aliases).not.toContain('daesh');
});

test('a word of fewer than two letters is a 400 naming the field', async () => {
  const res = await request(t.app)
    .post('/v1/countries/SY/words')
    .set(t.as.editor)
    .send({ aliases: ['A'], demonyms: ['-'] })
    .expect(400);
  expect(res.body.errors).toEqual([
    { field: '/aliases/0', message: 'must have two letters at least' },
    { field: '/demonyms/0', message: 'must have two letters at least' },
  ]);
  await request(t.app)
    .post('/v1/countries/SY/words')
    .set(t.as.editor)
    .send({ aliases: ['Šâm'] })
    .expect(200);
});
