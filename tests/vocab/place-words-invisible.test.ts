/**
 * Review 45b: a place's word with an invisible format character ("Sug\u200bhd", "\u202eSughd") or in fullwidth letters
 * ("Ｓｕｇｈｄ") was another word, a second place no reader tells from the first. Format characters are refused (400);
 * words are compared in NFKC, case-folded (nameKey), as actors' and groups' names are.
 */
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-SU', name: 'Sughd' }).expect(201);
});
afterAll(() => t.drop());

test('a word with a format character is a 400 naming the field', async () => {
  for (const [body, field] of [
    [{ code: 'TJ-XA', name: 'Sug\u200bhd' }, '/name'],
    [{ code: 'TJ-XB', name: 'Other', aliases: ['\u202eSughd'] }, '/aliases/0'],
    [{ code: 'TJ-XC', name: 'Other', demonyms: ['Soft\u00adhyphen'] }, '/demonyms/0'],
  ] as const) {
    const res = await request(t.app).post('/v1/countries').set(t.as.editor).send(body).expect(400);
    expect(res.body.errors).toEqual([{ field, message: expect.stringContaining('invisible') }]);
  }
  const words = await request(t.app)
    .post('/v1/countries/TJ/words')
    .set(t.as.editor)
    .send({ aliases: ['Ok', 'Taj\u200dik'] })
    .expect(400);
  expect(words.body.errors).toEqual([{ field: '/aliases/1', message: expect.stringContaining('invisible') }]);
  await request(t.app).patch('/v1/countries/TJ').set(t.as.admin).send({ name: 'Tajik\u2060istan' }).expect(400);
  expect(await t.db('countries').whereIn('code', ['TJ-XA', 'TJ-XB', 'TJ-XC']).count({ n: '*' })).toEqual([{ n: 0 }]);
});

test('a fullwidth word is the same word: it names the place it names already', async () => {
  const res = await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-XD', name: 'Ｓｕｇｈｄ' }).expect(409);
  expect(res.body.errors).toEqual([{ field: '/name', message: expect.stringContaining('TJ-SU (Sughd)') }]);
  expect((await request(t.app).get('/v1/countries/ＳＵＧＨＤ').expect(200)).body.code).toBe('TJ-SU');
});
