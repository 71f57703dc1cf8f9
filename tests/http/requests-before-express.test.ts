import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { rawExchange } from '../support/rawHttp';

/*
 * Requests Node answers before express sees them: each is a problem, and the connection is closed. A CONNECT had been
 * met with a closed connection and no answer at all, an HTTP/1.1 request without Host with Node's bare 400 (no body).
 */
let t: TestApp;
let served: Listening;
beforeAll(async () => {
  t = await createTestApp();
  served = await listen(t.app);
});
afterAll(async () => {
  await served.close();
  await t.drop();
});

/** The status line, Content-Type and body of a single answer. */
function answer(text: string): { status: string; type: string | undefined; body: { status: number; errors: unknown[] } } {
  const [head, body] = text.split('\r\n\r\n');
  return {
    status: head.split('\r\n')[0],
    type: /\r\ncontent-type: ([^\r]+)/i.exec(head)?.[1],
    body: JSON.parse(body),
  };
}

test('CONNECT is a 501 problem naming the method, and the connection closes', async () => {
  const text = await rawExchange(served.base, 'CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n', 5000);
  expect(answer(text)).toEqual({
    status: 'HTTP/1.1 501 Not Implemented',
    type: 'application/problem+json',
    body: expect.objectContaining({ status: 501, errors: [{ field: 'method', message: 'CONNECT is not served' }] }),
  });
});

test('an HTTP/1.1 request without Host is a 400 problem naming Host; HTTP/1.0 needs none', async () => {
  const text = await rawExchange(served.base, 'GET /health HTTP/1.1\r\n\r\n', 5000);
  expect(answer(text)).toEqual({
    status: 'HTTP/1.1 400 Bad Request',
    type: 'application/problem+json',
    body: expect.objectContaining({ status: 400, errors: [{ field: 'Host', message: 'is required in HTTP/1.1' }] }),
  });
  const old = await rawExchange(served.base, 'GET /health HTTP/1.0\r\n\r\n', 5000);
  expect(old).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
});
