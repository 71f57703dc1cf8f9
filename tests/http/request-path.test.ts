// Second pass: left out, a path that cannot be read is refused by Node and the ledger before any route reads or
// writes (src/http); the paths it then reads are the pages' and the API's of the pass (tests/support/databaseSuites.ts).
import request from 'supertest';
import { unreadablePath } from '../../src/http/requestPath';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const NOT_UTF8 = { field: 'path', message: 'is not valid percent-encoded UTF-8' };
const CONTROL = { field: 'path', message: 'must not contain control characters such as %00' };

test('which paths cannot be read: escapes that are not UTF-8, control characters once decoded', () => {
  expect(unreadablePath('/v1/groups/%00')).toEqual(CONTROL);
  expect(unreadablePath('/countries/K%1FZ')).toEqual(CONTROL);
  expect(unreadablePath('/countries/K%7F')).toEqual(CONTROL);
  expect(unreadablePath('/v1/claims/%FF')).toEqual(NOT_UTF8);
  expect(unreadablePath('/v1/claims/%E0%A4%A')).toEqual(NOT_UTF8);
  expect(unreadablePath('/actors/%ZZ')).toEqual(NOT_UTF8);
  expect(unreadablePath('/a/%ED%A0%80')).toEqual(NOT_UTF8); // a lone surrogate
  for (const ok of ['/', '/countries/Central%20Asia', '/countries/C%C3%B4te', '/countries/%F0%9F%98%80', '/claims/1%2F2', '/docs/'])
    expect({ ok, error: unreadablePath(ok) }).toEqual({ ok, error: null });
});

test('an API path holding %00 or bytes that are not UTF-8 is a 400 naming the path, on every route, and changes nothing', async () => {
  const before = await tableChecksums(t.db);
  const cases: [string, string][] = [
    ['GET', '/v1/groups/%00'], // reached PostgreSQL before: a 400 naming no field
    ['GET', '/v1/metrics/a%00'],
    ['GET', '/v1/countries/K%00Z'],
    ['GET', '/v1/claims/1%00/history'],
    ['GET', '/v1/claims/%FF'], // named the body before
    ['GET', '/v1/actors/%E0%A4%A'],
    ['GET', '/v1/no-such-thing/%00'],
    ['PATCH', '/v1/groups/%00'],
    ['PATCH', '/v1/metrics/foreign_fighters%01'],
    ['DELETE', '/v1/keys/%00'],
  ];
  for (const [method, path] of cases) {
    const res = await request(t.app)
      [method.toLowerCase() as 'get' | 'patch' | 'delete'](path)
      .set(t.as.admin)
      .set('If-Match', '*')
      .send(method === 'GET' ? undefined : { name: 'changed' });
    expect({ method, path, status: res.status, type: res.headers['content-type'] }).toEqual({
      method,
      path,
      status: 400,
      type: 'application/problem+json; charset=utf-8',
    });
    expect(res.body.errors).toEqual([path.includes('%00') || path.includes('%01') ? CONTROL : NOT_UTF8]);
  }
  expect(await tableChecksums(t.db)).toEqual(before);
  // Readable paths are served as before.
  await request(t.app).get('/v1/countries/Central%20Asia').expect(200);
  await request(t.app).get('/v1/groups/islamic-state').expect(200);
});

test('a page path that cannot be read is a 400 page for browsers, naming the path, and problem+json for API clients', async () => {
  const page = await request(t.app).get('/countries/K%00Z').set('Accept', 'text/html'); // a 404 "no such country" before
  expect(page.status).toBe(400);
  expect(page.headers['content-type']).toMatch(/^text\/html/);
  expect(page.text).toContain('control character');
  expect(page.text).toMatch(/<code>path<\/code>/);
  const broken = await request(t.app).get('/claims/%E0%A4%A').set('Accept', 'text/html').expect(400);
  expect(broken.text).toContain('not valid percent-encoded UTF-8');
  const api = await request(t.app).get('/countries/K%00Z').set('Accept', 'application/json').expect(400);
  expect(api.body.errors).toEqual([CONTROL]);
  await request(t.app).get('/countries/Central%20Asia').set('Accept', 'text/html').expect(200);
});
