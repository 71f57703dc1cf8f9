import request from 'supertest';
import { createTestApp, listen, type Listening, type TestApp } from '../support/app';
import { untilPoolIdle } from '../support/pool';
import { rawConnection } from '../support/rawHttp';
import { loadVocabulariesOnly, signIn } from './support';

/*
 * A workspace form whose browser leaves before its answer (the first post of a double click, aborted by the browser)
 * and is sent again with the same one-time form id: the first post goes on, and its own answer decides the id, as an
 * Idempotency-Key is decided (src/http/idempotency.ts, runOnce). Saved once, and the resend is sent where the first
 * went, at once: never saved twice (the id freed at the close), never a 409 after a minute (the id left pending).
 */
jest.setTimeout(300_000);

const TEXT = 'The agency said the number of Russian fighters had jumped to 1,500 from a previous estimate of around 1,100 militants.';
const QUOTE = 'had jumped to 1,500 from a previous estimate of around 1,100 militants';

let t: TestApp;
let served: Listening;
let editor: Awaited<ReturnType<typeof signIn>>;
let doc: number;
beforeAll(async () => {
  t = await createTestApp();
  await loadVocabulariesOnly(t.db);
  served = await listen(t.app);
  editor = await signIn(t.app, t.keys.editor);
  const created = await editor.post('/workspace/documents', { title: 'Left forms', kind: 'report', language: 'en', text: TEXT });
  expect(created.status).toBe(303);
  doc = Number(/documents\/(\d+)/.exec(created.headers.location)![1]);
});
afterAll(async () => {
  await served.close();
  await t.drop();
});

/** The form posted on a raw socket destroyed `ms` after it was written, then posted again whole: the resend's answer, its time. */
async function leftThenResent(path: string, form: Record<string, string>, ms: number): Promise<{ res: request.Response; tookMs: number }> {
  const body = new URLSearchParams({ csrf: editor.csrf, ...form }).toString();
  const connection = rawConnection(served.base);
  connection.write(
    `POST ${path} HTTP/1.1\r\nHost: x\r\nCookie: ${editor.jar.header()}\r\n` +
      `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  await new Promise((resolve) => setTimeout(resolve, ms));
  connection.socket.destroy();
  const started = Date.now();
  const res = await request(served.base)
    .post(path)
    .set('Cookie', editor.jar.header())
    .type('form')
    .send({ csrf: editor.csrf, ...form });
  const tookMs = Date.now() - started;
  // A first post still running once the resend was answered would show here, saving a second row.
  await untilPoolIdle(t.db);
  return { res, tookMs };
}

test('a claim by hand whose browser left at any moment, sent again with its form id: one claim, and the resend redirected as the first at once', async () => {
  const path = `/workspace/documents/${doc}/claims`;
  const count = async () => Number((await t.db('claims').count({ n: '*' }))[0].n);
  const before = await count();
  for (let i = 0; i < 12; i++) {
    const ids = await t.db('claims').pluck('id');
    const { res, tookMs } = await leftThenResent(
      path,
      {
        form_id: `left-hand-claim-${String(i).padStart(8, '0')}`,
        action: 'accept',
        value_text: '1,500',
        value: '1500',
        approximation: 'exact',
        metric: 'foreign_fighters',
        country: 'RU',
        claimant: 'new',
        claimant_name: 'Left Then Resent',
        claimant_kind: 'person',
        quote: QUOTE,
        separate: 'yes',
      },
      i * 3,
    );
    const added = await t.db('claims').whereNotIn('id', ids).pluck('id');
    expect({ i, added: added.length }).toEqual({ i, added: 1 });
    expect({ i, status: res.status }).toEqual({ i, status: 303 });
    expect(res.headers.location).toContain(`accepted=${added[0]}`);
    expect({ i, prompt: tookMs < 30_000 }).toEqual({ i, prompt: true });
  }
  expect(await count()).toBe(before + 12);
});

test('a new document whose browser left at any moment, sent again with its form id: one document, and the resend redirected to it at once', async () => {
  for (let i = 0; i < 12; i++) {
    const title = `Left document ${i}`;
    const { res, tookMs } = await leftThenResent(
      '/workspace/documents',
      {
        form_id: `left-new-document-${String(i).padStart(8, '0')}`,
        title,
        kind: 'report',
        language: 'en',
        text: `Report ${i} said that ${200 + i} Kazakh nationals had joined Islamic State.`,
      },
      i * 3,
    );
    const docs = await t.db('documents').where({ title }).pluck('id');
    expect({ i, docs: docs.length }).toEqual({ i, docs: 1 });
    expect({ i, status: res.status, location: res.headers.location }).toEqual({
      i,
      status: 303,
      location: expect.stringContaining(`/workspace/documents/${docs[0]}`),
    });
    expect({ i, prompt: tookMs < 30_000 }).toEqual({ i, prompt: true });
  }
});
