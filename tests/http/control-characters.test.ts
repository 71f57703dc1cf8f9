import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';

/*
 * Control characters (C0 but tab, line feed and carriage return; DEL; C1) in any text the ledger would store or search
 * are refused naming the field, on every way in: JSON bodies, import lines, query parameters, pages. Formatting
 * characters that are text (bidi marks, zero-width joiners) and tabs and line breaks are kept exactly.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const claim = seedClaimBody;

test('a control character in any field of any body is a 400 naming the field and the character, and nothing is written', async () => {
  const before = await tableChecksums(t.db);
  const cases: [string, string, Record<string, unknown>, string, string][] = [
    ['post', '/v1/claims', claim({ value_text: 'over\u0001300' }), '/value_text', 'U+0001'],
    ['post', '/v1/claims', claim({ notes: 'deleted\u007f' }), '/notes', 'U+007F'],
    ['post', '/v1/claims', claim({ context: 'Astana\u0085' }), '/context', 'U+0085'],
    ['post', '/v1/claims', claim({ sources: [{ document_id: 1, quote: 'over\u0000300' }] }), '/sources/0/quote', 'U+0000'],
    ['patch', '/v1/claims/1', { notes: 'a\u001b[31mred', reason: 'x' }, '/notes', 'U+001B'],
    ['post', '/v1/actors', { kind: 'ngo', name: 'Bell\u0007' }, '/name', 'U+0007'],
    ['post', '/v1/documents', { kind: 'article', title: 'Paged', text: 'page one\fpage two' }, '/text', 'U+000C'],
    ['delete', '/v1/claims/1', { reason: 'typo\u0008' }, '/reason', 'U+0008'],
  ];
  for (const [method, path, body, field, character] of cases) {
    const res = await request(t.app)[method as 'post' | 'patch' | 'delete'](path).set(t.as.admin).set('If-Match', '*').send(body);
    expect({ path, status: res.status, type: res.headers['content-type'] }).toEqual({
      path,
      status: 400,
      type: expect.stringMatching(/^application\/problem\+json/),
    });
    expect(res.body.errors).toEqual([{ field, message: `must not contain control characters such as ${character}` }]);
  }
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('an import line with a control character is refused naming its line and field, and nothing is written', async () => {
  const before = await tableChecksums(t.db);
  const line = (fields: Record<string, unknown>) =>
    JSON.stringify({
      type: 'claim',
      ...claim({}),
      claimant_id: undefined,
      claimant: 4,
      sources: [{ document: 1, quote: 'over 300' }],
      ...fields,
    });
  const res = await request(t.app)
    .post('/v1/import')
    .set(t.as.admin)
    .set('Content-Type', 'application/x-ndjson')
    .send(`${line({ key: 'fine' })}\n${line({ key: 'bad', notes: 'x\u009by' })}\n`)
    .expect(422);
  expect(res.body.errors).toEqual([{ line: 2, field: '/notes', message: 'must not contain control characters such as U+009B' }]);
  const reason = await request(t.app)
    .post('/v1/import?reason=%01')
    .set(t.as.admin)
    .set('Content-Type', 'application/x-ndjson')
    .send(`${line({ key: 'fine' })}\n`)
    .expect(400);
  expect(reason.body.errors).toEqual([{ field: 'reason', message: 'must not contain control characters such as U+0001' }]);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a control character in a query parameter is a 400 naming it, a problem for the API and a page for browsers', async () => {
  const api = await request(t.app).get('/v1/claims?q=over%1B300').expect(400);
  expect(api.body.errors).toEqual([{ field: 'q', message: 'must not contain control characters such as U+001B' }]);
  const page = await request(t.app).get('/?q=over%7F300').expect(400);
  expect(page.headers['content-type']).toMatch(/^text\/html/);
  expect(page.text).toContain('must not contain control characters such as U+007F');
});

test('tabs, line breaks, bidi marks and zero-width characters are text: stored and served exactly', async () => {
  const notes = 'line one\r\nline two\tafter a tab; \u200fمرحبا\u200e, zero\u200bwidth, \u202eoverride\u202c';
  const res = await request(t.app).post('/v1/claims').set(t.as.admin).send(claim({ notes })).expect(201);
  expect((await request(t.app).get(`/v1/claims/${res.body.id}`).expect(200)).body.notes).toBe(notes);
});
