import request from 'supertest';
import { csrfOf, Jar } from '../workspace/support';
import { ledgerThroughProxy } from '../support/ledgerThroughProxy';

/*
 * Writes of several statements that ran with the bare knex, each statement committed on its own, now one transaction:
 * cut in the middle, they leave nothing.
 */
jest.setTimeout(120_000);

const ledger = ledgerThroughProxy({ seed: true });

test('a sign-in whose connection is cut after its session was written leaves no session', async () => {
  const jar = new Jar();
  const page = await request(ledger.app).get('/sign-in');
  jar.take(page);
  const count = async () => Number((await ledger.t.db('web_sessions').count({ n: '*' }))[0].n);
  const before = await count();
  // The session's INSERT, then the sweep of expired ones: cut at the sweep, the INSERT had been committed on its own.
  const cut = ledger.proxy.cutAfter('delete from "web_sessions"');
  const res = await request(ledger.app)
    .post('/sign-in')
    .set('Cookie', jar.header())
    .type('form')
    .send({ csrf: csrfOf(page.text), key: ledger.t.keys.editor });
  await cut;
  expect(res.status).toBe(503);
  expect(await count()).toBe(before);
});
