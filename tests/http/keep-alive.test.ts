// Second pass: left out, Node's keep-alive and header time limits on a connection (src/http/server.ts); the import it
// sends is the import files' (tests/support/databaseSuites.ts).
import { createTestApp, listen, type Listening, type TestApp } from '../support/app';
import { rawConnection, statusesIn } from '../support/rawHttp';

/*
 * Node's limits between and within requests on one connection, as the ledger serves them (src/http/server.ts): an
 * idle keep-alive connection is closed after keepAliveTimeout (Node's 5 s, which operations.md tells a load balancer
 * in front to stay below); a request begun before it passes, its headers or its body still arriving, is not cut by
 * it; headers of a second request trickled past HEADERS_TIMEOUT_MS are a 408 problem and a close, never a hang.
 */
jest.setTimeout(60_000);

const KEEP_ALIVE_MS = 5000;
let t: TestApp;
let server: Listening;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  server = await listen(t.app);
});
afterAll(async () => {
  await server.close();
  await t.drop();
});

const health = 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n';
/** Everything up to the end of the first answer's JSON body (each answer here is small and sent in one piece). */
const firstAnswer = /^HTTP\/1\.1 \d{3} [\s\S]*?\r\n\r\n\{[\s\S]*\}$/;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes each of `parts` `everyMs` apart, while the socket is open. */
async function drip(connection: ReturnType<typeof rawConnection>, parts: string[], everyMs: number): Promise<void> {
  for (const part of parts) {
    if (connection.socket.destroyed) return;
    connection.write(part);
    await pause(everyMs);
  }
}

test('an idle keep-alive connection is closed after keepAliveTimeout, not before, with nothing sent', async () => {
  const connection = rawConnection(server.base, 20_000);
  connection.write(health);
  const answered = await connection.until(firstAnswer);
  const idleSince = Date.now();
  expect(statusesIn(answered)).toEqual([200]);
  await pause(KEEP_ALIVE_MS - 1000);
  expect(connection.socket.destroyed).toBe(false);
  const all = await connection.closed;
  const idle = Date.now() - idleSince;
  expect(all).toBe(answered);
  expect(idle).toBeGreaterThanOrEqual(KEEP_ALIVE_MS - 1000);
  expect(idle).toBeLessThan(KEEP_ALIVE_MS + 4000);
});

test('a second request whose headers are still arriving when keepAliveTimeout passes is answered', async () => {
  const connection = rawConnection(server.base, 30_000);
  connection.write(health);
  await connection.until(firstAnswer);
  await pause(KEEP_ALIVE_MS - 2000);
  // Its first byte 3 s after the first answer, its last 7 s after: the idle limit passes while it arrives.
  await drip(connection, [...'GET /v1/claims?limit=1 HTTP/1.1\r\nHost: x\r\n'.match(/.{1,6}/gs)!, '\r\n'], 500);
  const both = await connection.until(/^HTTP[\s\S]*HTTP\/1\.1 200 [\s\S]*\r\n\r\n\{[\s\S]*\}$/);
  expect(statusesIn(both)).toEqual([200, 200]);
  connection.socket.destroy();
});

test('an import whose body is still arriving when keepAliveTimeout passes is imported', async () => {
  const connection = rawConnection(server.base, 30_000);
  connection.write(health);
  await connection.until(firstAnswer);
  connection.write(
    `POST /v1/import HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t.keys.editor}\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n`,
  );
  const line = (n: number) => `${JSON.stringify({ type: 'actor', key: `kept-${n}`, kind: 'ngo', name: `Kept Alive ${n}` })}\n`;
  const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
  // A line every 600 ms for 7.2 s, then the last chunk.
  await drip(connection, [...Array.from({ length: 12 }, (_, n) => chunk(line(n))), '0\r\n\r\n'], 600);
  const both = await connection.until(/^HTTP[\s\S]*HTTP\/1\.1 \d{3} [\s\S]*\r\n\r\n\{[\s\S]*\}$/);
  expect(statusesIn(both)).toEqual([200, 200]);
  expect(await t.db('actors').where('name', 'like', 'Kept Alive %').count({ n: '*' })).toEqual([{ n: 12 }]);
  connection.socket.destroy();
});

describe('with HEADERS_TIMEOUT_MS of 1 s', () => {
  let hurried: Listening;
  beforeAll(async () => {
    hurried = await listen(t.app, { headersTimeoutMs: 1000 });
  });
  afterAll(() => hurried.close());

  test('headers of a second request trickled past HEADERS_TIMEOUT_MS are a 408 problem and a close, not a hang', async () => {
    const connection = rawConnection(hurried.base, 20_000);
    connection.write(health);
    const answered = await connection.until(firstAnswer);
    const started = Date.now();
    void drip(connection, [...'GET /v1/claims HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'], 100);
    const all = await connection.closed;
    expect(Date.now() - started).toBeLessThan(4000);
    const second = all.slice(answered.length);
    expect(statusesIn(second)).toEqual([408]);
    expect(second).toMatch(/content-type: application\/problem\+json/i);
  });
});
