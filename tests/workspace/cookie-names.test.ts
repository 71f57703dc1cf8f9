import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { csrfOf, Jar, signIn } from './support';

/*
 * The workspace's cookies over HTTPS are `__Host-` cookies: a browser takes one only from the ledger's own origin,
 * Secure, on Path=/ and without Domain, so a sibling subdomain cannot plant a session or a sign-in token ahead of ours
 * (a cookie of `Domain=example.org` is sent to every subdomain, and SameSite does not stop a sibling, which is the
 * same site). Over plain http (a browser refuses Secure cookies there, but on localhost) the names stay plain. Each
 * request reads only the names of its own security.
 */
let t: TestApp;
/** The same database served behind a proxy it trusts, which says the request came over HTTPS. */
let behindTls: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  behindTls = await createTestApp({ seed: false, config: { trustProxy: 1 } });
});
afterAll(async () => {
  await behindTls.drop();
  await t.drop();
});

const overHttps = (req: request.Test) => req.set('X-Forwarded-Proto', 'https');

/** Signs in through the form over HTTPS: the browser's jar and the sign-in's answers. */
async function signInOverHttps(app: TestApp['app'], key: string) {
  const jar = new Jar();
  const page = await overHttps(request(app).get('/sign-in')).expect(200);
  jar.take(page);
  const res = await overHttps(request(app).post('/sign-in'))
    .set('Cookie', jar.header())
    .type('form')
    .send({ csrf: csrfOf(page.text), key });
  jar.take(res);
  return { jar, page, res };
}

const setCookies = (res: request.Response) => (res.headers['set-cookie'] as unknown as string[] | undefined) ?? [];

test('over HTTPS the sign-in token and the session are __Host- cookies: Secure, Path=/, no Domain, and they sign in', async () => {
  const { jar, page, res } = await signInOverHttps(behindTls.app, behindTls.keys.editor);
  expect(res.status).toBe(303);
  const token = setCookies(page).find((c) => c.startsWith('__Host-cl_sign_in='))!;
  const session = setCookies(res).find((c) => c.startsWith('__Host-cl_session='))!;
  for (const cookie of [token, session]) {
    expect(cookie).toMatch(/; Secure(;|$)/);
    expect(cookie).toMatch(/; Path=\/;/);
    expect(cookie).not.toMatch(/Domain=/i);
  }
  // The sign-in token is cleared where it was set, the session kept under its prefixed name only.
  expect(setCookies(res).find((c) => c.startsWith('__Host-cl_sign_in='))).toMatch(/Max-Age=0/);
  expect(setCookies(res).some((c) => c.startsWith('cl_'))).toBe(false);
  const home = await overHttps(request(behindTls.app).get('/workspace')).set('Cookie', jar.header()).expect(200);
  expect(home.text).toContain('Signed in as <strong>test editor</strong>');
});

test('over HTTPS a session cookie without the prefix (planted by a sibling subdomain) signs nobody in, and does not shadow ours', async () => {
  // The attacker's own valid session, obtained over plain http, planted under the plain name.
  const attacker = await signIn(behindTls.app, behindTls.keys.admin);
  const planted = attacker.jar.cookies.get('cl_session')!;
  expect(planted).toMatch(/^[\w-]{40,}$/);
  const alone = await overHttps(request(behindTls.app).get('/workspace')).set('Cookie', `cl_session=${planted}`);
  expect({ status: alone.status, location: alone.headers.location }).toEqual({ status: 303, location: '/sign-in?next=%2Fworkspace' });
  const { jar } = await signInOverHttps(behindTls.app, behindTls.keys.editor);
  const ahead = await overHttps(request(behindTls.app).get('/workspace'))
    .set('Cookie', `cl_session=${planted}; ${jar.header()}`)
    .expect(200);
  expect(ahead.text).toContain('Signed in as <strong>test editor</strong>');
  // Over plain http a __Host- cookie (which a browser would not even send there) is not read either.
  const prefixed = jar.cookies.get('__Host-cl_session')!;
  await request(behindTls.app).get('/workspace').set('Cookie', `__Host-cl_session=${prefixed}`).expect(303);
});

test('over HTTPS a sign-in token without the prefix (chosen by a sibling subdomain) is refused: no sign-in with the key it posts', async () => {
  const chosen = 'a'.repeat(43);
  const res = await overHttps(request(behindTls.app).post('/sign-in'))
    .set('Cookie', `cl_sign_in=${chosen}`)
    .type('form')
    .send({ csrf: chosen, key: behindTls.keys.admin });
  expect(res.status).toBe(403);
  expect(setCookies(res).some((c) => /^(__Host-)?cl_session=/.test(c))).toBe(false);
});

test('over plain http the names are plain and not Secure; an X-Forwarded-Proto from a proxy not trusted changes nothing', async () => {
  for (const claimed of [undefined, 'https']) {
    const page = request(t.app).get('/sign-in');
    if (claimed) page.set('X-Forwarded-Proto', claimed);
    const cookie = setCookies(await page.expect(200))[0];
    expect({ claimed, cookie }).toEqual({ claimed, cookie: expect.stringMatching(/^cl_sign_in=[\w-]+; Path=\/sign-in; /) });
    expect(cookie).not.toMatch(/Secure/);
  }
  const editor = await signIn(t.app, t.keys.editor);
  // the session, and the flash of the sign-in's notice (outcome.ts), both by their plain names
  expect([...editor.jar.cookies.keys()].sort()).toEqual(['cl_outcome', 'cl_session']);
  await request(t.app).get('/workspace').set('Cookie', editor.jar.header()).expect(200);
});
