import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { csrfOf, Jar } from './support';

/**
 * Review of round 45: walk44's "a stale sign-in form goes on when the browser is signed in" ignores the key the form
 * sends. An editor who opens a second tab to sign in with another key (an admin key, to manage keys) and sends it with
 * the earlier page's token is told nothing, and stays signed in as the first key: the key typed is not checked at all.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('a stale sign-in form with a different key than the session’s is not taken as signed in', async () => {
  const jar = new Jar();
  const tabs = [];
  for (let i = 0; i < 2; i++) {
    const page = await request(t.app).get('/sign-in').set('Cookie', jar.header()).expect(200);
    jar.take(page);
    tabs.push(csrfOf(page.text));
  }
  const first = await request(t.app).post('/sign-in').set('Cookie', jar.header()).type('form').send({ csrf: tabs[1], key: t.keys.editor });
  expect(first.status).toBe(303);
  jar.take(first);
  const second = await request(t.app)
    .post('/sign-in')
    .set('Cookie', jar.header())
    .type('form')
    .send({ csrf: tabs[0], key: t.keys.admin, next: '/workspace' });
  jar.take(second);
  const home = await request(t.app).get('/workspace').set('Cookie', jar.header()).expect(200);
  // 31a4d165: 303 to /workspace, still "test editor (editor)": the admin key was never read nor refused
  expect({ status: second.status, signedInAsAdmin: home.text.includes('(admin)') }).not.toEqual({ status: 303, signedInAsAdmin: false });
});
