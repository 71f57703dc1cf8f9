import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { csrfOf, Jar } from './support';

/**
 * A stale sign-in form (its token cleared by another tab's sign-in) sent in a browser now signed in goes on only with no
 * key or the session's own key; with another key it is answered with the sign-in form again and nothing changes. A file
 * of its own: sign-ins are limited per address.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const sessionCount = async () => Number((await t.db('web_sessions').count({ n: '*' }).first())!.n);

test('a stale sign-in form goes on with no key or the session key, and is asked again with any other key', async () => {
  const jar = new Jar();
  const tabs: string[] = [];
  for (let i = 0; i < 2; i++) {
    const page = await request(t.app).get('/sign-in').set('Cookie', jar.header()).expect(200);
    jar.take(page);
    tabs.push(csrfOf(page.text));
  }
  const first = await request(t.app).post('/sign-in').set('Cookie', jar.header()).type('form').send({ csrf: tabs[1], key: t.keys.editor });
  expect(first.status).toBe(303);
  jar.take(first);
  const sessions = await sessionCount();
  const stale = (key: string) =>
    request(t.app).post('/sign-in').set('Cookie', jar.header()).type('form').send({ csrf: tabs[0], key, next: '/workspace' });

  for (const key of [t.keys.admin, 'not-a-key-at-all']) {
    const res = await stale(key);
    expect({ status: res.status, asked: res.text.includes('You are signed in with another key: sign out first') }).toEqual({
      status: 403,
      asked: true,
    });
    expect(res.text).not.toContain(key);
  }
  for (const key of ['', `  ${t.keys.editor} `]) {
    const res = await stale(key);
    expect({ status: res.status, location: res.headers.location }).toEqual({ status: 303, location: '/workspace' });
  }
  expect(await sessionCount()).toBe(sessions);
  const home = await request(t.app).get('/workspace').set('Cookie', jar.header()).expect(200);
  expect({ editor: home.text.includes('(editor)'), admin: home.text.includes('(admin)') }).toEqual({ editor: true, admin: false });
});
