import request from 'supertest';
import { seedClaimBody } from '../support/seedClaim';
import { signIn } from '../workspace/support';
import { ledgerThroughProxy } from '../support/ledgerThroughProxy';

/*
 * A save whose COMMIT reached the database but whose answer was lost with the connection fails (503); the same request
 * sent again (the same Idempotency-Key, the same form's one-time id) is not saved a second time but answered as the
 * first would have been: the key's mark of what it saved is committed with the save (src/idempotency/savedOnce.ts).
 * The ledger reaches PostgreSQL through a proxy that cuts the connection right after it forwarded a COMMIT.
 */
jest.setTimeout(120_000);

const ledger = ledgerThroughProxy({ seed: true });

test.each([
  ['claims', { ...seedClaimBody({ notes: 'Lost commit' }) }, { notes: 'Lost commit' }],
  ['documents', { kind: 'article', title: 'Lost commit', published_on: null }, { title: 'Lost commit' }],
  ['actors', { kind: 'ngo', name: 'Lost commit' }, { name: 'Lost commit' }],
])(
  'POST /v1/%s with an Idempotency-Key whose COMMIT answer was lost is saved once, and sent again answers as the first',
  async (table, body, where) => {
    const post = () => request(ledger.app).post(`/v1/${table}`).set(ledger.t.as.editor).set('Idempotency-Key', `lost-${table}`).send(body);
    const cut = await ledger.cutAfterCommit(post);
    expect(cut.status).toBe(503);
    expect(cut.headers['content-type']).toMatch(/problem\+json/);
    const saved = await ledger.t.db(table).where(where);
    expect(saved).toHaveLength(1);

    const again = await post();
    expect(again.status).toBe(201);
    expect(again.headers.location).toBe(`/v1/${table}/${saved[0].id}`);
    expect(again.body.id).toBe(saved[0].id);
    const read = await request(ledger.app).get(`/v1/${table}/${saved[0].id}`).set(ledger.t.as.editor).expect(200);
    expect(again.body).toEqual(read.body);
    expect(again.headers.etag).toBe(read.headers.etag);
    // From then on the answer is stored and replayed.
    const thrice = await post();
    expect({ status: thrice.status, replayed: thrice.headers['idempotent-replayed'], body: thrice.body }).toEqual({
      status: 201,
      replayed: 'true',
      body: again.body,
    });
    expect(await ledger.t.db(table).where(where)).toHaveLength(1);
  },
);

test('POST /v1/metrics with an Idempotency-Key whose COMMIT answer was lost is answered as the first when sent again', async () => {
  // One insert, once run outside a transaction: nothing marked it, so the resend ran it again and met its own code (409).
  const body = { code: 'lost_commit', label: 'Lost commit', unit: 'people', definition: 'A metric whose answer was lost.' };
  const post = () => request(ledger.app).post('/v1/metrics').set(ledger.t.as.editor).set('Idempotency-Key', 'lost-metric').send(body);
  // A 201 here: the insert committed without a COMMIT of its own, outside any transaction that marks it.
  expect((await ledger.cutAfterCommit(post)).status).toBe(503);
  expect(await ledger.t.db('metrics').where({ code: body.code })).toHaveLength(1);

  const again = await post();
  expect({ status: again.status, location: again.headers.location, body: again.body }).toEqual({
    status: 201,
    location: '/v1/metrics/lost_commit',
    body: { code: body.code, label: body.label, unit: body.unit, definition: body.definition },
  });
  expect((await post()).headers['idempotent-replayed']).toBe('true');
  expect(await ledger.t.db('metrics').where({ code: body.code })).toHaveLength(1);
});

test('a POST whose save failed before its COMMIT still frees its key for a corrected retry', async () => {
  const post = (value: unknown) =>
    request(ledger.app)
      .post('/v1/claims')
      .set(ledger.t.as.editor)
      .set('Idempotency-Key', 'refused-then-fixed')
      .send(seedClaimBody({ notes: 'Refused', value }));
  expect((await post(-1)).status).toBeGreaterThanOrEqual(400);
  expect(await ledger.t.db('idempotency_keys').where({ key: 'refused-then-fixed' })).toHaveLength(0);
  expect((await post(41)).status).toBe(201);
  expect(await ledger.t.db('claims').where({ notes: 'Refused' })).toHaveLength(1);
});

