import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { csrfOf, Jar, signedInTo, signIn } from './support';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

/** Every body and Location of a sign-in exchange, to prove the key never comes back. */
function exposes(res: request.Response, key: string): boolean {
  return res.text.includes(key) || String(res.headers.location ?? '').includes(key) || JSON.stringify(res.headers).includes(key);
}

async function signInForm(key: string, jar = new Jar()) {
  const page = await request(t.app).get('/sign-in').expect(200);
  jar.take(page);
  const res = await request(t.app)
    .post('/sign-in')
    .set('Cookie', jar.header())
    .type('form')
    .send({ csrf: csrfOf(page.text), key });
  jar.take(res);
  return { page, res, jar };
}

test('the workspace sends a signed-out browser to sign in, and brings it back after', async () => {
  const res = await request(t.app).get('/workspace/documents/1').expect(303);
  expect(res.headers.location).toBe('/sign-in?next=%2Fworkspace%2Fdocuments%2F1');
  const page = await request(t.app).get(res.headers.location).expect(200);
  expect(page.text).toContain('name="next" value="/workspace/documents/1"');
  expect(page.text).toContain('type="password"');
  expect(page.headers['cache-control']).toBe('no-store');
});

test('an editor key is exchanged for an HttpOnly, SameSite=Strict session cookie; the key is never echoed', async () => {
  const { page, res, jar } = await signInForm(t.keys.editor);
  expect(res.status).toBe(303);
  expect(res.headers.location).toBe('/workspace?signed_in=1#outcome');
  const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('cl_session='))!;
  expect(cookie).toMatch(/; HttpOnly/);
  expect(cookie).toMatch(/; SameSite=Strict/);
  expect(cookie).toMatch(/; Path=\//);
  expect(cookie).not.toMatch(/Secure/);
  const sessionId = jar.cookies.get('cl_session')!;
  expect(sessionId).toMatch(/^[\w-]{40,}$/);
  // Only the hash of the session id is stored, with the key's hash, never the key.
  const rows = await t.db('web_sessions').select('*');
  expect(rows).toHaveLength(1);
  expect(JSON.stringify(rows)).not.toContain(sessionId);
  expect(JSON.stringify(rows)).not.toContain(t.keys.editor);
  expect(rows[0].expires_at.getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
  for (const r of [page, res]) expect(exposes(r, t.keys.editor)).toBe(false);
  const home = await request(t.app).get('/workspace').set('Cookie', jar.header()).expect(200);
  expect(home.text).toContain('Signed in as <strong>test editor</strong>');
  expect(exposes(home, t.keys.editor)).toBe(false);
});

test('over HTTPS (behind a proxy that says so) the cookie is Secure', async () => {
  const https = await createTestApp({ seed: false });
  try {
    https.app.set('trust proxy', true);
    const page = await request(https.app).get('/sign-in').set('X-Forwarded-Proto', 'https');
    const jar = new Jar();
    jar.take(page);
    expect((page.headers['set-cookie'] as unknown as string[])[0]).toMatch(/; Secure/);
    const res = await request(https.app)
      .post('/sign-in')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', jar.header())
      .type('form')
      .send({ csrf: csrfOf(page.text), key: https.keys.editor })
      .expect(303);
    expect((res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('__Host-cl_session='))).toMatch(/; Secure/);
  } finally {
    await https.drop();
  }
});

test('a bad key, a reader key and a missing sign-in token are refused with the form again, the key not echoed', async () => {
  const bad = await signInForm('cl_not_a_real_key_at_all');
  expect(bad.res.status).toBe(401);
  expect(bad.res.text).toContain('not valid or has been revoked');
  expect(exposes(bad.res, 'cl_not_a_real_key_at_all')).toBe(false);
  expect(bad.jar.cookies.has('cl_session')).toBe(false);

  const reader = await signInForm(t.keys.reader);
  expect(reader.res.status).toBe(403);
  expect(reader.res.text).toContain('needs an editor or admin key');
  expect(exposes(reader.res, t.keys.reader)).toBe(false);
  expect(reader.jar.cookies.has('cl_session')).toBe(false);

  // Without the sign-in form's cookie (a form posted from another site), the key is not even looked at.
  const forged = await request(t.app)
    .post('/sign-in')
    .type('form')
    .send({ csrf: 'x'.repeat(43), key: t.keys.editor })
    .expect(403);
  expect(forged.headers['set-cookie']?.toString() ?? '').not.toContain('cl_session=');
  expect(exposes(forged, t.keys.editor)).toBe(false);
  expect(await t.db('web_sessions').count({ n: '*' }).first()).toEqual({ n: 1 });
});

test('a form post without the CSRF token, or with a wrong one, is a 403 and changes nothing', async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const before = await t.db('documents').count({ n: '*' }).first();
  const doc = { title: 'A title', text: 'Some 300 fighters, officials said.' };
  const missing = await request(t.app).post('/workspace/documents').set('Cookie', editor.jar.header()).type('form').send(doc).expect(403);
  expect(missing.headers['content-type']).toMatch(/^text\/html/);
  expect(missing.text).toContain('security token');
  await request(t.app)
    .post('/workspace/documents')
    .set('Cookie', editor.jar.header())
    .type('form')
    .send({ ...doc, csrf: editor.csrf.slice(0, -2) + 'xx' })
    .expect(403);
  // Another session's token does not do either.
  const other = await signIn(t.app, t.keys.admin);
  await request(t.app)
    .post('/workspace/documents')
    .set('Cookie', editor.jar.header())
    .type('form')
    .send({ ...doc, csrf: other.csrf })
    .expect(403);
  await request(t.app).post('/sign-out').set('Cookie', editor.jar.header()).type('form').send({}).expect(403);
  expect(await t.db('documents').count({ n: '*' }).first()).toEqual(before);
  await editor.post('/workspace/documents', doc).then((r) => expect(r.status).toBe(303));
});

