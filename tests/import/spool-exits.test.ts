import request from 'supertest';
import { createTestApp, listen, type Listening, type TestApp } from '../support/app';
import { pollUntil } from '../support/disconnect';
import { spoolFilesOpen } from '../support/openFiles';
import { rawConnection, type RawConnection } from '../support/rawHttp';

/**
 * An import's spooled body is closed on every exit of its request: answered, refused on a line, refused past a limit,
 * its consumer stopping part-way, its client gone mid-body or mid-import, a resend replayed. A stream left open on the
 * deleted spool file holds its disk space until the process ends (six were found open in one jest worker).
 */
let t: TestApp;
let server: Listening;
beforeAll(async () => {
  t = await createTestApp({ seed: true, config: { importBodyLimit: 4 * 1024 * 1024, stallTimeoutMs: 1500 } });
  server = await listen(t.app);
});
afterAll(async () => {
  await server.close();
  await t.drop();
});

/** Several MB of rows: more than the streams between the file and the import buffer, so a reader that stops leaves most unread. */
const MANY = 3 * 1024 * 1024;
const post = (type: string, body: string, headers: Record<string, string> = {}) =>
  request(t.app).post('/v1/import').set(t.as.editor).set('Content-Type', type).set(headers).send(body);
/** No spool file is left open: polled, since the spool is removed after the answer has gone. */
const noneLeftOpen = () =>
  pollUntil(
    async () => spoolFilesOpen(),
    (open) => open.length === 0,
    100,
  );

test('a CSV whose header is refused closes its spool, though most of it was never read', async () => {
  const csv = 'not,the,export\n' + 'a,b,c\n'.repeat(MANY / 6);
  const res = await post('text/csv', csv).expect(422);
  expect(res.body.errors[0]).toMatchObject({ line: 1 });
  expect(await noneLeftOpen()).toEqual([]);
});

test('an NDJSON import stopped at its error limit, and one answered whole, close their spools', async () => {
  const bad = '{"type":"actor","kind":"nobody"}\n'.repeat(MANY / 33);
  await post('application/x-ndjson', bad).expect(422);
  expect(await noneLeftOpen()).toEqual([]);
  const good = JSON.stringify({
    type: 'actor',
    key: 'spool-exits',
    kind: 'government_agency',
    name: 'Spool Exits Ministry',
    country: 'KZ',
  });
  await post('application/x-ndjson', `${good}\n`).expect(200);
  expect(await noneLeftOpen()).toEqual([]);
});

test('a body past IMPORT_BODY_LIMIT, and a resend replayed by its Idempotency-Key, close their spools', async () => {
  await post('application/x-ndjson', 'x'.repeat(5 * 1024 * 1024)).expect(413);
  expect(await noneLeftOpen()).toEqual([]);
  const line = JSON.stringify({
    type: 'actor',
    key: 'spool-replay',
    kind: 'government_agency',
    name: 'Spool Replay Ministry',
    country: 'KZ',
  });
  const first = await post('application/x-ndjson', `${line}\n`, { 'Idempotency-Key': 'spool-exits-1' }).expect(200);
  const again = await post('application/x-ndjson', `${line}\n`, { 'Idempotency-Key': 'spool-exits-1' }).expect(200);
  expect(again.body).toEqual(first.body);
  expect(await noneLeftOpen()).toEqual([]);
});

/** Opens a connection and sends the request's head and `sent` bytes of a body of `length`. */
async function startImport(length: number, sent: string): Promise<RawConnection> {
  const connection = rawConnection(server.base, 60_000);
  await connection.opened;
  connection.write(
    `POST /v1/import HTTP/1.1\r\nHost: ledger\r\nAuthorization: Bearer ${t.keys.editor}\r\n` +
      `Content-Type: text/csv\r\nContent-Length: ${length}\r\n\r\n${sent}`,
  );
  return connection;
}

/** Sends `sent` bytes of a body of `length`, waits `waitMs`, then hangs up. */
async function hangUp(length: number, sent: string, waitMs: number): Promise<void> {
  const connection = await startImport(length, sent);
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  connection.socket.destroy();
}

test('a client gone mid-body, and one gone once its body was sent, leave no spool open', async () => {
  const rows = 'not,the,export\n' + 'a,b,c\n'.repeat(MANY / 6);
  await hangUp(rows.length * 2, rows, 300);
  expect(await noneLeftOpen()).toEqual([]);
  await hangUp(rows.length, rows, 50);
  expect(await noneLeftOpen()).toEqual([]);
});

test('a body that stops arriving is a 408, and its spool is closed', async () => {
  const connection = await startImport(1_000_000, 'not,the,export\n' + 'a,b,c\n'.repeat(10_000));
  const answer = await connection.closed;
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(await noneLeftOpen()).toEqual([]);
});
