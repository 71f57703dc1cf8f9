import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('a query whose percent-escapes are not UTF-8 is a 400 naming the parameter, page or problem', async () => {
  for (const path of [
    '/v1/claims?q=%FF',
    '/v1/claims?country=KZ&q=caf%E9',
    '/v1/export/claims?format=csv&q=%C3%28',
    '/v1/compare/sources?country=%FF&metric=women',
  ]) {
    const res = await request(t.app).get(path);
    expect({ path, status: res.status }).toEqual({ path, status: 400 });
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors).toEqual([{ field: expect.stringMatching(/^(q|country)$/), message: 'is not valid percent-encoded UTF-8' }]);
  }
  const bad = await request(t.app).get('/v1/claims?%FF=1');
  expect(bad.status).toBe(400);
  expect(bad.body.errors[0].field).toBe('query');
  const page = await request(t.app).get('/?q=%FF').set('Accept', 'text/html');
  expect(page.status).toBe(400);
  expect(page.headers['content-type']).toMatch(/text\/html/);
  expect(page.text).toContain('not valid percent-encoded UTF-8');
  // Valid escapes, a literal % and + for a space read as before.
  const ok = await request(t.app).get('/v1/claims?q=caf%C3%A9+kazakh').expect(200);
  expect(ok.body.data).toEqual([]);
  await request(t.app).get('/v1/claims?q=50%').expect(200);
  await request(t.app).get('/v1/claims?q=Kazakh').expect(200);
});
