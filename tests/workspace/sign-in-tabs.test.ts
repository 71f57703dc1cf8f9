import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { csrfOf, Jar } from './support';

/**
 * Two tabs of one browser asking for the key (a session ended under both, the workspace opened twice). A file of its
 * own: sign-ins are limited per address (20 at once), and sign-in.test.ts spends its own.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('two sign-in pages of one browser (two tabs) both sign in: one token per browser, masked differently in each page', async () => {
  for (const signsIn of ['earlier', 'later'] as const) {
    const jar = new Jar();
    const pages = [];
    for (let i = 0; i < 2; i++) {
      const page = await request(t.app).get('/sign-in').set('Cookie', jar.header()).expect(200);
      jar.take(page);
      pages.push(page);
    }
    const [earlier, later] = pages.map((p) => csrfOf(p.text));
    expect(earlier).not.toBe(later);
    const res = await request(t.app)
      .post('/sign-in')
      .set('Cookie', jar.header())
      .type('form')
      .send({ csrf: signsIn === 'earlier' ? earlier : later, key: t.keys.editor });
    expect({ signsIn, status: res.status }).toEqual({ signsIn, status: 303 });
  }
  // Signed in by one tab, the other's form (its token cleared by that sign-in) leads on to its page: no key asked again,
  // no second session, which would have ended the first and staled every form of the other tab.
  const jar = new Jar();
  const tabs = [];
  for (let i = 0; i < 2; i++) {
    const page = await request(t.app).get('/sign-in?next=%2Fclaims%2F1').set('Cookie', jar.header()).expect(200);
    jar.take(page);
    tabs.push(csrfOf(page.text));
  }
  const first = await request(t.app)
    .post('/sign-in')
    .set('Cookie', jar.header())
    .type('form')
    .send({ csrf: tabs[1], key: t.keys.editor, next: '/claims/1' });
  expect(first.status).toBe(303);
  jar.take(first);
  const sessions = Number((await t.db('web_sessions').count({ n: '*' }).first())!.n);
  const second = await request(t.app)
    .post('/sign-in')
    .set('Cookie', jar.header())
    .type('form')
    .send({ csrf: tabs[0], key: t.keys.editor, next: '/claims/1' });
  expect({ status: second.status, location: second.headers.location }).toEqual({ status: 303, location: '/claims/1' });
  expect(Number((await t.db('web_sessions').count({ n: '*' }).first())!.n)).toBe(sessions);
  await request(t.app).get('/workspace').set('Cookie', jar.header()).expect(200);
  // The cookie's own value, sent as the form's token, is not a page's token: refused.
  const page = await request(t.app).get('/sign-in').expect(200);
  const cookie = new Jar();
  cookie.take(page);
  const raw = cookie.cookies.get('cl_sign_in')!;
  await request(t.app).post('/sign-in').set('Cookie', cookie.header()).type('form').send({ csrf: raw, key: t.keys.editor }).expect(403);
});
