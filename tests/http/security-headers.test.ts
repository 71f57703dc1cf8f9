// Second pass: left out, the headers each kind of answer carries are set by the ledger's Node code (src/http); the
// reads behind them are the lists, claims, exports and pages of the pass's files (tests/support/databaseSuites.ts).
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

/** What every answer carries whatever its kind, or that varies between two answers alike: left out of the sets compared. */
const EVERY_ANSWER = new Set(['date', 'etag', 'x-request-id', 'connection', 'keep-alive']);

/** The API's (under /v1): what protects an answer that is not a document (OWASP REST Security Cheat Sheet). */
const API = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/** The pages' (everything outside /v1), exactly as they were before the API got a set of its own. */
const PAGE = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};
const HSTS = { 'strict-transport-security': 'max-age=31536000; includeSubDomains' };

/** The answer's headers less those every answer carries, with their values. */
function headersOf(res: request.Response): Record<string, string> {
  return Object.fromEntries(Object.entries(res.headers as Record<string, string>).filter(([name]) => !EVERY_ANSWER.has(name)));
}

/** The names an answer carries besides its security headers, and the security headers themselves, apart. */
function expectHeaders(res: request.Response, security: Record<string, string>, others: string[]): void {
  const headers = headersOf(res);
  expect(Object.keys(headers).sort()).toEqual([...Object.keys(security), ...others].sort());
  expect(Object.fromEntries(Object.keys(security).map((name) => [name, headers[name]]))).toEqual(security);
}

/** A request as a trusted proxy forwards one that came over HTTPS (X-Forwarded-Proto), so that `req.secure` holds. */
async function overHttps(url: string): Promise<request.Response> {
  t.app.set('trust proxy', 'loopback');
  try {
    return await request(t.app).get(url).set('X-Forwarded-Proto', 'https').expect(200);
  } finally {
    t.app.set('trust proxy', false);
  }
}

describe('the API carries the headers that protect an answer that is not a document', () => {
  test('a list: JSON with its charset, its next link, and the API set', async () => {
    const res = await request(t.app).get('/v1/claims?limit=2').expect(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expectHeaders(res, API, ['content-type', 'content-length', 'link']);
  });

  test('a claim with its ETag, and its 304', async () => {
    const res = await request(t.app).get('/v1/claims/1').expect(200);
    expect(res.headers.etag).toMatch(/^"v\d+-/);
    expectHeaders(res, API, ['content-type', 'content-length']);
    const unchanged = await request(t.app).get('/v1/claims/1').set('If-None-Match', res.headers.etag).expect(304);
    expectHeaders(unchanged, API, []);
  });

  test('problem+json from a route, from no route, and refused before any route', async () => {
    for (const [url, status] of [
      ['/v1/claims/abc', 400],
      ['/v1/nope', 404],
      ['/v1/groups/%00', 400],
    ] as const) {
      const res = await request(t.app).get(url).set('Accept', 'text/html').expect(status);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expectHeaders(res, API, ['content-type', 'content-length']);
    }
    const unauthorized = await request(t.app).post('/v1/claims').send({}).expect(401);
    expectHeaders(unauthorized, API, ['content-type', 'content-length', 'www-authenticate']);
  });

  test('a CSV export: its attachment, no-store, and the API set', async () => {
    const res = await request(t.app).get('/v1/export/claims?format=csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expectHeaders(res, API, ['content-type', 'content-disposition', 'cache-control', 'transfer-encoding']);
  });

  test('the API as express routes it, case aside: a browser asking for a path of it gets problem+json, not a page', async () => {
    const list = await request(t.app).get('/V1/CLAIMS?limit=1').expect(200);
    expectHeaders(list, API, ['content-type', 'content-length', 'link']);
    const missing = await request(t.app).get('/V1/Claims/abc').set('Accept', 'text/html').expect(400);
    expect(missing.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expectHeaders(missing, API, ['content-type', 'content-length']);
  });

  test('over HTTPS, HSTS too; the policy needs no upgrade-insecure-requests, as nothing is loaded', async () => {
    const res = await overHttps('/v1/claims?limit=1');
    expectHeaders(res, { ...API, ...HSTS }, ['content-type', 'content-length', 'link']);
  });
});

describe('pages keep every header helmet gives a document', () => {
  test('the home page, a static asset and the API docs', async () => {
    const home = await request(t.app).get('/').set('Accept-Encoding', 'gzip').expect(200);
    expectHeaders(home, PAGE, ['content-type', 'content-length', 'content-encoding', 'vary']);
    const asset = await request(t.app).get('/assets/app.js').expect(200);
    expectHeaders(asset, PAGE, ['content-type', 'content-length', 'cache-control', 'accept-ranges', 'last-modified']);
    const docs = await request(t.app).get('/docs').expect(200);
    expectHeaders(docs, PAGE, ['content-type', 'content-length']);
  });

  test("an error page for a browser, and a page path's problem+json for another client", async () => {
    const notFound = await request(t.app).get('/nope').set('Accept', 'text/html').expect(404);
    expect(notFound.headers['content-type']).toBe('text/html; charset=utf-8');
    expectHeaders(notFound, PAGE, ['content-type', 'content-length', 'vary']);
    const unreadable = await request(t.app).get('/claims/%FF').set('Accept', 'text/html').expect(400);
    expect(unreadable.headers['content-type']).toBe('text/html; charset=utf-8');
    expectHeaders(unreadable, PAGE, ['content-type', 'content-length', 'vary']);
    const asJson = await request(t.app).get('/nope').expect(404);
    expect(asJson.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expectHeaders(asJson, PAGE, ['content-type', 'content-length']);
  });

  test('over HTTPS, HSTS and upgrade-insecure-requests too', async () => {
    const res = await overHttps('/');
    const csp = { 'content-security-policy': `${PAGE['content-security-policy']};upgrade-insecure-requests` };
    expectHeaders(res, { ...PAGE, ...csp, ...HSTS }, ['content-type', 'content-length', 'content-encoding', 'vary']);
  });
});
