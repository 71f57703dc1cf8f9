import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';

/*
 * A value that must be unique and is taken (a metric's code, a key's name, a record's key) is a 409 naming the body's
 * field, read from PostgreSQL's own account of the violation; it had named the constraint (metrics_pkey,
 * api_keys_name_unique), which is no field of the request.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('a taken unique value is a 409 naming the field that holds it, and changes nothing', async () => {
  await request(t.app).post('/v1/keys').set(t.as.admin).send({ name: 'analyst', role: 'reader' }).expect(201);
  const taken = (await t.db('claims').whereNotNull('key').first('key')).key as string;
  const before = await tableChecksums(t.db);
  const cases: [string, Record<string, unknown>, string][] = [
    ['/v1/metrics', { code: 'women', label: 'Women again', unit: 'people', definition: 'Twice.' }, '/code'],
    ['/v1/keys', { name: 'analyst', role: 'editor' }, '/name'],
    ['/v1/claims', seedClaimBody({ key: taken }), '/key'],
  ];
  for (const [path, body, field] of cases) {
    const res = await request(t.app).post(path).set(t.as.admin).send(body);
    expect({ path, status: res.status, code: res.body.code, errors: res.body.errors }).toEqual({
      path,
      status: 409,
      code: 'duplicate',
      errors: [{ field, message: 'must be unique' }],
    });
  }
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a key sent by several creates at once makes one claim, and every other answer is the 409 naming /key', async () => {
  const body = seedClaimBody({ key: 'sent-at-once' });
  const answers = await Promise.all([1, 2, 3, 4, 5].map(() => request(t.app).post('/v1/claims').set(t.as.editor).send(body)));
  expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
  for (const r of answers.filter((a) => a.status === 409)) expect(r.body.errors).toEqual([{ field: '/key', message: 'must be unique' }]);
  expect(await t.db('claims').where({ key: 'sent-at-once' }).count({ n: '*' }).first()).toEqual({ n: 1 });
});
