import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Db } from '../../src/db/knex';
import { createTestApp, type TestApp } from '../support/app';
import { type FaultProxy, poolThroughProxy } from '../support/faultProxy';
import { csrfOf, Jar } from '../workspace/support';

/*
 * Writes of several statements that ran with the bare knex, each statement committed on its own, now one transaction:
 * cut in the middle, they leave nothing.
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

test('a sign-in whose connection is cut after its session was written leaves no session', async () => {
  const jar = new Jar();
  const page = await request(app).get('/sign-in');
  jar.take(page);
  const count = async () => Number((await t.db('web_sessions').count({ n: '*' }))[0].n);
  const before = await count();
  // The session's INSERT, then the sweep of expired ones: cut at the sweep, the INSERT had been committed on its own.
  const cut = proxy.cutAfter('delete from "web_sessions"');
  const res = await request(app)
    .post('/sign-in')
    .set('Cookie', jar.header())
    .type('form')
    .send({ csrf: csrfOf(page.text), key: t.keys.editor });
  await cut;
  expect(res.status).toBe(503);
  expect(await count()).toBe(before);
});
