// Second pass: left out, hostile query strings, headers, cookies and form bodies are refused or ignored by the ledger's
// Node code before they write; the pages it reads are those of the pass's files (tests/support/databaseSuites.ts).
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';
import { signIn } from '../workspace/support';

/**
 * Hostile clients by class on the pages and the workspace's forms, which the OpenAPI fuzz (fuzz.test.ts) does not
 * reach: each class answered with the documented shape (a page for browsers, problem+json for API clients), never a
 * 5xx, nothing written. docs/security.md lists the decisions.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const PAGES = ['/', '/countries/KZ', '/compare/sources?metric=foreign_fighters', '/compare/timeline?metric=foreign_fighters', '/claims/2'];

test('repeated, bracketed and prototype-named query parameters on pages are a 400 page naming the parameter', async () => {
  const before = await tableChecksums(t.db);
  const cases: [string, string][] = [
    ['country=KZ&country=RU', 'country'],
    ['q[]=x', 'q[]'],
    ['q[a]=x', 'q[a]'],
    ['country[__proto__][x]=1', 'country[__proto__][x]'],
    ['__proto__=1', '__proto__'],
    ['constructor=1', 'constructor'],
  ];
  for (const path of PAGES) {
    for (const [query, field] of cases) {
      const url = `${path}${path.includes('?') ? '&' : '?'}${query}`;
      const res = await request(t.app).get(url).set('Accept', 'text/html');
      expect({ url, status: res.status, type: res.headers['content-type'] }).toEqual({
        url,
        status: 400,
        type: 'text/html; charset=utf-8',
      });
      // The page names the parameter (as a field note, or in the list of errors).
      expect({ url, named: res.text.includes(field) }).toEqual({ url, named: true });
      expect(res.text).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
  }
  expect(({} as Record<string, unknown>).x).toBeUndefined(); // no parameter reached Object.prototype
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('pages answer HTML whatever Accept says; the API answers JSON; unknown paths negotiate', async () => {
  const page = await request(t.app).get('/claims/2').set('Accept', 'application/json');
  expect([page.status, page.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
  const api = await request(t.app).get('/v1/claims/2').set('Accept', 'text/html');
  expect([api.status, api.headers['content-type']]).toEqual([200, 'application/json; charset=utf-8']);
  const apiMissing = await request(t.app).get('/v1/claims/999999').set('Accept', 'text/html');
  expect([apiMissing.status, apiMissing.headers['content-type']]).toEqual([404, 'application/problem+json; charset=utf-8']);
  const unknownForBrowser = await request(t.app).get('/no/such/page').set('Accept', 'text/html');
  expect([unknownForBrowser.status, unknownForBrowser.headers['content-type']]).toEqual([404, 'text/html; charset=utf-8']);
  const unknownForClient = await request(t.app).get('/no/such/page').set('Accept', '*/*');
  expect([unknownForClient.status, unknownForClient.headers['content-type']]).toEqual([404, 'application/problem+json; charset=utf-8']);
});

test('conditional and range headers with garbage are ignored on pages and exports: the whole answer, 200', async () => {
  for (const path of ['/', '/claims/2', '/v1/export/claims?format=csv', '/v1/claims/2/citation?format=bibtex']) {
    for (const headers of [
      { 'If-None-Match': 'garbage"",,W/' },
      { 'If-Modified-Since': 'not a date 99:99' },
      { 'If-Modified-Since': 'Fri, 01 Jan 2100 00:00:00 GMT' },
      { 'If-Unmodified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT' },
      { Range: 'bytes=0-10' },
      { Range: 'bytes=999999999-,0-,abc', 'If-Range': 'garbage' },
    ]) {
      const res = await request(t.app).get(path).set(headers);
      expect({ path, headers, status: res.status }).toEqual({ path, headers, status: 200 });
      expect(res.text.length).toBeGreaterThan(100);
    }
    const head = await request(t.app).head(path);
    expect({ path, status: head.status, body: head.text ?? '' }).toEqual({ path, status: 200, body: '' });
  }
});

test('malformed session cookies sign nobody in and break nothing: the workspace sends to the sign-in page', async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const id = editor.jar.cookies.get('cl_session')!;
  expect(id).toBeTruthy();
  const cookies = [
    `cl_session=${id.slice(0, -3)}`, // truncated
    `cl_session=garbage; cl_session=${id}`, // twice, a foreign one first
    `cl_session=%ZZ%00${id}`, // percent-garbage
    'cl_session="unterminated',
    `cl_session=${'x'.repeat(5000)}`,
    '__proto__=1; constructor=x',
    '=;=;;;',
  ];
  for (const cookie of cookies) {
    const res = await request(t.app).get('/workspace').set('Cookie', cookie);
    expect({ cookie: cookie.slice(0, 40), status: res.status, location: res.headers.location }).toEqual({
      cookie: cookie.slice(0, 40),
      status: 303,
      location: '/sign-in?next=%2Fworkspace',
    });
    const home = await request(t.app).get('/').set('Cookie', cookie).set('Accept', 'text/html');
    expect(home.status).toBe(200);
    expect(home.text).toContain('href="/sign-in?next=%2F"');
  }
  // The whole cookie, sent twice, is still the session.
  await request(t.app).get('/workspace').set('Cookie', `cl_session=${id}; cl_session=${id}`).expect(200);
});

test("the workspace's forms refuse a field sent twice, and bodies that are not forms, and write nothing", async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const before = await tableChecksums(t.db);
  const twice = await request(t.app)
    .post('/workspace/documents')
    .set('Cookie', editor.jar.header())
    .type('form')
    .send(`csrf=${editor.csrf}&title=a&title=b&text=Some+text`);
  expect(twice.status).toBe(400);
  expect(twice.text).toContain('title: must be sent once');
  for (const [type, body] of [
    ['multipart/form-data; boundary=X', '--X\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--X--\r\n'],
    ['text/plain', 'title=x'],
    ['application/json', JSON.stringify({ csrf: editor.csrf, title: 'x', text: 'y' })],
  ]) {
    const res = await request(t.app).post('/workspace/documents').set('Cookie', editor.jar.header()).set('Content-Type', type).send(body);
    expect({ type, status: res.status, html: res.headers['content-type'] }).toEqual({
      type,
      status: 415,
      html: 'text/html; charset=utf-8',
    });
  }
  for (const type of ['multipart/form-data; boundary=X', 'text/plain', 'application/x-www-form-urlencoded']) {
    const res = await request(t.app).post('/v1/actors').set(t.as.editor).set('Content-Type', type).send('name=x');
    expect({ type, status: res.status, problem: res.headers['content-type'] }).toEqual({
      type,
      status: 415,
      problem: 'application/problem+json; charset=utf-8',
    });
  }
  expect(await tableChecksums(t.db)).toEqual(before);
});
