/**
 * The extractor's read bounds through the API, on the run's PostgreSQL: the answer is a 200 whose `unread` and `message`
 * say what was not read (the bounds themselves: read-bounds.test.ts).
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { READ_BOUNDS } from '../../src/extract/extract';
import { createTestApp, TestApp } from '../support/app';
import { manyNumbers, READ } from './readBoundsTexts';

let t: TestApp;
let validate: ((body: unknown) => boolean) & { errors?: unknown };
beforeAll(async () => {
  t = await createTestApp();
  const doc = (await request(t.app).get('/openapi.json').expect(200)).body;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi', components: doc.components });
  validate = ajv.compile({ $ref: 'openapi#/components/schemas/Extraction' });
});
afterAll(() => t.drop());

test('a text with a sentence past a bound is a 200 whose unread and message say so, with the other sentences read', async () => {
  const over = manyNumbers(160);
  const text = `${READ} ${over}`;
  const res = await request(t.app).post('/v1/extract').set(t.as.editor).send({ text }).expect(200);
  expect({ valid: validate(res.body), errors: validate.errors }).toEqual({ valid: true, errors: null });
  expect(res.body.candidates.map((c: { value_text: string }) => c.value_text)).toEqual(['120']);
  const at = READ.length + 1;
  expect(res.body.unread).toEqual([
    {
      start: at,
      end: text.length,
      reason: 'the sentence has 160 numbers, more than the 150 the extractor reads in one sentence',
      part: 'sentence',
    },
  ]);
  expect(res.body.message).toBe(
    `One sentence was not read, its figures not proposed (see unread); the first, at characters ${at}–${text.length}: the sentence has 160 numbers, more than the 150 the extractor reads in one sentence.`,
  );
});

test('a text past the bound on its length is answered as the rest of the text not read, not as one sentence', async () => {
  const sentence = (n: number) => `Officials said ${n} fighters returned from Syria. `;
  const head = `${sentence(100)}${'The ministry gave no other figures that week. '.repeat(Math.ceil(READ_BOUNDS.textCharacters / 46))}`;
  const tail = [101, 102, 103].map(sentence).join('');
  const over = manyNumbers(160);
  const text = `${over} ${head}${tail}`;
  const res = await request(t.app).post('/v1/extract').set(t.as.editor).send({ text }).expect(200);
  expect({ valid: validate(res.body), errors: validate.errors }).toEqual({ valid: true, errors: null });
  expect(res.body.unread.map((u: { part: string }) => u.part)).toEqual(['sentence', 'rest']);
  expect(res.body.message).toMatch(
    /^One sentence and the rest of the text were not read, their figures not proposed \(see unread\); the first, at characters 0–/,
  );
  const rest = await request(t.app)
    .post('/v1/extract')
    .set(t.as.editor)
    .send({ text: `${head}${tail}` })
    .expect(200);
  expect(rest.body.unread).toHaveLength(1);
  expect(rest.body.message).toMatch(
    /^The rest of the text was not read, its figures not proposed \(see unread\); the first, at characters [\d]+–[\d]+: the text has more than 250,000 characters/,
  );
});

test('a text read whole has no unread and no message', async () => {
  const res = await request(t.app).post('/v1/extract').set(t.as.editor).send({ text: READ }).expect(200);
  expect(res.body.unread).toBeUndefined();
  expect(res.body.message).toBeUndefined();
});
