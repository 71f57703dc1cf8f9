import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const claimBody = async () => {
  const seed = (await request(t.app).get('/v1/claims/1').expect(200)).body;
  return {
    metric: 'foreign_fighters',
    country: 'KZ',
    approximation: 'exact',
    value: 7,
    value_text: 'seven',
    claimant_id: seed.claimant.id,
    sources: [{ document_id: seed.sources[0].document.id, quote: seed.sources[0].quote }],
  };
};

test('admins create keys (secret shown once), list them without secrets, and revoke them at once', async () => {
  const created = await request(t.app).post('/v1/keys').set(t.as.admin).send({ name: 'Alice Editor', role: 'editor' }).expect(201);
  expect(created.body).toMatchObject({ name: 'Alice Editor', role: 'editor', revoked_at: null, secret: expect.stringMatching(/^cl_/) });
  expect(created.body.prefix).toBe(created.body.secret.slice(0, 7));
  const alice = { Authorization: `Bearer ${created.body.secret}` };

  const list = await request(t.app).get('/v1/keys').set(t.as.admin).expect(200);
  expect(list.body.data.map((k: { name: string }) => k.name)).toEqual(
    expect.arrayContaining(['Alice Editor', 'test editor', 'test reader']),
  );
  expect(JSON.stringify(list.body)).not.toContain(created.body.secret);
  for (const k of list.body.data) expect(Object.keys(k).sort()).toEqual(['created_at', 'id', 'name', 'prefix', 'revoked_at', 'role']);

  // Revisions record the key's name as the author.
  const claim = await request(t.app)
    .post('/v1/claims')
    .set(alice)
    .send(await claimBody())
    .expect(201);
  const history = await request(t.app).get(`/v1/claims/${claim.body.id}/history`).expect(200);
  expect(history.body.revisions[0]).toMatchObject({ action: 'create', author: 'Alice Editor' });
  const row = await t.db('revisions').where({ entity: 'claim', entity_id: claim.body.id }).first();
  expect(row.author).toBe('Alice Editor');

  const revoked = await request(t.app).delete(`/v1/keys/${created.body.id}`).set(t.as.admin).expect(200);
  expect(revoked.body.revoked_at).not.toBeNull();
  const after = await request(t.app)
    .post('/v1/claims')
    .set(alice)
    .send(await claimBody())
    .expect(401);
  expect(after.headers['content-type']).toMatch(/problem\+json/);
  await request(t.app).get('/v1/claims/1').set(alice).expect(401);
});

test('duplicate key names are a 409; bad roles a 400', async () => {
  await request(t.app).post('/v1/keys').set(t.as.admin).send({ name: 'test editor', role: 'reader' }).expect(409);
  const reserved = await request(t.app)
    .post('/v1/keys')
    .set(t.as.admin)
    .send({ name: 'Admin (ADMIN_API_KEY)', role: 'editor' })
    .expect(409);
  expect(reserved.body.errors).toEqual([{ field: '/name', message: 'is reserved' }]);
  const bad = await request(t.app).post('/v1/keys').set(t.as.admin).send({ name: 'x', role: 'root' }).expect(400);
  expect(bad.body.errors[0].field).toBe('/role');
});

test('editors and readers cannot manage keys; readers never write', async () => {
  for (const who of [t.as.editor, t.as.reader]) {
    await request(t.app).get('/v1/keys').set(who).expect(403);
    await request(t.app).post('/v1/keys').set(who).send({ name: 'sneaky', role: 'admin' }).expect(403);
    await request(t.app).delete('/v1/keys/1').set(who).expect(403);
  }
  await request(t.app).get('/v1/keys').expect(401);
  const body = await claimBody();
  await request(t.app).post('/v1/claims').set(t.as.reader).send(body).expect(403);
  await request(t.app).patch('/v1/claims/1').set(t.as.reader).set('If-Match', '*').send({ reason: 'a test edit', notes: 'x' }).expect(403);
  await request(t.app).delete('/v1/claims/1').set(t.as.reader).send({ reason: 'x' }).expect(403);
  await request(t.app).post('/v1/actors').set(t.as.reader).send({ kind: 'person', name: 'R' }).expect(403);
  await request(t.app).post('/v1/metrics').set(t.as.reader).send({ code: 'rx', label: 'R', unit: 'people', definition: 'd' }).expect(403);
  expect(await t.db('api_keys').where({ name: 'sneaky' }).first()).toBeUndefined();
});

