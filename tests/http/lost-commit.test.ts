import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Db } from '../../src/db/knex';
import { createTestApp, TestApp } from '../support/app';
import { FaultProxy, poolThroughProxy } from '../support/faultProxy';
import { seedClaimBody } from '../support/seedClaim';
import { signIn } from '../workspace/support';

/*
 * A save whose COMMIT reached the database but whose answer was lost with the connection fails (503); the same request
 * sent again (the same Idempotency-Key, the same form's one-time id) is not saved a second time but answered as the
 * first would have been: the key's mark of what it saved is committed with the save (src/idempotency/savedOnce.ts).
 * The ledger reaches PostgreSQL through a proxy that cuts the connection right after it forwarded a COMMIT.
 */
jest.setTimeout(120_000);

let t: TestApp;
let proxy: FaultProxy;
let db: Db;
let app: Express;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  ({ proxy, db } = await poolThroughProxy(t.url));
  app = await createApp({ db, config: loadConfig({ NODE_ENV: 'test' }) });
});
afterAll(async () => {
  await db.destroy();
  await proxy.close();
  await t.drop();
});

/** `send` with the COMMIT of its save cut: its answer, once the cut happened. */
async function cutAfterCommit<T>(send: () => Promise<T>): Promise<T> {
  const cut = proxy.cutAfter('COMMIT');
  const answer = await send();
  await cut;
  return answer;
}

test.each([
  ['claims', { ...seedClaimBody({ notes: 'Lost commit' }) }, { notes: 'Lost commit' }],
  ['documents', { kind: 'article', title: 'Lost commit', published_on: null }, { title: 'Lost commit' }],
])(
  'POST /v1/%s with an Idempotency-Key whose COMMIT answer was lost is saved once, and sent again answers as the first',
  async (table, body, where) => {
    const post = () => request(app).post(`/v1/${table}`).set(t.as.editor).set('Idempotency-Key', `lost-${table}`).send(body);
    const cut = await cutAfterCommit(post);
    expect(cut.status).toBe(503);
    expect(cut.headers['content-type']).toMatch(/problem\+json/);
    const saved = await t.db(table).where(where);
    expect(saved).toHaveLength(1);

    const again = await post();
    expect(again.status).toBe(201);
    expect(again.headers.location).toBe(`/v1/${table}/${saved[0].id}`);
    expect(again.body.id).toBe(saved[0].id);
    const read = await request(app).get(`/v1/${table}/${saved[0].id}`).set(t.as.editor).expect(200);
    expect(again.body).toEqual(read.body);
    expect(again.headers.etag).toBe(read.headers.etag);
    // From then on the answer is stored and replayed.
    const thrice = await post();
    expect({ status: thrice.status, replayed: thrice.headers['idempotent-replayed'], body: thrice.body }).toEqual({
      status: 201,
      replayed: 'true',
      body: again.body,
    });
    expect(await t.db(table).where(where)).toHaveLength(1);
  },
);

test('POST /v1/metrics with an Idempotency-Key whose COMMIT answer was lost is answered as the first when sent again', async () => {
  // One insert, once run outside a transaction: nothing marked it, so the resend ran it again and met its own code (409).
  const body = { code: 'lost_commit', label: 'Lost commit', unit: 'people', definition: 'A metric whose answer was lost.' };
  const post = () => request(app).post('/v1/metrics').set(t.as.editor).set('Idempotency-Key', 'lost-metric').send(body);
  const cut = proxy.cutAfter('COMMIT');
  // A 201 here: the insert committed without a COMMIT of its own, outside any transaction that marks it.
  expect((await post()).status).toBe(503);
  await cut;
  expect(await t.db('metrics').where({ code: body.code })).toHaveLength(1);

  const again = await post();
  expect({ status: again.status, location: again.headers.location, body: again.body }).toEqual({
    status: 201,
    location: '/v1/metrics/lost_commit',
    body: { code: body.code, label: body.label, unit: body.unit, definition: body.definition },
  });
  expect((await post()).headers['idempotent-replayed']).toBe('true');
  expect(await t.db('metrics').where({ code: body.code })).toHaveLength(1);
});

test('a POST whose save failed before its COMMIT still frees its key for a corrected retry', async () => {
  const post = (value: unknown) =>
    request(app)
      .post('/v1/claims')
      .set(t.as.editor)
      .set('Idempotency-Key', 'refused-then-fixed')
      .send(seedClaimBody({ notes: 'Refused', value }));
  expect((await post(-1)).status).toBeGreaterThanOrEqual(400);
  expect(await t.db('idempotency_keys').where({ key: 'refused-then-fixed' })).toHaveLength(0);
  expect((await post(41)).status).toBe(201);
  expect(await t.db('claims').where({ notes: 'Refused' })).toHaveLength(1);
});

test('a workspace form whose COMMIT answer was lost is saved once, and sent again lands on what it saved', async () => {
  const editor = await signIn(app, t.keys.editor);
  const formId = /name="form_id" value="([^"]+)"/.exec((await editor.get('/workspace')).text)![1];
  const form = {
    form_id: formId,
    title: 'Form cut after its commit',
    text: 'Form cut after its commit. Officials said 300 Kazakhs had gone to fight.',
  };

  const cut = await cutAfterCommit(() => editor.post('/workspace/documents', form));
  expect(cut.status).toBe(503);
  const saved = await t.db('documents').where({ title: form.title });
  expect(saved).toHaveLength(1);

  const again = await editor.post('/workspace/documents', form);
  expect({ status: again.status, location: again.headers.location }).toEqual({
    status: 303,
    location: `/workspace/documents/${saved[0].id}?created=1#outcome`,
  });
  const thrice = await editor.post('/workspace/documents', form);
  expect({ status: thrice.status, location: thrice.headers.location }).toEqual({ status: 303, location: again.headers.location });
  expect(await t.db('documents').where({ title: form.title })).toHaveLength(1);
});
