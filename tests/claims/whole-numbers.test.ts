import request from 'supertest';
import { CLAIM_EXPORT_COLUMNS } from '../../src/export/columns';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';

/*
 * Every metric counts people: a figure or a bound of 0.5 people is a typo or a share written as a figure. It is
 * refused on every way a claim is written (create, edit, NDJSON and CSV import) naming the field; whole numbers however
 * written in JSON (300.0, 1e3) are whole numbers.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const claim = seedClaimBody;
const WHOLE = 'must be a whole number (or null)';

test('a fractional figure or bound is a 400 naming the field, on create and edit, and nothing is written', async () => {
  const before = await tableChecksums(t.db);
  const cases: [string, string, Record<string, unknown>, string[]][] = [
    ['post', '/v1/claims', claim({ value: 0.5 }), ['/value']],
    ['post', '/v1/claims', claim({ value: 150.5, value_text: 'around 150' }), ['/value']],
    ['post', '/v1/claims', claim({ approximation: 'range', value: null, value_low: 0.5, value_high: 2.25 }), ['/value_low', '/value_high']],
    ['patch', '/v1/claims/1', { value: 150.25, reason: 'typo' }, ['/value']],
    ['patch', '/v1/claims/1', { value_low: 1e-7, reason: 'typo' }, ['/value_low']],
  ];
  for (const [method, path, body, fields] of cases) {
    const res = await request(t.app)[method as 'post' | 'patch'](path).set(t.as.editor).set('If-Match', '*').send(body);
    expect({ path, status: res.status, errors: res.body.errors }).toEqual({
      path,
      status: 400,
      errors: fields.map((field) => ({ field, message: WHOLE })),
    });
  }
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a fractional figure in an NDJSON or CSV import is refused naming its line, and nothing is written', async () => {
  const before = await tableChecksums(t.db);
  const line = JSON.stringify({
    type: 'claim',
    ...claim({ value: 1.5 }),
    claimant_id: undefined,
    claimant: 4,
    sources: [{ document: 1, quote: 'over 300' }],
  });
  const ndjson = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(`${line}\n`)
    .expect(422);
  expect(ndjson.body.errors).toEqual([{ line: 1, field: '/value', message: WHOLE }]);

  // The export's CSV with claim 1's value edited to a decimal, a typo in a spreadsheet.
  const csv = (await request(t.app).get('/v1/export/claims?format=csv&country=KZ').expect(200)).text;
  const header = csv
    .split('\r\n')[0]
    .replace(/^\ufeff/, '')
    .split(',');
  expect(header).toEqual(CLAIM_EXPORT_COLUMNS.map((c) => c.name));
  const valueAt = header.indexOf('value');
  const edited = csv
    .split('\r\n')
    .map((row, i) => {
      if (i === 0 || !row.startsWith('1,')) return row;
      const cells = row.split(',');
      cells[valueAt] = '150.5';
      return cells.join(',');
    })
    .join('\r\n');
  expect(edited).not.toBe(csv);
  const res = await request(t.app).post('/v1/import').set(t.as.editor).set('Content-Type', 'text/csv').send(edited).expect(422);
  expect(res.body.errors).toEqual([{ line: 2, column: 'value', field: 'value', message: WHOLE }]);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('whole numbers however written are accepted: 300.0, 1e3, 0 and the largest, 10^15', async () => {
  for (const [value, stored] of [
    [300.0, 300],
    [1e3, 1000],
    [0, 0],
    [1e15, 1e15],
  ]) {
    const res = await request(t.app).post('/v1/claims').set(t.as.editor).send(claim({ value })).expect(201);
    expect(res.body.value).toBe(stored);
  }
});
