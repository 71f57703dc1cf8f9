import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

/*
 * Found by the review of 6 Dec (robust42): the Idempotency-Key hash now parses req.originalUrl with `new URL(…, base)`
 * (src/http/idempotency.ts, requestTarget), which throws on a path that is a valid HTTP request-target but not a valid
 * relative URL ("//[", "//a b"). The idempotency middleware runs on every POST with a key and a principal, before
 * routing: such a POST must get a 4xx problem (404 as without the key), never a 500.
 */
jest.setTimeout(120_000);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

test('a keyed POST to a path that is no relative URL is answered as without the key, not a 500', async () => {
  const unkeyed = await request(t.app).post('//[x').set(t.as.editor).send({});
  const keyed = await request(t.app).post('//[x').set(t.as.editor).set('Idempotency-Key', 'odd-path-1').send({});
  expect(unkeyed.status).toBeLessThan(500);
  expect(keyed.status).toBe(unkeyed.status);
  expect(keyed.headers['content-type']).toMatch(/application\/problem\+json/);
});
