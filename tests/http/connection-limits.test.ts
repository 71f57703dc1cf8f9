// Second pass: left out, Node's limits on a connection and the body's timers (src/http/server.ts,
// src/http/bodyTimeout.ts); the imports it sends are the import files' (tests/support/databaseSuites.ts).
import net from 'node:net';
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

/*
 * Node's own limits on a connection, as the ledger sets them (src/http/server.ts): headers sent slowly (slowloris) and
 * connections that send nothing are closed after HEADERS_TIMEOUT_MS; an import's body may take as long as it keeps
 * coming (Node's 300 s limit on a whole request had cut a large upload over a slow link mid-way), and is a 408 once
 * nothing of it arrives for STALL_TIMEOUT_MS (it had held its socket until that 300 s limit).
 */
jest.setTimeout(30_000);

let t: TestApp;
let server: Listening;
beforeAll(async () => {
  t = await createTestApp({ seed: true, config: { bodyTimeoutMs: 600, stallTimeoutMs: 1500 } });
  server = await listen(t.app, { headersTimeoutMs: 1000 });
});
afterAll(async () => {
  await server.close();
  await t.drop();
});

interface Exchange {
  socket: net.Socket;
  /** Everything the server sent, and whether and when (ms after connecting) it closed the connection. */
  done: Promise<{ answer: string; closed: boolean; ms: number }>;
}

function connect(waitMs: number): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(new URL(server.base).port), '127.0.0.1', () => {
      const started = Date.now();
      let answer = '';
      socket.on('data', (d) => (answer += d.toString()));
      const done = new Promise<{ answer: string; closed: boolean; ms: number }>((end) => {
        const timer = setTimeout(() => end({ answer, closed: false, ms: Date.now() - started }), waitMs);
        socket.on('close', () => {
          clearTimeout(timer);
          end({ answer, closed: true, ms: Date.now() - started });
        });
      });
      resolve({ socket, done });
    });
    socket.on('error', () => undefined);
  });
}

/** Writes each of `parts` `everyMs` apart, while the socket is open. */
async function drip(socket: net.Socket, parts: string[], everyMs: number): Promise<void> {
  for (const part of parts) {
    if (socket.destroyed) return;
    socket.write(part);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

const importHead = (key: string) =>
  `POST /v1/import HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/x-ndjson\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n`;
const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
const actorLine = (n: number) => `${JSON.stringify({ type: 'actor', key: `slow-${n}`, kind: 'ngo', name: `Slow Upload ${n}` })}\n`;

test('headers sent a byte at a time are a 408 problem after HEADERS_TIMEOUT_MS, the connection closed', async () => {
  const { socket, done } = await connect(8000);
  void drip(socket, [...('GET /v1/claims HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(200))], 100);
  const { answer, closed, ms } = await done;
  socket.destroy();
  // Node's defaults had kept it for 60 s, checked every 30 s.
  expect(closed).toBe(true);
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(answer).toMatch(/content-type: application\/problem\+json/i);
  expect(ms).toBeLessThan(3000);
});

test('a connection that sends nothing is closed after HEADERS_TIMEOUT_MS', async () => {
  const { socket, done } = await connect(8000);
  const { closed, ms } = await done;
  socket.destroy();
  expect(closed).toBe(true);
  expect(ms).toBeLessThan(3000);
});

test('an import whose body stops arriving is a 408 problem after STALL_TIMEOUT_MS, nothing written', async () => {
  const before = await tableChecksums(t.db);
  const { socket, done } = await connect(10_000);
  socket.write(importHead(t.keys.editor) + chunk(actorLine(0)));
  const { answer, closed, ms } = await done;
  socket.destroy();
  expect(closed).toBe(true);
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(answer).toMatch(/content-type: application\/problem\+json/i);
  expect(answer).toContain('"field":"body"');
  expect(ms).toBeGreaterThanOrEqual(1400);
  expect(ms).toBeLessThan(5000);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('an import whose body keeps arriving is imported however long it takes, past every other time limit', async () => {
  const { socket, done } = await connect(20_000);
  socket.write(importHead(t.keys.editor));
  // A line every 400 ms for 4 s: longer than HEADERS_TIMEOUT_MS, BODY_TIMEOUT_MS and STALL_TIMEOUT_MS together.
  await drip(socket, [...Array.from({ length: 10 }, (_, n) => chunk(actorLine(n + 1))), '0\r\n\r\n'], 400);
  const { answer, closed } = await done;
  socket.destroy();
  expect(closed).toBe(true); // answered, then closed as the request asked
  expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  expect(await t.db('actors').where('name', 'like', 'Slow Upload %').count({ n: '*' })).toEqual([{ n: 10 }]);
});

describe('connections per address', () => {
  let capped: Listening;
  beforeAll(async () => {
    capped = await listen(t.app, { connectionsPerAddress: 5 });
  });
  afterAll(async () => {
    await capped.close();
  });

  const open = () =>
    new Promise<net.Socket>((resolve) => {
      const socket = net.connect(Number(new URL(capped.base).port), '127.0.0.1', () => resolve(socket));
      socket.on('error', () => undefined);
    });

  test('one address holding CONNECTIONS_PER_ADDRESS idle sockets gets a 503 problem for one more; a freed one is served again', async () => {
    // Before, every socket was accepted: one client with thousands of idle sockets held them HEADERS_TIMEOUT_MS each,
    // until the process ran out of file descriptors and every other client was refused.
    const idle = await Promise.all(Array.from({ length: 5 }, open));
    const refused = await fetch(`${capped.base}/health`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect((await refused.json()).errors).toEqual([{ field: 'connections', message: 'at most 5 open at once from one address' }]);
    idle[0].destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(`${capped.base}/health`, { headers: { Connection: 'close' } })).status).toBe(200);
    for (const s of idle) s.destroy();
  });
});
