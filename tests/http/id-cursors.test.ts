import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

/*
 * Actors and documents page by id: their cursor holds the last id served, and nothing else. A cursor with more keys
 * or with an id no record can have had been taken (its first key read, the rest ignored), where the claims' listing
 * refuses any cursor it did not hand out.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'A second document' }).expect(201);
});
afterAll(() => t.drop());

const cursor = (keys: unknown) => Buffer.from(JSON.stringify(keys)).toString('base64url');

test.each(['/v1/actors', '/v1/documents'])(
  '%s: the next link pages on, and a cursor it did not hand out is a 400 naming cursor',
  async (path) => {
    const first = await request(t.app).get(path).query({ limit: 1 }).expect(200);
    const next = await request(t.app).get(first.body.next).expect(200);
    expect(next.body.data[0].id).toBeGreaterThan(first.body.data[0].id);
    for (const keys of [[2, 3], [0], [-1], [1.5], ['2'], ['id', 2]]) {
      const res = await request(t.app)
        .get(path)
        .query({ cursor: cursor(keys) });
      expect({ keys, status: res.status, errors: res.body.errors }).toEqual({
        keys,
        status: 400,
        errors: [{ field: 'cursor', message: 'is not a valid cursor' }],
      });
    }
  },
);
