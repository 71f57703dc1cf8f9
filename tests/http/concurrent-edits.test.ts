import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

/*
 * Round 36's hostile round: 50 identical edits at once with one ETag, on actors and documents as on claims
 * (claims/writes.test.ts), and 50 retractions of one claim at once: exactly one wins, one revision each, the others a
 * 412 or a 409 problem, never a 5xx.
 */
jest.setTimeout(120_000);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const revisions = async (entity: string, id: number) =>
  Number((await t.db('revisions').where({ entity, entity_id: id }).count({ n: '*' }))[0].n);

test.each([
  ['actor', 'actors'],
  ['document', 'documents'],
])('50 PATCHes of one %s at once with one ETag: one 200, the others 412, one revision', async (entity, path) => {
  const read = await request(t.app).get(`/v1/${path}/1`).expect(200);
  const before = await revisions(entity, 1);
  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      request(t.app)
        .patch(`/v1/${path}/1`)
        .set(t.as.editor)
        .set('If-Match', read.headers.etag)
        .send({ notes: `edit ${i}`, reason: 'fifty at once' }),
    ),
  );
  const statuses = answers.map((a) => a.status).sort();
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s !== 200 && s !== 412)).toEqual([]);
  expect(answers.filter((a) => a.status === 412).every((a) => /problem\+json/.test(a.headers['content-type']))).toBe(true);
  expect(await revisions(entity, 1)).toBe(before + 1);
});

test('50 retractions of one claim at once: one 200, the others 409 (already retracted), one revision', async () => {
  const before = await revisions('claim', 3);
  const answers = await Promise.all(
    Array.from({ length: 50 }, () => request(t.app).delete('/v1/claims/3').set(t.as.editor).send({ reason: 'fifty at once' })),
  );
  const statuses = answers.map((a) => a.status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
  expect(await revisions('claim', 3)).toBe(before + 1);
});
