/**
 * Review 45b: "one place per word" is checked against the places only, not against the extractor's gazetteer, so a
 * subdivision named like a city of another country changes what that word meant to the extractor ("Paris": FR → TJ-PA).
 */
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const TEXT = 'About 70 people from Paris have joined the Islamic State, officials said.';
const countries = async () =>
  (await request(t.app).post('/v1/extract').set(t.as.editor).send({ text: TEXT }).expect(200)).body.candidates.map(
    (c: { country: string | null }) => c.country,
  );

test('a subdivision named like a city of another country does not change what the city named', async () => {
  expect(await countries()).toEqual(['FR']);
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-PA', name: 'Paris' });
  expect(await countries()).toEqual(['FR']);
});

test('a word the gazetteer gives to a place in another country is a 409 naming the field and the place', async () => {
  const created = await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-PA', name: 'Paris' }).expect(409);
  expect(created.body.errors).toEqual([{ field: '/name', message: expect.stringMatching(/"Paris" .*FR \(France\)/) }]);
  const words = await request(t.app)
    .post('/v1/countries/TJ/words')
    .set(t.as.editor)
    .send({ aliases: ['Tojikiston', 'PARIS'] })
    .expect(409);
  expect(words.body.errors).toEqual([{ field: '/aliases/1', message: expect.stringContaining('FR (France)') }]);
  await request(t.app)
    .patch('/v1/countries/TJ')
    .set(t.as.admin)
    .send({ aliases: ['Khujand'], name: 'Tajikistan' })
    .expect(200);
  const patched = await request(t.app)
    .patch('/v1/countries/KG')
    .set(t.as.admin)
    .send({ aliases: ['Dushanbe'] })
    .expect(409);
  expect(patched.body.errors).toEqual([{ field: '/aliases/0', message: expect.stringContaining('TJ (Tajikistan)') }]);
  expect(await countries()).toEqual(['FR']);
});

test('a word the gazetteer gives to a place in the same country is allowed: its province made a subdivision', async () => {
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-SU', name: 'Sughd' }).expect(201);
  await request(t.app)
    .post('/v1/countries/TJ-SU/words')
    .set(t.as.editor)
    .send({ aliases: ['Istaravshan'] })
    .expect(200);
  // the words a place has already are its own: an admin sends them again
  await request(t.app)
    .patch('/v1/countries/TJ')
    .set(t.as.admin)
    .send({ aliases: ['Khujand', 'Tojikiston'] })
    .expect(200);
});
