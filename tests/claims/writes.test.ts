import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const actor = (name: string) => ({ kind: 'person', name });
const count = async (table: string, where: object = {}) => Number((await t.db(table).where(where).count({ n: '*' }))[0].n);

describe('Idempotency-Key', () => {
  test('the first response is stored and replayed for the same key and body', async () => {
    const first = await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .set('Idempotency-Key', 'k-1')
      .send(actor('Idem One'))
      .expect(201);
    const again = await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .set('Idempotency-Key', 'k-1')
      .send(actor('Idem One'))
      .expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await count('actors', { name: 'Idem One' })).toBe(1);
  });

  test('the same key with a different body is a 422 and changes nothing', async () => {
    await request(t.app).post('/v1/actors').set(t.as.editor).set('Idempotency-Key', 'k-2').send(actor('Idem Two')).expect(201);
    const before = await tableChecksums(t.db);
    const res = await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .set('Idempotency-Key', 'k-2')
      .send(actor('Idem Two, changed'))
      .expect(422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors[0].field).toBe('Idempotency-Key');
    expect(await tableChecksums(t.db)).toEqual(before);
  });

  test('a retry whose JSON lists its members in another order is the same request, replayed', async () => {
    const first = await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .set('Idempotency-Key', 'k-order')
      .type('json')
      .send('{"kind":"ngo","name":"Idem Order","aliases":["IO","Order"]}')
      .expect(201);
    const again = await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .set('Idempotency-Key', 'k-order')
      .type('json')
      .send('{"aliases":["IO","Order"],"name":"Idem Order","kind":"ngo"}')
      .expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    // A list in another order says something else: another request.
    await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .set('Idempotency-Key', 'k-order')
      .type('json')
      .send('{"aliases":["Order","IO"],"name":"Idem Order","kind":"ngo"}')
      .expect(422);
    expect(await count('actors', { name: 'Idem Order' })).toBe(1);
  });

  test('the same key sent to another path is a 422 naming the key and the request it was first used for', async () => {
    await request(t.app).post('/v1/actors').set(t.as.editor).set('Idempotency-Key', 'k-path').send(actor('Idem Path')).expect(201);
    const before = await tableChecksums(t.db);
    const res = await request(t.app)
      .post('/v1/documents')
      .set(t.as.editor)
      .set('Idempotency-Key', 'k-path')
      .send({ title: 'Idem Path document' })
      .expect(422);
    expect(res.body.detail).toBe(
      'Idempotency-Key k-path was used with a different request (POST /v1/actors, with another body or parameters): send a new key for a new request.',
    );
    expect(res.body.errors).toEqual([
      { field: 'Idempotency-Key', message: 'k-path was already used with another body, path or parameters' },
    ]);
    expect(await tableChecksums(t.db)).toEqual(before);
  });

  test('keys are scoped per API key', async () => {
    await request(t.app).post('/v1/actors').set(t.as.editor).set('Idempotency-Key', 'k-3').send(actor('Idem Three')).expect(201);
    await request(t.app).post('/v1/actors').set(t.as.admin).set('Idempotency-Key', 'k-3').send(actor('Idem Three')).expect(201);
    expect(await count('actors', { name: 'Idem Three' })).toBe(2);
  });

  test('failed requests are not stored: a corrected retry with the same key runs', async () => {
    await request(t.app).post('/v1/actors').set(t.as.editor).set('Idempotency-Key', 'k-4').send({ kind: 'person' }).expect(400);
    expect(await count('idempotency_keys', { key: 'k-4' })).toBe(0);
    await request(t.app).post('/v1/actors').set(t.as.editor).set('Idempotency-Key', 'k-4').send(actor('Idem Four')).expect(201);
  });

  test('a malformed key is a 400', async () => {
    await request(t.app).post('/v1/actors').set(t.as.editor).set('Idempotency-Key', 'x'.repeat(300)).send(actor('Idem Five')).expect(400);
    expect(await count('actors', { name: 'Idem Five' })).toBe(0);
  });

  test('concurrent requests with one key run once; every one gets the same response', async () => {
    const seed = (await request(t.app).get('/v1/claims/1').expect(200)).body;
    const body = {
      metric: 'women',
      country: 'KZ',
      approximation: 'exact',
      value: 11,
      value_text: 'eleven (race)',
      claimant_id: seed.claimant.id,
      sources: [{ document_id: seed.sources[0].document.id, quote: seed.sources[0].quote }],
    };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => request(t.app).post('/v1/claims').set(t.as.editor).set('Idempotency-Key', 'race-1').send(body)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
    expect(await count('claims', { value_text: 'eleven (race)' })).toBe(1);
    expect(await count('revisions', { entity: 'claim', entity_id: responses[0].body.id })).toBe(1);
  });

  test('stored responses expire after 24 hours', async () => {
    await request(t.app).post('/v1/actors').set(t.as.editor).set('Idempotency-Key', 'k-old').send(actor('Idem Old')).expect(201);
    await t
      .db('idempotency_keys')
      .where({ key: 'k-old' })
      .update({ created_at: t.db.raw(`now() - interval '25 hours'`) });
    const res = await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .set('Idempotency-Key', 'k-old')
      .send(actor('Idem Old'))
      .expect(201);
    expect(res.headers['idempotent-replayed']).toBeUndefined();
    expect(await count('actors', { name: 'Idem Old' })).toBe(2);
  });
});

