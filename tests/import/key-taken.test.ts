import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

/*
 * An import line that names a stored claim by id and gives it a key another claim holds is a duplicate, as a PATCH
 * giving that key is (409 naming /key): refused naming the line and /key, nothing saved. It had met the unique key
 * at write time and been taken for a key "created meanwhile" by another request: a 503 concurrent_change with
 * Retry-After, asking for a retry that could never succeed.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const line = (fields: Record<string, unknown>) =>
  JSON.stringify({
    type: 'claim',
    metric: 'foreign_fighters',
    country: 'RU',
    approximation: 'exact',
    value: 1500,
    value_text: '1,500',
    claimant: 6,
    sources: [{ document: 1, quote: '1,500' }],
    ...fields,
  });

function importing(body: string, contentType = 'application/x-ndjson'): request.Test {
  return request(t.app).post('/v1/import').set(t.as.editor).set('Content-Type', contentType).send(body);
}

test('a stored claim given, by id, a key another claim holds or an earlier line declares is a 422 naming /key', async () => {
  const taken = (await t.db('claims').where({ id: 1 }).first('key')).key as string;
  const before = await tableChecksums(t.db);
  const stored = await importing(line({ id: 6, key: taken }));
  expect({ status: stored.status, errors: stored.body.errors }).toEqual({
    status: 422,
    errors: [{ line: 1, field: '/key', message: 'must be unique: claim 1 has it' }],
  });
  const declared = await importing(`${line({ key: 'declared-here', value: 1501 })}\n${line({ id: 6, key: 'declared-here' })}`);
  expect(declared.status).toBe(422);
  expect(declared.body.errors).toEqual([{ line: 2, field: '/key', message: expect.stringMatching(/^must be unique: claim \d+ has it$/) }]);
  expect(await tableChecksums(t.db)).toEqual(before);

  // The same edit made in the spreadsheet: claim 6's key cell set to claim 1's.
  const csv = (await request(t.app).get('/v1/export/claims?format=csv').expect(200)).text;
  const edited = csv.replace(/^6,"[^"]*",/m, `6,"${taken}",`);
  expect(edited).not.toBe(csv);
  const res = await importing(edited, 'text/csv');
  expect({ status: res.status, fields: res.body.errors?.map((e: { field: string }) => e.field) }).toEqual({ status: 422, fields: ['key'] });
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a claim keeps its own key, or takes a free one, by id', async () => {
  const own = (await t.db('claims').where({ id: 6 }).first('key')).key as string;
  await importing(line({ id: 6, key: own })).expect(200);
  expect((await t.db('claims').where({ id: 6 }).first('key')).key).toBe(own);
  await importing(line({ id: 6, key: 'fsb-1500-renamed' })).expect(200);
  expect((await t.db('claims').where({ id: 6 }).first('key')).key).toBe('fsb-1500-renamed');
});