test('a workspace form whose COMMIT answer was lost is saved once, and sent again lands on what it saved', async () => {
  const editor = await signIn(ledger.app, ledger.t.keys.editor);
  const formId = /name="form_id" value="([^"]+)"/.exec((await editor.get('/workspace')).text)![1];
  const form = {
    form_id: formId,
    title: 'Form cut after its commit',
    text: 'Form cut after its commit. Officials said 300 Kazakhs had gone to fight.',
  };

  const cut = await ledger.cutAfterCommit(() => editor.post('/workspace/documents', form));
  expect(cut.status).toBe(503);
  const saved = await ledger.t.db('documents').where({ title: form.title });
  expect(saved).toHaveLength(1);

  const again = await editor.post('/workspace/documents', form);
  expect({ status: again.status, location: again.headers.location }).toEqual({
    status: 303,
    location: `/workspace/documents/${saved[0].id}?created=1#outcome`,
  });
  const thrice = await editor.post('/workspace/documents', form);
  expect({ status: thrice.status, location: thrice.headers.location }).toEqual({ status: 303, location: again.headers.location });
  expect(await ledger.t.db('documents').where({ title: form.title })).toHaveLength(1);
});

test('POST /v1/keys with an Idempotency-Key whose COMMIT answer was lost makes one key, and sent again names it, its secret not kept', async () => {
  // The key's transaction returns its secret, which nothing stores: it had run on the bare knex, unmarked, and the resend
  // made a second key.
  const post = () =>
    request(ledger.app)
      .post('/v1/keys')
      .set(ledger.t.as.admin)
      .set('Idempotency-Key', 'lost-key')
      .send({ name: 'Lost key', role: 'editor' });
  expect((await ledger.cutAfterCommit(post)).status).toBe(503);
  const made = await ledger.t.db('api_keys').where({ name: 'Lost key' });
  expect(made).toHaveLength(1);
  const [mark] = await ledger.t.db('idempotency_keys').where({ key: 'lost-key' }).select('saved');
  expect(mark.saved).toContain(String(made[0].id));
  expect(mark.saved).not.toContain('cl_');

  for (const again of [await post(), await post()]) {
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toMatch(/problem\+json/);
    expect(again.body.detail).toContain(`created /v1/keys/${made[0].id}`);
    expect(again.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.stringMatching(/secret that is not kept/) }]);
    expect(again.body).not.toHaveProperty('secret');
  }
  expect(await ledger.t.db('api_keys').where({ name: 'Lost key' })).toHaveLength(1);
  // The key it names is there to revoke.
  expect((await request(ledger.app).get(`/v1/keys/${made[0].id}`).set(ledger.t.as.admin)).body).toMatchObject({
    name: 'Lost key',
    revoked_at: null,
  });
  const revoked = await request(ledger.app).delete(`/v1/keys/${made[0].id}`).set(ledger.t.as.admin).expect(200);
  expect(revoked.body.revoked_at).not.toBeNull();
});

test('POST /v1/import with an Idempotency-Key whose COMMIT answer was lost imports once, and sent again answers as the first', async () => {
  // Lines without a key of their own: only the Idempotency-Key keeps them from being imported twice. The import's
  // transaction had run unmarked: the resend imported them again.
  const lines = ['Lost import one', 'Lost import two'].map((name) => JSON.stringify({ type: 'actor', kind: 'ngo', name })).join('\n');
  const post = (body = lines) =>
    request(ledger.app)
      .post('/v1/import')
      .set(ledger.t.as.editor)
      .set('Content-Type', 'application/x-ndjson')
      .set('Idempotency-Key', 'lost-import')
      .send(body);
  const cut = await ledger.cutAfterCommit(() => post());
  expect(cut.status).toBe(503);
  const imported = () => ledger.t.db('actors').where('name', 'like', 'Lost import%').orderBy('name').pluck('name');
  expect(await imported()).toEqual(['Lost import one', 'Lost import two']);

  const again = await post();
  expect({ status: again.status, actors: again.body.actors }).toEqual({ status: 200, actors: { created: 2, updated: 0, unchanged: 0 } });
  const thrice = await post();
  expect({ status: thrice.status, replayed: thrice.headers['idempotent-replayed'], body: thrice.body }).toEqual({
    status: 200,
    replayed: 'true',
    body: again.body,
  });
  // Another body with the key is refused, not answered from what the first saved.
  expect((await post(`${lines}\n`)).status).toBe(422);
  expect(await imported()).toEqual(['Lost import one', 'Lost import two']);
});
