import request from 'supertest';
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { rawConnection } from '../support/rawHttp';
import { tableChecksums } from '../support/tables';
import { within } from '../support/within';

let t: TestApp;
let server: Listening;
beforeAll(async () => {
  t = await createTestApp({ config: { bodyTimeoutMs: 600 } });
  server = await listen(t.app);
});
afterAll(async () => {
  await server.close();
  await t.drop();
});

/** Sends a request's head, then its JSON body a byte every 100 ms; what came back, when, and whether the socket was closed. */
async function trickle(path: string, key: string): Promise<{ answer: string; ms: number; closed: boolean }> {
  const body = JSON.stringify({ kind: 'person', name: 'Slow Loris' });
  const connection = rawConnection(server.base);
  const { socket } = connection;
  const started = Date.now();
  connection.write(
    `POST ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
  );
  let i = 0;
  const drip = setInterval(() => {
    if (i < body.length && !socket.destroyed) socket.write(body[i++]);
  }, 100);
  const closed = await within(
    connection.closed.then(() => true),
    5000,
    false,
  );
  clearInterval(drip);
  socket.destroy();
  return { answer: connection.received(), ms: Date.now() - started, closed };
}

test('a JSON body trickled a byte at a time is a 408 problem once BODY_TIMEOUT_MS has passed, its connection closed, nothing saved', async () => {
  const before = await tableChecksums(t.db);
  const { answer, ms, closed } = await trickle('/v1/actors', t.keys.editor);
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(answer).toMatch(/content-type: application\/problem\+json/i);
  expect(answer).toContain('"field":"body"');
  expect(closed).toBe(true);
  expect(ms).toBeLessThan(3000);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a body sent at once is read as before', async () => {
  await request(server.base).post('/v1/actors').set(t.as.editor).send({ kind: 'person', name: 'Quick' }).expect(201);
});
