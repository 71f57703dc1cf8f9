import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

/*
 * A request retried with its Idempotency-Key is answered with the stored outcome of the first (status, headers,
 * body). Those are stored rows like any other: restored from a backup, repaired by hand, written by an older version.
 * One the ledger cannot send (a status HTTP has not, headers that are not an object of valid header values) is
 * answered 503 stored_data_damaged naming the key, as a revision's snapshot is (src/revisions/snapshots.ts), not a
 * 500 from deep inside express; nothing is written again.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const actor = (name: string) => ({ kind: 'ngo', name });

test.each([
  ['a status HTTP has not', `status = 1000`],
  ['a status of no answer', `status = 0`],
  ['headers that are a list', `headers = '["location"]'::jsonb`],
  ['a header value with a line break', `headers = '{"location": "/v1/actors/1\\r\\nSet-Cookie: x=1"}'::jsonb`],
  ['a header name that is not a token', `headers = '{"bad name": "x"}'::jsonb`],
  ['a header value that is not text', `headers = '{"location": {"a": 1}}'::jsonb`],
])('a stored outcome with %s is answered 503 stored_data_damaged, and the retry writes nothing', async (what, damage) => {
  const key = `replay-${what.replace(/\W+/g, '-')}`;
  const first = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .set('Idempotency-Key', key)
    .send(actor(`Replay ${key}`));
  expect(first.status).toBe(201);
  await t.db.raw(`UPDATE idempotency_keys SET ${damage} WHERE key = ?`, [key]);
  const actors = await t.db('actors').count({ n: '*' }).first();
  const again = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .set('Idempotency-Key', key)
    .send(actor(`Replay ${key}`));
  expect({ status: again.status, type: again.type, code: again.body.code }).toEqual({
    status: 503,
    type: 'application/problem+json',
    code: 'stored_data_damaged',
  });
  expect(again.headers['set-cookie']).toBeUndefined();
  expect(again.body.detail).toContain('Idempotency-Key');
  expect(await t.db('actors').count({ n: '*' }).first()).toEqual(actors);
});
