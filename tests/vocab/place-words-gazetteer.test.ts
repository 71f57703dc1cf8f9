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