describe('conflicting edits', () => {
  test('PATCH without If-Match is a 428 and changes nothing', async () => {
    const before = await tableChecksums(t.db);
    const res = await request(t.app)
      .patch('/v1/claims/2')
      .set(t.as.editor)
      .send({ reason: 'a test edit', notes: 'no precondition' })
      .expect(428);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    await request(t.app).patch('/v1/actors/1').set(t.as.editor).send({ notes: 'no precondition' }).expect(428);
    await request(t.app).patch('/v1/documents/1').set(t.as.editor).send({ notes: 'no precondition' }).expect(428);
    expect(await tableChecksums(t.db)).toEqual(before);
  });

  test('50 parallel PATCHes with the same If-Match: exactly one wins, the others get 412', async () => {
    const current = await request(t.app).get('/v1/claims/3').expect(200);
    const etag = current.headers.etag;
    const revisionsBefore = await count('revisions', { entity: 'claim', entity_id: 3 });
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        request(t.app)
          .patch('/v1/claims/3')
          .set(t.as.editor)
          .set('If-Match', etag)
          .send({ reason: 'a test edit', notes: `editor ${i} was here` }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
    for (const r of responses.filter((x) => x.status === 412)) expect(r.headers['content-type']).toMatch(/problem\+json/);
    const winner = responses.find((r) => r.status === 200)!;
    const row = await t.db('claims').where({ id: 3 }).first();
    expect(row.notes).toBe(winner.body.notes);
    expect(row.version).toBe(current.body.version + 1);
    expect(await count('revisions', { entity: 'claim', entity_id: 3 })).toBe(revisionsBefore + 1);
  });

  test('30 concurrent new claims all succeed: no transaction waits for a second pool connection', async () => {
    const seed = (await request(t.app).get('/v1/claims/1').expect(200)).body;
    const body = (i: number) => ({
      metric: 'foreign_fighters',
      country: 'KZ',
      group: 'ISIS',
      approximation: 'exact',
      value: i,
      value_text: `pool ${i}`,
      claimant_id: seed.claimant.id,
      sources: [{ document_id: seed.sources[0].document.id, quote: seed.sources[0].quote }],
    });
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => request(t.app).post('/v1/claims').set(t.as.editor).send(body(i))),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(201));
    expect(
      await count('claims', { group_slug: 'islamic-state', metric: 'foreign_fighters', notes: null, claimant_id: seed.claimant.id }),
    ).toBeGreaterThanOrEqual(30);
  });
});
