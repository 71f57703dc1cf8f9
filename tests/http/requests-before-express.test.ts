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

test('a header read once (Host, Authorization, Content-Type, Content-Length) given twice is a 400 problem naming it, and nothing is written', async () => {
  // Before: Node kept the first and dropped the other without a word; a proxy reading the last had seen another Host or key.
  const body = '{"kind":"person","name":"Given Twice"}';
  const cases: [string, string, string][] = [
    ['GET /health HTTP/1.1\r\nHost: ledger.example\r\nHost: evil.example\r\n\r\n', 'Host', 'is given 2 times; a request gives it once'],
    [
      `POST /v1/actors HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t.keys.admin}\r\nAuthorization: Bearer ${t.keys.reader}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      'Authorization',
      'is given 2 times; a request gives it once',
    ],
    [
      `POST /v1/actors HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t.keys.admin}\r\nContent-Type: application/json\r\ncontent-type: text/csv\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      'Content-Type',
      'is given 2 times; a request gives it once',
    ],
  ];
  for (const [request, field, message] of cases) {
    expect(answer(await rawExchange(served.base, request, 5000))).toEqual({
      status: 'HTTP/1.1 400 Bad Request',
      type: 'application/problem+json',
      body: expect.objectContaining({ status: 400, errors: [{ field, message }] }),
    });
  }
  // Two Content-Lengths: Node's parser refuses them itself, a problem too.
  const lengths = await rawExchange(
    served.base,
    `POST /v1/actors HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t.keys.admin}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nContent-Length: 2\r\n\r\n${body}`,
    5000,
  );
  expect(answer(lengths)).toMatchObject({ status: 'HTTP/1.1 400 Bad Request', type: 'application/problem+json' });
  expect(await t.db('actors').where({ name: 'Given Twice' }).count('* as n')).toEqual([{ n: 0 }]);
  // Headers that hold lists (two Cookie or Accept headers) are read joined, as HTTP says: answered as usual.
  const cookies = await rawExchange(
    served.base,
    'GET /health HTTP/1.1\r\nHost: x\r\nCookie: a=1\r\nCookie: b=2\r\nConnection: close\r\n\r\n',
    5000,
  );
  expect(cookies).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
});