test('the session never authorizes the API: /v1 takes Bearer keys only', async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const res = await request(t.app).post('/v1/actors').set('Cookie', editor.jar.header()).send({ kind: 'person', name: 'Cookie Person' });
  expect(res.status).toBe(401);
  expect(res.headers['content-type']).toMatch(/problem\+json/);
  // Form bodies stay refused by the API.
  await request(t.app).post('/v1/actors').set(t.as.editor).type('form').send({ kind: 'person', name: 'Form Person' }).expect(415);
  expect(await t.db('actors').whereIn('name', ['Cookie Person', 'Form Person'])).toEqual([]);
});

test('signing out ends the session: the old cookie no longer opens the workspace', async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const cookie = editor.jar.header();
  const out = await editor.post('/sign-out', {});
  expect(out.status).toBe(303);
  expect(out.headers.location).toBe('/sign-in?signed_out=1#outcome');
  expect((out.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('cl_session='))).toMatch(/Max-Age=0/);
  const again = await request(t.app).get('/workspace').set('Cookie', cookie).expect(303);
  expect(again.headers.location).toMatch(/^\/sign-in/);
  await request(t.app)
    .post('/workspace/documents')
    .set('Cookie', cookie)
    .type('form')
    .send({ csrf: editor.csrf, title: 'x', text: 'y' })
    .expect(401);
});

test('signing in again from the same browser ends the session its cookie held', async () => {
  const { jar } = await signInForm(t.keys.editor);
  const first = jar.cookies.get('cl_session')!;
  const before = await t.db('web_sessions').count({ n: '*' }).first();
  // the same browser signs in again (another key, or the same): its old cookie goes with the form
  const { res } = await signInForm(t.keys.admin, jar);
  expect(res.status).toBe(303);
  const second = jar.cookies.get('cl_session')!;
  expect(second).not.toBe(first);
  expect(await t.db('web_sessions').count({ n: '*' }).first()).toEqual(before);
  const old = await request(t.app).get('/workspace').set('Cookie', `cl_session=${first}`).expect(303);
  expect(old.headers.location).toMatch(/^\/sign-in/);
  await request(t.app).get('/workspace').set('Cookie', `cl_session=${second}`).expect(200);
});

