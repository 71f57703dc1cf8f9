import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { asBytes } from '../support/bytes';

/*
 * A CSV download opens with a UTF-8 byte-order mark when asked (`bom=1`), as the web pages' CSV links ask: a
 * spreadsheet opening the file by double-click reads it as UTF-8 only with one, and garbled every non-ASCII name.
 * The API writes none by default (many CSV readers take it for part of the first column's name), and the import reads
 * the marked file back.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const bytes = (url: string) => request(t.app).get(url).buffer(true).parse(asBytes);

test.each([
  ['the claims export', '/v1/export/claims?format=csv'],
  ['the claims export, CSV by default', '/v1/export/claims?country=KZ'],
  ['the revisions export', '/v1/export/claims?format=csv&include=revisions'],
  ['the sources comparison', '/v1/compare/sources?country=KZ&metric=foreign_fighters&format=csv'],
  ['the countries comparison', '/v1/compare/countries?country=KZ,RU&metric=foreign_fighters&format=csv'],
])('%s opens with a byte-order mark with bom=1 only', async (_name, url) => {
  const plain = await bytes(url).expect(200);
  const marked = await bytes(`${url}&bom=1`).expect(200);
  const off = await bytes(`${url}&bom=0`).expect(200);
  expect(marked.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
  expect((plain.body as Buffer).subarray(0, 3).equals(BOM)).toBe(false);
  expect((off.body as Buffer).equals(plain.body as Buffer)).toBe(true);
  expect((marked.body as Buffer).subarray(0, 3).equals(BOM)).toBe(true);
  expect((marked.body as Buffer).subarray(3).equals(plain.body as Buffer)).toBe(true);
});

test('an empty export with bom=1 is still the mark and the header', async () => {
  const res = await bytes('/v1/export/claims?format=csv&bom=1&q=nothingmatchesthisword').expect(200);
  const body = res.body as Buffer;
  expect(body.subarray(0, 3).equals(BOM)).toBe(true);
  expect(body.subarray(3).toString('utf8')).toMatch(/^claim_id,/);
});

test.each([
  ['/v1/export/claims?format=ndjson&bom=1', 'is used only with format=csv'],
  ['/v1/export/claims?format=xlsx&bom=1', 'is used only with format=csv'],
  ['/v1/export/claims?format=csv&bom=maybe', 'must be true or false (or 1 or 0, yes or no, on or off)'],
  ['/v1/compare/sources?country=KZ&metric=foreign_fighters&bom=1', 'is used only with format=csv'],
])('%s is a 400 naming bom', async (url, message) => {
  const res = await request(t.app).get(url).expect(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.errors).toContainEqual({ field: 'bom', message });
});

test('the web pages link their CSV files with the mark, and the marked export imports back unchanged', async () => {
  const page = await request(t.app).get('/?q=Kazakh').set('Accept', 'text/html').expect(200);
  expect(page.text).toContain('href="/v1/export/claims?format=csv&amp;bom=1&amp;q=Kazakh">CSV</a>');
  const compare = await request(t.app).get('/compare/sources?country=KZ&metric=foreign_fighters').set('Accept', 'text/html').expect(200);
  expect(compare.text).toContain('format=csv&amp;bom=1"');
  const marked = (await bytes('/v1/export/claims?format=csv&bom=1').expect(200)).body as Buffer;
  const res = await request(t.app).post('/v1/import').set(t.as.editor).set('Content-Type', 'text/csv').send(marked).expect(200);
  expect(res.body.claims).toMatchObject({ created: 0, updated: 0 });
});