test('only admins correct vocabularies; editors may add entries', async () => {
  await request(t.app)
    .post('/v1/metrics')
    .set(t.as.editor)
    .send({ code: 'recruiters', label: 'Recruiters', unit: 'people', definition: 'People who recruit.' })
    .expect(201);
  await request(t.app).patch('/v1/metrics/recruiters').set(t.as.editor).send({ label: 'Changed' }).expect(403);
  await request(t.app).patch('/v1/groups/islamic-state').set(t.as.editor).send({ name: 'Changed' }).expect(403);
  expect((await t.db('metrics').where({ code: 'recruiters' }).first()).label).toBe('Recruiters');
  const m = await request(t.app).patch('/v1/metrics/recruiters').set(t.as.admin).send({ label: 'Recruiters (corrected)' }).expect(200);
  expect(m.body).toMatchObject({ code: 'recruiters', label: 'Recruiters (corrected)' });
  const g = await request(t.app)
    .patch('/v1/groups/islamic-state')
    .set(t.as.admin)
    .send({ aliases: ['IS', 'ISIS', 'ISIL', 'Daesh', 'Dawla'] })
    .expect(200);
  expect(g.body.aliases).toContain('Dawla');
  expect((await t.db('groups').where({ slug: 'islamic-state' }).first()).aliases).toContain('Dawla');
  await request(t.app).patch('/v1/metrics/nope').set(t.as.admin).send({ label: 'x' }).expect(404);
  await request(t.app).patch('/v1/metrics/recruiters').set(t.as.admin).send({ code: 'other' }).expect(400);
});

test('READ_ACCESS=key makes reads need a key', async () => {
  const closed = await createTestApp({ config: { readAccess: 'key' } });
  try {
    const res = await request(closed.app).get('/v1/claims').expect(401);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    await request(closed.app).get('/v1/claims').set(closed.as.reader).expect(200);
    await request(closed.app).get('/v1/metrics').expect(401);
  } finally {
    await closed.drop();
  }
  await request(t.app).get('/v1/claims').expect(200);
});

test('every response carries a request id, helmet headers, and no CORS unless configured', async () => {
  const res = await request(t.app).get('/v1/claims/1').set('Origin', 'https://evil.example').expect(200);
  expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['content-security-policy']).toBeDefined();
  expect(res.headers['access-control-allow-origin']).toBeUndefined();
  const err = await request(t.app).get('/v1/claims/abc').set('X-Request-Id', 'my-trace-1').expect(400);
  expect(err.headers['x-request-id']).toBe('my-trace-1');
  expect(err.body.request_id).toBe('my-trace-1');

  const open = await createTestApp({ config: { corsOrigins: ['https://app.example'] } });
  try {
    const ok = await request(open.app).get('/v1/metrics').set('Origin', 'https://app.example').expect(200);
    expect(ok.headers['access-control-allow-origin']).toBe('https://app.example');
    const other = await request(open.app).get('/v1/metrics').set('Origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    await request(open.app)
      .options('/v1/claims')
      .set('Origin', 'https://app.example')
      .set('Access-Control-Request-Method', 'POST')
      .expect(204);
  } finally {
    await open.drop();
  }
});

test('bodies over the limit are a 413 problem; nothing leaks internals', async () => {
  const small = await createTestApp({ config: { bodyLimit: 2048 } });
  try {
    const res = await request(small.app)
      .post('/v1/actors')
      .set(small.as.editor)
      .send({ kind: 'person', name: 'x'.repeat(5000) })
      .expect(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(await small.db('actors').where({ kind: 'person' }).count({ n: '*' })).toEqual([{ n: 0 }]);
  } finally {
    await small.drop();
  }
  const bad = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .set('Content-Type', 'application/json')
    .send('{"metric": ')
    .expect(400);
  expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.(ts|js)|SELECT|INSERT|stack/i);
});

test('rate limits per address and per key answer 429 problems with Retry-After', async () => {
  const limited = await createTestApp({
    config: { rateLimitPerKey: { perSecond: 0.001, burst: 3 }, rateLimitPerAddress: { perSecond: 0.001, burst: 6 } },
  });
  try {
    for (let i = 0; i < 3; i++) await request(limited.app).get('/v1/metrics').set(limited.as.reader).expect(200);
    const byKey = await request(limited.app).get('/v1/metrics').set(limited.as.reader).expect(429);
    expect(byKey.headers['content-type']).toMatch(/problem\+json/);
    expect(Number(byKey.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(byKey.body.detail).toMatch(/API key/);
    // Another key is not limited by the first key's bucket, until the address runs out.
    await request(limited.app).get('/v1/metrics').set(limited.as.editor).expect(200);
    await request(limited.app).get('/v1/metrics').expect(200);
    const byAddress = await request(limited.app).get('/v1/metrics').expect(429);
    expect(byAddress.body.detail).toMatch(/address/);
    expect(byAddress.headers['retry-after']).toBeDefined();
  } finally {
    await limited.drop();
  }
});
