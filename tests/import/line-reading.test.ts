import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

/*
 * How the import reads what it is sent, before any line's rules: the body's declared charset, its Content-Encoding,
 * each NDJSON line's shape and what JSON.parse would silently change in it. Each refusal names its field (line and
 * JSON Pointer, or the header) and saves nothing.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const actor = (fields: string) => `{"type":"actor","key":"reader-test","kind":"ngo",${fields}}`;
const claimLine = (fields: string) =>
  `{"type":"claim","metric":"foreign_fighters","country":"KZ","approximation":"exact","value_text":"40","claimant":4,${fields}}`;

function importing(body: string, contentType = 'application/x-ndjson', headers: Record<string, string> = {}): request.Test {
  return request(t.app).post('/v1/import').set(t.as.editor).set('Content-Type', contentType).set(headers).send(body);
}

test('a line that is not a JSON object, or whose type is no line type (constructor, toString), is refused naming it', async () => {
  const before = await tableChecksums(t.db);
  const cases: [string, { field: string; message: string }][] = [
    ['[{"type":"actor","kind":"ngo","name":"A"}]', { field: '/', message: 'must be a JSON object' }],
    ['["actor"]', { field: '/', message: 'must be a JSON object' }],
    ['null', { field: '/', message: 'must be a JSON object' }],
    ['42', { field: '/', message: 'must be a JSON object' }],
    ['"actor"', { field: '/', message: 'must be a JSON object' }],
    ...['constructor', 'toString', '__proto__', 'hasOwnProperty', 'colour'].map((type): [string, { field: string; message: string }] => [
      `{"type":"${type}","key":"x"}`,
      { field: '/type', message: 'must be one of actor, document, claim, relation, affiliation' },
    ]),
  ];
  for (const [line, error] of cases) {
    const res = await importing(line);
    expect({ line, status: res.status, errors: res.body.errors }).toEqual({ line, status: 422, errors: [{ line: 1, ...error }] });
  }
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('what JSON.parse would silently change in a line (a key given twice, 1e400, 1e-400) is refused naming the field', async () => {
  const before = await tableChecksums(t.db);
  const cases: [string, { field: string; message: string }][] = [
    [actor('"name":"A","name":"B"'), { field: '/name', message: 'is given twice: each key must appear once' }],
    [
      claimLine('"value":40,"sources":[{"document":1,"quote":"over 300","quote":"around 300"}]'),
      { field: '/sources/0/quote', message: 'is given twice: each key must appear once' },
    ],
    [actor('"name" : "A", "name" :"B"'), { field: '/name', message: 'is given twice: each key must appear once' }],
    [
      claimLine('"value":1e400,"sources":[{"document":1,"quote":"over 300"}]'),
      { field: '/value', message: 'is beyond the range of numbers (about ±1.8e308)' },
    ],
    [
      claimLine('"value":1e-400,"sources":[{"document":1,"quote":"over 300"}]'),
      { field: '/value', message: 'is too small to be told from 0 (below about 5e-324)' },
    ],
    [
      claimLine(`"value":1${'0'.repeat(400)},"sources":[{"document":1,"quote":"over 300"}]`),
      { field: '/value', message: 'is beyond the range of numbers (about ±1.8e308)' },
    ],
  ];
  for (const [line, error] of cases) {
    const res = await importing(`${actor('"name":"Fine"')}\n${line}`);
    expect({ line, status: res.status, errors: res.body.errors }).toEqual({ line, status: 422, errors: [{ line: 2, ...error }] });
  }
  expect(await tableChecksums(t.db)).toEqual(before);

  // Text that looks like keys inside strings (`\":`), blanks before colons and exponents in words are read as they are.
  const fine = [
    actor('"name" : "The \\"A\\": monitor", "notes":"Said: \\"x\\": 1e5 people"'),
    claimLine('"key":"reader-test-claim","value":1e3,"notes":"a \\":\\" b","sources":[{"document":1,"quote":"over 300"}]'),
  ].join('\n');
  const res = await importing(fine).expect(200);
  expect({ actors: res.body.actors.created, claims: res.body.claims.created }).toEqual({ actors: 1, claims: 1 });
  expect((await t.db('actors').where({ key: 'reader-test' }).first('name')).name).toBe('The "A": monitor');
  expect((await t.db('claims').where({ key: 'reader-test-claim' }).first('value')).value).toBe(1000);
});

test('a charset the import does not read is a 415 naming Content-Type, before anything is read; UTF-8 is read', async () => {
  const before = await tableChecksums(t.db);
  const cases: [string, string][] = [
    ['text/csv; charset=latin1', 'charset latin1 is not supported: must be utf-8 or utf-16 or utf-16le'],
    ['text/csv; charset=windows-1252', 'charset windows-1252 is not supported: must be utf-8 or utf-16 or utf-16le'],
    ['application/x-ndjson; charset=latin1', 'charset latin1 is not supported: must be utf-8'],
    ['application/x-ndjson; charset=utf-16', 'charset utf-16 is not supported: must be utf-8'],
  ];
  for (const [contentType, message] of cases) {
    const res = await importing(actor('"name":"Caf\u00e9 monitor"'), contentType);
    expect({ contentType, status: res.status, errors: res.body.errors }).toEqual({
      contentType,
      status: 415,
      errors: [{ field: 'Content-Type', message }],
    });
  }
  const encoded = await importing('{}', 'application/x-ndjson', { 'Content-Encoding': 'constructor' });
  expect({ status: encoded.status, field: encoded.body.errors?.[0]?.field }).toEqual({ status: 415, field: 'Content-Encoding' });
  expect(await tableChecksums(t.db)).toEqual(before);

  await importing(actor('"name":"Caf\u00e9 monitor"'), 'application/x-ndjson; charset=UTF-8').expect(200);
  const csv = await request(t.app).get('/v1/export/claims?format=csv').expect(200);
  const again = await importing(csv.text, 'text/csv; charset=utf-8').expect(200);
  expect(again.body.claims.created).toBe(0);
});
