/**
 * Vocab47: a problem echoed whatever input it names whole ("Place TJ-XXXX… does not exist." with a code of 5,000
 * characters, a parameter's name as long). One rule cuts what every problem echoes (src/echoed.ts), where problems are
 * written: the API's problem+json and the web's error pages alike.
 */
import request from 'supertest';
import { echoed, ECHO_TEXT_MAX, ECHO_WORD_KEPT } from '../../src/echoed';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('an over-long run of characters is cut and its length told; the ledger own words are left whole', () => {
  const code = `TJ-${'X'.repeat(4997)}`;
  expect(echoed(`Place ${code} does not exist.`)).toBe(`Place ${code.slice(0, ECHO_WORD_KEPT)}… (5000 characters) does not exist.`);
  const words = 'must be one of id, as_of, -as_of, value, -value, created_at, -created_at';
  expect(echoed(words)).toBe(words);
  const url = 'https://www.rferl.org/a/under-black-flag-kazakhstan-kazakh-women-islamic-state/26698040.html';
  expect(echoed(`already holds ${url}`)).toBe(`already holds ${url}`);
  const spaced = 'ab '.repeat(1000);
  expect(Array.from(echoed(spaced))).toHaveLength(ECHO_TEXT_MAX + ' (3000 characters)'.length + 1);
  // a letter outside the BMP is one character, never cut in half
  expect(echoed('𝐀'.repeat(200))).toBe(`${'𝐀'.repeat(ECHO_WORD_KEPT)}… (200 characters)`);
});

test('a code of 5000 characters in the path is echoed cut in the problem detail; the answer is the 404 it was', async () => {
  const code = `TJ-${'X'.repeat(4997)}`;
  const res = await request(t.app).get(`/v1/countries/${code}`).expect(404);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  // (the run cut is the code with the quotation marks around it)
  expect(res.body.detail).toContain('… (5002 characters) is not a known country, region or demonym.');
  expect(res.body.detail.length).toBeLessThan(200);
});

test('a long parameter value and a long parameter name are echoed cut in the errors, field and message alike', async () => {
  const value = await request(t.app)
    .get('/v1/claims')
    .query({ country: 'Atlantis'.repeat(500) })
    .expect(400);
  expect(value.body.errors).toEqual([
    {
      code: 'unknown_place',
      field: 'country',
      message: expect.stringMatching(/^"(?:Atlantis)+Atl… \(4002 characters\) is not a known country, region or demonym$/),
    },
  ]);
  expect(value.body.errors[0].message.length).toBeLessThan(200);
  const name = await request(t.app)
    .get('/v1/claims')
    .query({ [`x${'y'.repeat(2999)}`]: '1' })
    .expect(400);
  expect(name.body.errors).toEqual([{ field: expect.stringMatching(/^xy+… \(3000 characters\)$/), message: 'is not a known parameter' }]);
  expect(name.body.errors[0].field.length).toBeLessThan(200);
});
