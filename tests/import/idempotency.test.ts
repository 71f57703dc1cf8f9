import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const ndjson = (name: string) => `${JSON.stringify({ type: 'actor', key: `idem-${name}`, kind: 'ngo', name })}\n`;
const post = (body: string, key: string, auth = t.as.editor) =>
  request(t.app).post('/v1/import').set(auth).set('Content-Type', 'application/x-ndjson').set('Idempotency-Key', key).send(body);

test('Idempotency-Key on an import: the first runs, a repeat with the same body is replayed without running', async () => {
  const first = await post(ndjson('Monitor One'), 'imp-1').expect(200);
  expect(first.body.actors).toEqual({ created: 1, updated: 0, unchanged: 0 });
  const before = await tableChecksums(t.db);
  const again = await post(ndjson('Monitor One'), 'imp-1').expect(200);
  expect(again.headers['idempotent-replayed']).toBe('true');
  expect(again.body).toEqual(first.body);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('the same key with another body is a 422 and writes nothing', async () => {
  await post(ndjson('Monitor Two'), 'imp-2').expect(200);
  const before = await tableChecksums(t.db);
  const res = await post(ndjson('Monitor Two, changed'), 'imp-2').expect(422);
  expect(res.body.errors[0].field).toBe('Idempotency-Key');
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a failed import is not stored: it can be corrected and sent again with the same key', async () => {
  await post('{"type":"actor","kind":"wizard","name":"x"}\n', 'imp-3').expect(422);
  const ok = await post(ndjson('Monitor Three'), 'imp-3').expect(200);
  expect(ok.body.actors.created).toBe(1);
});

test('concurrent imports with one key run once', async () => {
  const results = await Promise.all([1, 2, 3, 4].map(() => post(ndjson('Monitor Four'), 'imp-4')));
  expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
  expect(results.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(3);
  expect(await t.db('actors').where({ name: 'Monitor Four' })).toHaveLength(1);
  expect(
    await t
      .db('revisions')
      .where({ entity: 'actor', author: 'test editor' })
      .whereIn('entity_id', t.db('actors').select('id').where({ name: 'Monitor Four' })),
  ).toHaveLength(1);
});