test('revoking the key ends its sessions at the next request', async () => {
  const created = await request(t.app).post('/v1/keys').set(t.as.admin).send({ name: 'short-lived editor', role: 'editor' }).expect(201);
  const editor = await signIn(t.app, created.body.secret);
  await editor.get('/workspace').then((r) => expect(r.status).toBe(200));
  await request(t.app).delete(`/v1/keys/${created.body.id}`).set(t.as.admin).expect(200);
  const res = await request(t.app).get('/workspace').set('Cookie', editor.jar.header()).expect(303);
  expect(res.headers.location).toMatch(/^\/sign-in/);
  await request(t.app)
    .post('/workspace/documents')
    .set('Cookie', editor.jar.header())
    .type('form')
    .send({ csrf: editor.csrf, title: 'x', text: 'y' })
    .expect(401);
  expect(await t.db('documents').where({ title: 'x' })).toEqual([]);
});

test('sign-in sends back only to workspace paths, never to another site', async () => {
  for (const next of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/v1/keys']) {
    expect(await signedInTo(t.app, t.keys.editor, next)).toBe('/workspace?signed_in=1#outcome');
  }
});

test('hostile form bodies get a 4xx page, never a 500', async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const repeated = await request(t.app)
    .post('/workspace/documents')
    .set('Cookie', editor.jar.header())
    .type('form')
    .send(`csrf=${editor.csrf}&title=a&title=b&text=c`);
  expect(repeated.status).toBe(400);
  expect(repeated.text).toContain('title: must be sent once');
  const huge = await request(t.app)
    .post('/workspace/documents')
    .set('Cookie', editor.jar.header())
    .type('form')
    .send(`csrf=${editor.csrf}&title=a&text=${'x'.repeat(1024 * 1024 + 10)}`);
  expect(huge.status).toBe(413);
  const json = await request(t.app).post('/workspace/documents').set('Cookie', editor.jar.header()).send({ csrf: editor.csrf, title: 'a' });
  expect(json.status).toBe(415);
  expect(await t.db('documents').where({ title: 'a' })).toEqual([]);
  await request(t.app).get('/workspace/documents/abc').set('Cookie', editor.jar.header()).expect(404);
  await request(t.app).get('/workspace/documents/999999').set('Cookie', editor.jar.header()).expect(404);
  await request(t.app)
    .post('/workspace/documents/1/candidates/c1')
    .set('Cookie', editor.jar.header())
    .type('form')
    .send({ csrf: editor.csrf, action: 'accept' })
    .expect((r) => expect([404, 409]).toContain(r.status));
});

test('failed sign-ins from one address are slowed down (429 with Retry-After) and a good key still cannot pass meanwhile', async () => {
  const own = await createTestApp();
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const jar = new Jar();
      const page = await request(own.app).get('/sign-in');
      jar.take(page);
      const res = await request(own.app)
        .post('/sign-in')
        .set('Cookie', jar.header())
        .type('form')
        .send({ csrf: csrfOf(page.text), key: `cl_wrong_${i}` });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual([429, 429]);
    // Meanwhile the right key is not even looked at: the limit holds for lucky guesses too.
    const jar = new Jar();
    const page = await request(own.app).get('/sign-in');
    jar.take(page);
    const res = await request(own.app)
      .post('/sign-in')
      .set('Cookie', jar.header())
      .type('form')
      .send({ csrf: csrfOf(page.text), key: own.keys.editor })
      .expect(429);
    expect(res.text).toContain('Too many sign-ins');
    expect(await own.db('web_sessions').count({ n: '*' }).first()).toEqual({ n: 0 });
  } finally {
    await own.drop();
  }
});
