// Second pass: left out, the words of the schema's refusals; every request is refused before it writes
// (tests/support/databaseSuites.ts).
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';

/*
 * A field of the wrong type is named in words a client can act on (what the value must be), not in JSON Schema's
 * names of types: `must be integer (or null)` for 150.5 people read as a puzzle about integers. The words are
 * validate.ts's, so every way in (the API's bodies and an import's lines) says the same.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('every type a request body asks for is refused in words, and nothing is written', async () => {
  const before = await tableChecksums(t.db);
  const cases: [string, Record<string, unknown>, { field: string; message: string }[]][] = [
    [
      '/v1/claims',
      seedClaimBody({ value: 150.5, credibility: '2', location: 'SY', notes: { text: 'x' } }),
      [
        { field: '/value', message: 'must be a whole number (or null)' },
        { field: '/credibility', message: 'must be a whole number (or null)' },
        { field: '/location', message: 'must be a list (a JSON array)' },
        { field: '/notes', message: 'must be a text (a JSON string) (or null)' },
      ],
    ],
    [
      '/v1/documents',
      { kind: 'report', title: 7, authors: 'Ann' },
      [
        { field: '/title', message: 'must be a text (a JSON string)' },
        { field: '/authors', message: 'must be a list (a JSON array)' },
      ],
    ],
  ];
  for (const [path, body, errors] of cases) {
    const res = await request(t.app).post(path).set(t.as.editor).send(body);
    expect({ path, status: res.status, errors: res.body.errors }).toEqual({ path, status: 400, errors: expect.arrayContaining(errors) });
    expect(res.text).not.toMatch(/must be (integer|string|array|number|object|boolean)\b/);
  }
  const line = JSON.stringify({ type: 'claim', ...seedClaimBody({ value: '300' }), claimant_id: undefined, claimant: 4 });
  const imported = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(`${line}\n`)
    .expect(422);
  expect(imported.body.errors).toEqual(expect.arrayContaining([{ line: 1, field: '/value', message: 'must be a whole number (or null)' }]));
  expect(await tableChecksums(t.db)).toEqual(before);
});

test("a value not in the form a pattern asks for is refused in the schema's words, not with the regular expression", async () => {
  const before = await tableChecksums(t.db);
  const res = await request(t.app)
    .post('/v1/documents')
    .set(t.as.editor)
    .send({ kind: 'report', title: 'Spreadsheet dates', url: 'ftp://example.org/x', language: 'English', published_on: '03/04/2025' })
    .expect(400);
  expect(res.body.errors).toEqual(
    expect.arrayContaining([
      { field: '/url', message: 'must start with http:// or https:// (or null)' },
      { field: '/language', message: 'must be a language code such as en, ru or kk (or null)' },
      { field: '/published_on', message: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD (or null)' },
    ]),
  );
  expect(res.text).not.toContain('must match pattern');
  expect(await tableChecksums(t.db)).toEqual(before);
});
