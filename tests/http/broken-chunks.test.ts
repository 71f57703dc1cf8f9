// Second pass: left out, a body that breaks HTTP's framing is found by Node's parser and refused before it writes
// (tests/support/databaseSuites.ts).
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { rawExchange } from '../support/rawHttp';
import { tableChecksums } from '../support/tables';

/*
 * A chunked body that breaks HTTP's framing (a chunk size that is no number) is found by Node's parser after the
 * request went to express: the connection had closed with no answer at all. It is a 400 problem, as a malformed
 * request line is, then the connection closes; nothing is written.
 */
let t: TestApp;
let served: Listening;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  served = await listen(t.app);
});
afterAll(async () => {
  await served.close();
  await t.drop();
});

/** Sends raw bytes and reads until the server closes the connection. */
const exchange = (bytes: string) => rawExchange(served.base, bytes, 10_000);

test.each([
  ['POST', '/v1/actors', 'application/json'],
  ['PATCH', '/v1/claims/2', 'application/json'],
  ['POST', '/v1/import', 'application/x-ndjson'],
  ['GET', '/v1/claims/1', 'application/json'],
])('%s %s with a malformed chunk is a 400 problem, then the connection closes', async (method, path, type) => {
  const before = await tableChecksums(t.db);
  const answer = await exchange(
    `${method} ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: ${t.as.editor.Authorization}\r\nIf-Match: *\r\nContent-Type: ${type}\r\n` +
      'Transfer-Encoding: chunked\r\n\r\n5\r\n{"kin\r\nZZ\r\nd":"ngo"}\r\n0\r\n\r\n',
  );
  const [head, json] = answer.split('\r\n\r\n');
  expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
  expect(head).toContain('Content-Type: application/problem+json');
  expect(head).toContain('Connection: close');
  expect(JSON.parse(json)).toMatchObject({ status: 400, detail: 'The request is not well-formed HTTP.' });
  expect(await tableChecksums(t.db)).toEqual(before);
});
