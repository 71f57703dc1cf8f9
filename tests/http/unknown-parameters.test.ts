// Second pass: left out, a parameter the OpenAPI text does not declare is refused before anything is read or written
// (tests/support/databaseSuites.ts).
import request from 'supertest';
import { buildOpenApi } from '../../src/docs/openapi';
import { createTestApp, type TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

/*
 * One rule for the whole API: a query parameter that the operation does not declare in the OpenAPI text is refused,
 * 400 with a problem naming it, before anything else is read or written; a declared one is never refused as unknown.
 * List routes refused them and some single-item and write routes answered as if they had not been sent.
 */
type Operation = { parameters?: { name: string; in: string }[] };
const openapi = buildOpenApi() as { paths: Record<string, Record<string, Operation>> };
const OPERATIONS = Object.entries(openapi.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({
    method: method.toUpperCase(),
    path: path.replace(/\{[^}]+\}/g, (p) => (p === '{code}' ? 'returnees' : p === '{ref}' ? 'KZ' : '1')),
    declared: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
  })),
);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const send = (method: string, target: string) => request(t.app)[method.toLowerCase() as 'get'](target).set(t.as.admin).set('If-Match', '*');

test.each(OPERATIONS.map((o) => [o.method, o.path, o]))('%s %s refuses a parameter it does not declare', async (_m, _p, o) => {
  const before = await tableChecksums(t.db);
  const res = await send(o.method, `${o.path}?utm_source=feed&country=KZ&country=UZ`);
  expect(res.status).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const fields = res.body.errors.map((e: { field: string }) => e.field);
  expect(fields).toContain('utm_source');
  if (!o.declared.includes('country')) expect(fields).toContain('country');
  expect(await tableChecksums(t.db)).toEqual(before);
});

test.each(OPERATIONS.filter((o) => o.declared.length > 0).map((o) => [o.method, o.path, o]))(
  '%s %s takes every parameter it declares as known',
  async (_m, _p, o) => {
    // The citation's parameters are known with format=citation (the OpenAPI text says so).
    const values = (name: string) => (name === 'format' && o.declared.includes('citation_format') ? 'citation' : '');
    const res = await send(o.method, `${o.path}?${o.declared.map((name) => `${name}=${values(name)}`).join('&')}`);
    expect(res.body.title ?? '').not.toMatch(/Unknown query parameter/);
    expect(JSON.stringify(res.body.errors ?? [])).not.toMatch(/is not a known parameter/);
  },
);

/*
 * Pages are reached by links passed on by newsletters and feeds, which add tracking tags: a page sends the reader on
 * to its address without them (as without empty fields), and refuses any other parameter it does not know, naming it.
 */
const PAGES = [
  '/',
  '/actors/1',
  '/claims/1',
  '/compare/countries',
  '/compare/sources',
  '/compare/timeline',
  '/countries/KZ',
  '/documents/1',
];

test.each(PAGES)('the page %s drops tracking tags and refuses a parameter it does not know', async (path) => {
  const tagged = await request(t.app).get(`${path}?utm_source=newsletter&utm_medium=email&fbclid=IwAR0x`);
  expect({ status: tagged.status, location: tagged.headers.location }).toEqual({ status: 302, location: path });
  const unknown = await request(t.app).get(`${path}?colour=red`);
  expect(unknown.status).toBe(400);
  expect(unknown.headers['content-type']).toMatch(/^text\/html/);
  expect(unknown.text).toContain('colour');
});

test('a page keeps what was chosen and drops only the tags', async () => {
  const res = await request(t.app).get('/?q=Kazakh&utm_campaign=weekly&country=KZ&gclid=abc');
  expect(res.status).toBe(302);
  expect(res.headers.location).toBe('/?q=Kazakh&country=KZ');
  expect((await request(t.app).get(res.headers.location)).status).toBe(200);
});
