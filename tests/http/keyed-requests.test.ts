import { setImmediate as turn } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Knex } from 'knex';
import request from 'supertest';
import { keyedRequestRunning, savingOnce } from '../../src/idempotency/savedOnce';
import { IdempotencyStore } from '../../src/idempotency/store';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { signIn } from '../workspace/support';

/*
 * A keyed request (an Idempotency-Key, a form's one-time id) carries its key into its transactions through an
 * AsyncLocalStorage, whose hooks Node 20 runs on every promise of the process while it is enabled: it is enabled only
 * while a keyed request may run (src/idempotency/savedOnce.ts). Disabled too early, a running request's save would
 * escape its mark and be run twice when sent again; never disabled, every later request pays for the hooks.
 */
jest.setTimeout(120_000);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const principal = 'test editor';
const rowOf = (key: string) => ({ principal, key, method: 'POST', path: '/v1/metrics', request_hash: 'h' });
const metric = (code: string) => ({ code, label: code, unit: 'people', definition: 'A metric saved by a keyed request.' });

/** Waits (a second at most) until no keyed request may run, and tells whether none may. */
async function keyedRequestsOver(): Promise<boolean> {
  for (let i = 0; i < 200 && keyedRequestRunning(); i++) await new Promise((r) => setTimeout(r, 5));
  return !keyedRequestRunning();
}

const savedOf = async (key: string) =>
  ((await t.db('idempotency_keys').where({ principal, key }).first()) as { saved: string | null }).saved;

test('a keyed request marks its save when another keyed request ended while it ran', async () => {
  const store = new IdempotencyStore(t.db);
  const db = savingOnce(t.db);
  await t.db.raw('SELECT 1'); // the pool's connection made outside any keyed request
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const first = store.runClaimed(principal, 'runs-long', (await store.begin(rowOf('runs-long')))!, async () => {
    await gate;
    return db.transaction((trx: Knex.Transaction) => trx('metrics').insert(metric('runs_long')).returning('code'));
  });
  await store.runClaimed(principal, 'ends-first', (await store.begin(rowOf('ends-first')))!, async () => 'nothing saved');
  expect(keyedRequestRunning()).toBe(true);
  open();
  await first;
  expect(await savedOf('runs-long')).toBe('[[{"code":"runs_long"}]]');
  expect(await keyedRequestsOver()).toBe(true);
});

test('a keyed request whose answer was cut marks its later save, and is over once nothing of it is left', async () => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const store = new IdempotencyStore(t.db);
  const db = savingOnce(t.db);
  await t.db.raw('SELECT 1');
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let saved!: Promise<unknown>;
  // Its answer cut: the promise given runKeyed never settles, and the handler goes on after its client left.
  store.runClaimed(principal, 'cut-answer', (await store.begin(rowOf('cut-answer')))!, () => {
    saved = (async () => {
      await gate;
      return db.transaction((trx: Knex.Transaction) => trx('metrics').insert(metric('cut_answer')).returning('code'));
    })();
    return new Promise(() => undefined);
  });
  await store.runClaimed(principal, 'ends-before', (await store.begin(rowOf('ends-before')))!, async () => 'nothing saved');
  open();
  await saved;
  expect(await savedOf('cut-answer')).toBe('[[{"code":"cut_answer"}]]');
  saved = Promise.resolve();
  for (let i = 0; i < 50 && keyedRequestRunning(); i++) {
    gc();
    await turn();
  }
  expect(keyedRequestRunning()).toBe(false);
});

test('a keyed API request and a workspace form are over once answered', async () => {
  const created = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .set('Idempotency-Key', 'over-once-answered')
    .send(seedClaimBody({ notes: 'Over once answered' }));
  expect(created.status).toBe(201);
  expect(await keyedRequestsOver()).toBe(true);

  const editor = await signIn(t.app, t.keys.editor);
  const formId = /name="form_id" value="([^"]+)"/.exec((await editor.get('/workspace')).text)![1];
  const form = { form_id: formId, title: 'Over once answered', text: 'Officials said 300 Kazakhs had gone to fight.' };
  expect((await editor.post('/workspace/documents', form)).status).toBe(303);
  expect(await keyedRequestsOver()).toBe(true);
});
