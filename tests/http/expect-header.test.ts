import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { rawConnection } from '../support/rawHttp';
import { tableChecksums } from '../support/tables';

/*
 * Expect is answered before express runs: Node sends "100 Continue" for 100-continue, and for any other expectation
 * had answered a bare 417 with no body, the one error of the server that was not a problem.
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

/** Sends `head`, then `body` if the server answers "100 Continue", and reads until the server closes or `until` is seen. */
async function exchange(head: string, body: string, until: RegExp): Promise<string> {
  const connection = rawConnection(served.base);
  connection.write(head);
  if ((await connection.until(/\r\n\r\n/)).startsWith('HTTP/1.1 100 Continue\r\n\r\n')) connection.write(body);
  const text = await connection.until(until);
  connection.socket.destroy();
  return text;
}

test('an expectation other than 100-continue is a 417 problem naming Expect, and nothing is written', async () => {
  const before = await tableChecksums(t.db);
  const body = JSON.stringify({ kind: 'ngo', name: 'Expected' });
  const answer = await exchange(
    `POST /v1/actors HTTP/1.1\r\nHost: x\r\nAuthorization: ${t.as.editor.Authorization}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${body.length}\r\nExpect: 200-ok\r\n\r\n${body}`,
    '',
    /\}$/,
  );
  const [head, json] = answer.split('\r\n\r\n');
  expect(head).toMatch(/^HTTP\/1\.1 417 Expectation Failed\r\n/);
  expect(head).toContain('Content-Type: application/problem+json');
  expect(JSON.parse(json)).toMatchObject({ status: 417, errors: [{ field: 'Expect', message: 'must be 100-continue or left out' }] });
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('100-continue is still answered "100 Continue", then the request runs', async () => {
  const body = JSON.stringify({ kind: 'ngo', name: 'Continued' });
  const answer = await exchange(
    `POST /v1/actors HTTP/1.1\r\nHost: x\r\nAuthorization: ${t.as.editor.Authorization}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
    body,
    /"name":"Continued"/,
  );
  expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 201 Created\r\n/);
});

test('a body declared over BODY_LIMIT is a 413 problem from its head alone: no "100 Continue", nothing read, the connection closed', async () => {
  const before = await tableChecksums(t.db);
  const declared = 50 * 1024 * 1024;
  for (const expect100 of [true, false]) {
    const connection = rawConnection(served.base);
    // Before: "100 Continue", then no answer until all 50 MB had come (the parser read them to drop them), or a 408.
    connection.write(
      `POST /v1/actors HTTP/1.1\r\nHost: x\r\nAuthorization: ${t.as.editor.Authorization}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${declared}\r\n${expect100 ? 'Expect: 100-continue\r\n' : ''}\r\n{"kind":`,
    );
    const text = await connection.closed;
    const [head, json] = text.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 413 /);
    expect(head).toContain('Content-Type: application/problem+json');
    expect(JSON.parse(json)).toMatchObject({ status: 413, errors: [{ field: 'body' }] });
  }
  expect(await tableChecksums(t.db)).toEqual(before);
});

test.each([
  ['a revoked or unknown key', 'Bearer not-a-key-of-this-ledger', 401],
  ['a malformed Authorization header', 'Basic dXNlcjpwYXNz', 401],
  ['no key', undefined, 401],
  ['a reader key', 'reader', 403],
])('a write with %s is refused from its head: no "100 Continue", no body read, nothing written', async (_name, authorization, status) => {
  const before = await tableChecksums(t.db);
  const key = authorization === 'reader' ? t.as.reader.Authorization : authorization;
  for (const [method, path] of [
    ['POST', '/v1/actors'],
    ['PATCH', '/v1/claims/1'],
    ['POST', '/v1/import'],
  ]) {
    const connection = rawConnection(served.base);
    // Before: "100 Continue" (the body checks ran before the key was looked at), then a 408 when no body came.
    connection.write(
      `${method} ${path} HTTP/1.1\r\nHost: x\r\n${key ? `Authorization: ${key}\r\n` : ''}Content-Type: application/json\r\n` +
        `Content-Length: 100\r\nExpect: 100-continue\r\n\r\n`,
    );
    const text = await connection.until(/\}$/);
    connection.socket.destroy();
    const [head, json] = text.split('\r\n\r\n');
    expect(head).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(head).toContain('Content-Type: application/problem+json');
    expect(JSON.parse(json)).toMatchObject({ status });
  }
  expect(await tableChecksums(t.db)).toEqual(before);
});
