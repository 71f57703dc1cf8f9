import express from 'express';
import request from 'supertest';
import { allowedMethods } from '../../src/http/methods';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test("the router's shape methods.ts reads: routes, mounted routers, parameters, router.all", () => {
  // Fails if express's router changes what allowedMethods reads (it would then find no route at all).
  const app = express();
  const inner = express.Router();
  inner.get('/:id', (_req, res) => res.end());
  inner.patch('/:id', (_req, res) => res.end());
  inner.all('/any', (_req, res) => res.end());
  app.use('/v1/things', inner);
  app.post('/form', (_req, res) => res.end());
  app.use((_req, _res, next) => next());
  expect(allowedMethods(app, '/v1/things/7')).toEqual(['GET', 'HEAD', 'OPTIONS', 'PATCH']);
  expect(allowedMethods(app, '/V1/Things/7/')).toEqual(['GET', 'HEAD', 'OPTIONS', 'PATCH']);
  expect(allowedMethods(app, '/form')).toEqual(['OPTIONS', 'POST']);
  expect(allowedMethods(app, '/v1/things/any')).toBeNull();
  expect(allowedMethods(app, '/nowhere')).toEqual([]);
  expect(allowedMethods(app, '/v1/things/%E0%A4%A')).toEqual([]);
});

test('a method a path does not have is a 405 problem with Allow, and changes nothing', async () => {
  const before = await tableChecksums(t.db);
  const cases: [string, string, string][] = [
    ['put', '/v1/claims/1', 'DELETE, GET, HEAD, OPTIONS, PATCH'],
    ['delete', '/v1/metrics', 'GET, HEAD, OPTIONS, POST'],
    ['post', '/v1/claims/1/history', 'GET, HEAD, OPTIONS'],
    ['patch', '/v1/export/claims', 'GET, HEAD, OPTIONS'],
    ['delete', '/health', 'GET, HEAD, OPTIONS'],
  ];
  for (const [method, path, allow] of cases) {
    const res = await (request(t.app) as unknown as Record<string, (p: string) => request.Test>)[method](path).set(t.as.admin).send({});
    expect({ path, status: res.status, allow: res.headers.allow }).toEqual({ path, status: 405, allow });
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors).toEqual([{ field: 'method', message: expect.stringContaining('must be one of') }]);
  }
  expect(await tableChecksums(t.db)).toEqual(before);
  // An unknown path is still a 404, whatever the method.
  await request(t.app).put('/v1/nothing-here').set(t.as.admin).expect(404);
});

test('OPTIONS answers 204 with Allow on every served path', async () => {
  const claim = await request(t.app).options('/v1/claims/1').expect(204);
  expect(claim.headers.allow).toBe('DELETE, GET, HEAD, OPTIONS, PATCH');
  expect(claim.text).toBe('');
  expect((await request(t.app).options('/v1/claims').expect(204)).headers.allow).toBe('GET, HEAD, OPTIONS, POST');
  expect((await request(t.app).options('/').expect(204)).headers.allow).toBe('GET, HEAD, OPTIONS');
  await request(t.app).options('/v1/nothing-here').expect(404);
});

test('browsers get a 405 page; a GET on a page that only takes forms is a 405 too', async () => {
  const page = await request(t.app).post('/claims/1').set('Accept', 'text/html').type('form').send('a=1').expect(405);
  expect(page.headers['content-type']).toMatch(/text\/html/);
  expect(page.headers.allow).toBe('GET, HEAD, OPTIONS');
  expect(page.text).toMatch(/does not take POST/);
  const api = await request(t.app).post('/claims/1').set('Accept', 'application/json').expect(405);
  expect(api.headers['content-type']).toMatch(/problem\+json/);
  const signOut = await request(t.app).get('/sign-out').set('Accept', 'text/html').expect(405);
  expect(signOut.headers.allow).toBe('OPTIONS, POST');
});
