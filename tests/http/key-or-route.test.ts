/**
 * Vocab47: which comes first, a key that does not exist or a route that does not: the key, everywhere (a key sent is
 * checked before the route is looked for), then the route (404), then the role (403), then the record (404). Pinned
 * here as docs/api.md ("Errors") says it.
 */
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

const UNKNOWN_KEY = { Authorization: 'Bearer no-such-key' };

test('an unknown key is a 401 on an admin route and on a route that does not exist alike', async () => {
  for (const [method, path] of [
    ['get', '/v1/keys'],
    ['delete', '/v1/keys/999'],
    ['get', '/v1/no-such-route'],
    ['delete', '/v1/no-such-route/1'],
  ] as const) {
    const res = await request(t.app)[method](path).set(UNKNOWN_KEY);
    expect([method, path, res.status, res.body.code]).toEqual([method, path, 401, 'unauthorized']);
  }
});

test('without a key a route that does not exist is a 404 and an admin route a 401; a known key of too low a role is a 403', async () => {
  expect((await request(t.app).get('/v1/no-such-route')).status).toBe(404);
  expect((await request(t.app).delete('/v1/no-such-route/1')).status).toBe(404);
  expect((await request(t.app).get('/v1/keys')).status).toBe(401);
  expect((await request(t.app).delete('/v1/keys/999').set(t.as.editor)).status).toBe(403);
  expect((await request(t.app).get('/v1/no-such-route').set(t.as.editor)).status).toBe(404);
});

test('an admin asking for an API key that does not exist is a 404 naming it', async () => {
  const res = await request(t.app).delete('/v1/keys/999').set(t.as.admin).expect(404);
  expect(res.body.code).toBe('not_found');
  expect(res.body.detail).toContain('999');
});

test('a write with a body and no key is a 401 before its route is looked for, as before its body is read', async () => {
  const res = await request(t.app).post('/v1/no-such-route').send({ a: 1 });
  expect([res.status, res.body.code]).toEqual([401, 'unauthorized']);
});
