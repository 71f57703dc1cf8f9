// Second pass: left out, bodies that never end are cut by Node's and the ledger's timers before they write
// (src/http/server.ts; tests/support/databaseSuites.ts).
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { rawConnection } from '../support/rawHttp';
import { tableChecksums } from '../support/tables';
import { signIn } from '../workspace/support';
import { within } from '../support/within';

/*
 * Round 36's hostile round: a body sent with Transfer-Encoding: chunked whose last chunk never comes, on every kind of
 * body the ledger reads (a JSON body, an import's spooled one, a workspace form, the sign-in form); and a request head
 * of 32 KB. Each is answered, never left hanging, and changes nothing.
 */
jest.setTimeout(120_000);

let t: TestApp;
let server: Listening;
let cookie: string;
let csrf: string;
beforeAll(async () => {
  // (an import's body, streamed to a file, is timed by what stops arriving: STALL_TIMEOUT_MS, shortened here)
  t = await createTestApp({ config: { bodyTimeoutMs: 600, stallTimeoutMs: 1000 } });
  server = await listen(t.app);
  const editor = await signIn(t.app, t.keys.editor);
  cookie = editor.jar.header();
  csrf = editor.csrf;
});
afterAll(async () => {
  await server.close();
  await t.drop();
});

/** Sends `head`, then `first` as one chunk, then nothing: what came back within 5 s, when, and whether the socket closed. */
async function endless(head: string, first: string): Promise<{ answer: string; ms: number; closed: boolean }> {
  const connection = rawConnection(server.base);
  const started = Date.now();
  connection.write(`${head}Transfer-Encoding: chunked\r\n\r\n${Buffer.byteLength(first).toString(16)}\r\n${first}\r\n`);
  const closed = await within(
    connection.closed.then(() => true),
    5000,
    false,
  );
  connection.socket.destroy();
  return { answer: connection.received(), ms: Date.now() - started, closed };
}

test.each([
  [
    'a JSON body',
    () => `POST /v1/actors HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t.keys.editor}\r\nContent-Type: application/json\r\n`,
    '{"kind": "person", ',
  ],
  [
    'an import body',
    () => `POST /v1/import HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t.keys.editor}\r\nContent-Type: application/x-ndjson\r\n`,
    '{"type": "actor", "kind": "person", "name": "Endless"}\n',
  ],
  [
    'a workspace form',
    () => `POST /workspace/documents HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n`,
    () => `csrf=${encodeURIComponent(csrf)}&title=Endless&text=`,
  ],
  ['the sign-in form', () => `POST /sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n`, 'key='],
])('%s sent chunked whose last chunk never comes is answered 408 and closed, nothing saved', async (_name, head, first) => {
  const before = await tableChecksums(t.db);
  const { answer, ms, closed } = await endless(head(), typeof first === 'function' ? first() : first);
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(closed).toBe(true);
  expect(ms).toBeLessThan(4000);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test.each(['/v1/claims', '/claims/1', '/workspace'])('a request head of 32 KB to %s is a 431, never a hang', async (path) => {
  const connection = rawConnection(server.base);
  connection.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(32 * 1024)}\r\n\r\n`);
  await within(connection.closed, 5000, undefined);
  connection.socket.destroy();
  const answer = connection.received();
  expect(answer).toMatch(/^HTTP\/1\.1 431 /);
  expect(answer).toMatch(/content-type: application\/problem\+json/i);
});
