import http from 'node:http';
import request from 'supertest';
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { pollUntil } from '../support/disconnect';
import { poolOf, untilPoolIdle } from '../support/pool';
import { rawConnection, rawExchange, statusesIn } from '../support/rawHttp';
import { tableChecksums } from '../support/tables';

/*
 * Connections that lie about their bodies, stop half-way, pipeline behind a refusal or leave while their transaction
 * commits, each on a raw socket: never a 5xx, a hang or a stack trace; nothing half-written; a waiting body holds no
 * database connection and no long-work slot.
 */
const BODY_TIMEOUT_MS = 1500;
let t: TestApp;
let served: Listening;
beforeAll(async () => {
  t = await createTestApp({
    seed: true,
    config: { bodyTimeoutMs: BODY_TIMEOUT_MS, stallTimeoutMs: BODY_TIMEOUT_MS, longWorkMax: 1, longWorkWaitMs: 0 },
  });
  served = await listen(t.app);
});
afterAll(async () => {
  await served.close();
  await t.drop();
});

const actor = (name: string) => JSON.stringify({ kind: 'person', name });
const head = (method: string, path: string, headers: Record<string, string | number>) =>
  `${method} ${path} HTTP/1.1\r\nHost: x\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;

/** The responses in raw text: each status with its head and its body (bodies are length-delimited JSON here). */
function responses(text: string): { status: number; head: string; body: string }[] {
  const found: { status: number; head: string; body: string }[] = [];
  let rest = text;
  while (rest.startsWith('HTTP/1.1 ')) {
    const end = rest.indexOf('\r\n\r\n');
    const h = rest.slice(0, end);
    const length = Number(/\r\ncontent-length: (\d+)/i.exec(h)?.[1] ?? 0);
    found.push({ status: Number(h.slice(9, 12)), head: h, body: rest.slice(end + 4, end + 4 + length) });
    rest = rest.slice(end + 4 + length);
  }
  return found;
}

test('bodies that stop short of their Content-Length or trickle hold no database connection and no long-work slot, then are 408 problems', async () => {
  const before = await tableChecksums(t.db);
  const editor = t.as.editor.Authorization;
  const body = actor('Never Finished');
  const waiting = [
    // JSON declared longer than sent, then silence
    ...Array.from({ length: 6 }, () => [
      head('POST', '/v1/actors', { Authorization: editor, 'Content-Type': 'application/json', 'Content-Length': body.length + 50 }),
      body,
    ]),
    // an import declared longer than sent, then silence
    ...Array.from({ length: 3 }, () => [
      head('POST', '/v1/import', { Authorization: editor, 'Content-Type': 'application/x-ndjson', 'Content-Length': 5000 }),
      '{"type":"actor","kind":"person","name":"Half"}\n',
    ]),
    // a chunked JSON body whose last chunk never comes
    ...Array.from({ length: 3 }, () => [
      head('POST', '/v1/actors', { Authorization: editor, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }),
      `${body.length.toString(16)}\r\n${body}\r\n`,
    ]),
  ];
  // The client ports of the requests whose heads the server has read.
  const headsRead = new Set<number | undefined>();
  const onRequest = (req: http.IncomingMessage) => headsRead.add(req.socket.remotePort);
  served.server.on('request', onRequest);
  const connections = waiting.map(([h, b]) => {
    const c = rawConnection(served.base);
    c.write(h + b);
    return c;
  });
  // Every head read, every body awaited: waited for, not slept on, so that under load none is still unread.
  const allRead = () => connections.every((c) => headsRead.has(c.socket.localPort));
  expect(
    await pollUntil(
      async () => allRead(),
      (read) => read,
      400,
    ),
  ).toBe(true);
  served.server.off('request', onRequest);
  // More waiting bodies than the pool has connections, and than there are long-work slots (one): none is held. (The
  // pool is idle between the rate limit's and the key's own short queries.)
  expect(
    await pollUntil(
      async () => poolOf(t.db).numUsed(),
      (used) => used === 0,
      10,
    ),
  ).toBe(0);
  expect(connections.map((c) => c.received())).toEqual(connections.map(() => ''));
  await request(served.base).get('/v1/claims/1').expect(200);
  await request(served.base).get('/v1/export/claims').expect(200);
  const answers = await Promise.all(connections.map((c) => c.closed));
  for (const answer of answers) {
    const [only, ...more] = responses(answer);
    expect(only.status).toBe(408);
    expect(only.head).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(only.body)).toMatchObject({ status: 408, errors: [{ field: 'body' }] });
    expect(more).toEqual([]);
  }
  expect(await untilPoolIdle(t.db)).toBe(0);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a Content-Length shorter than the body: the rest is read as a request, not well-formed: 400 problems, the connection closed, nothing saved', async () => {
  const before = await tableChecksums(t.db);
  const body = actor('Said Less');
  const answer = await rawExchange(
    served.base,
    head('POST', '/v1/actors', { ...t.as.editor, 'Content-Type': 'application/json', 'Content-Length': 12 }) + body,
  );
  // The cut body may be answered first (it is no JSON), or the parser's error on the rest found before it is.
  const answers = responses(answer);
  expect(answers.length).toBeGreaterThanOrEqual(1);
  expect(answers.length).toBeLessThanOrEqual(2);
  for (const { status, head: h, body: json } of answers) {
    expect(status).toBe(400);
    expect(h).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(json)).toMatchObject({ status: 400 });
  }
  expect(answers.at(-1)!.head).toContain('Connection: close');
  expect(JSON.parse(answers.at(-1)!.body)).toMatchObject({ detail: 'The request is not well-formed HTTP.' });
  expect(answer.length).toBe(answers.reduce((n, a) => n + a.head.length + 4 + a.body.length, 0));
  expect(await tableChecksums(t.db)).toEqual(before);
});

/** Each way of refusing a request with a body, followed on the same connection by a GET of the seed claim. */
const refusals: [string, number, string, Record<string, string>, string][] = [
  ['an unknown key', 401, '/v1/actors', { Authorization: 'Bearer nope', 'Content-Type': 'application/json' }, actor('Unknown Keyholder')],
  ['a reader key', 403, '/v1/actors', { Authorization: 'READER', 'Content-Type': 'application/json' }, actor('Only Reads')],
  ['a body that is no JSON', 400, '/v1/actors', { Authorization: 'EDITOR', 'Content-Type': 'application/json' }, '{"kind":,'],
  ['a body that is not JSON at all', 415, '/v1/actors', { Authorization: 'EDITOR', 'Content-Type': 'text/plain' }, 'hello there'],
  ['a body failing the schema', 400, '/v1/actors', { Authorization: 'EDITOR', 'Content-Type': 'application/json' }, '{"kind":12}'],
  [
    'an unexpected Expect',
    417,
    '/v1/actors',
    { Authorization: 'EDITOR', 'Content-Type': 'application/json', Expect: '200-ok' },
    actor('Expected'),
  ],
  [
    'a body over BODY_LIMIT',
    413,
    '/v1/actors',
    { Authorization: 'EDITOR', 'Content-Type': 'application/json' },
    `{"name":"${'x'.repeat(1024 * 1024)}"}`,
  ],
  ['an unknown route', 404, '/v1/nowhere', { Authorization: 'EDITOR', 'Content-Type': 'application/json' }, '{}'],
];

test.each(refusals)(
  'a request pipelined after one refused for %s is answered on its own, never read from the refused body',
  async (_why, status, path, headers, body) => {
    const before = await tableChecksums(t.db);
    const keys: Record<string, string> = { READER: t.as.reader.Authorization, EDITOR: t.as.editor.Authorization };
    const authorization = keys[headers.Authorization] ?? headers.Authorization;
    const answer = await rawExchange(
      served.base,
      head('POST', path, { ...headers, Authorization: authorization, 'Content-Length': Buffer.byteLength(body) }) +
        body +
        head('GET', '/v1/claims/1', { Connection: 'close' }),
    );
    const [refused, next, ...more] = responses(answer);
    expect(refused.status).toBe(status);
    expect(refused.head).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(refused.body)).toMatchObject({ status });
    // The refusal closed the connection, or the next request was read whole after its body and answered.
    if (next === undefined) expect(refused.head).toContain('Connection: close');
    else {
      expect(next.status).toBe(200);
      expect(JSON.parse(next.body)).toMatchObject({ id: 1 });
    }
    expect(more).toEqual([]);
    expect(await tableChecksums(t.db)).toEqual(before);
  },
);

test('Expect: 100-continue whose body never comes is a 408 problem, nothing held', async () => {
  const connection = rawConnection(served.base);
  connection.write(
    head('POST', '/v1/actors', { ...t.as.editor, 'Content-Type': 'application/json', 'Content-Length': 40, Expect: '100-continue' }),
  );
  const answer = await connection.closed;
  expect(statusesIn(answer)).toEqual([100, 408]);
  expect(answer).toContain('"field":"body"');
  expect(await untilPoolIdle(t.db)).toBe(0);
});

test('a keyed POST whose client leaves at any moment of its request is saved once or not at all, and its resend answers as the first', async () => {
  const editor = t.as.editor.Authorization;
  for (let i = 0; i < 12; i++) {
    const name = `Left at ${i}`;
    const body = actor(name);
    const keyed = head('POST', '/v1/actors', {
      Authorization: editor,
      'Content-Type': 'application/json',
      'Content-Length': body.length,
      'Idempotency-Key': `leaving-${i}`,
    });
    const connection = rawConnection(served.base);
    connection.write(keyed + body);
    await new Promise((resolve) => setTimeout(resolve, i * 4));
    connection.socket.destroy();
    const resend = await request(served.base)
      .post('/v1/actors')
      .set(t.as.editor)
      .set('Idempotency-Key', `leaving-${i}`)
      .send(JSON.parse(body));
    expect(resend.status).toBe(201);
    const rows = await t.db('actors').where({ name });
    expect(rows).toHaveLength(1);
    expect(resend.body).toMatchObject({ id: rows[0].id, name });
  }
  expect(await untilPoolIdle(t.db)).toBe(0);
});

test('one Idempotency-Key sent by two API keys at once: each key gets its own answer, neither sees the other', async () => {
  const send = (as: { Authorization: string }, name: string) =>
    request(served.base).post('/v1/actors').set(as).set('Idempotency-Key', 'shared-by-two').send({ kind: 'person', name });
  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? send(t.as.editor, 'Of The Editor') : send(t.as.admin, 'Of The Admin'))),
  );
  const editorRows = await t.db('actors').where({ name: 'Of The Editor' });
  const adminRows = await t.db('actors').where({ name: 'Of The Admin' });
  expect([editorRows.length, adminRows.length]).toEqual([1, 1]);
  answers.forEach((res, i) => {
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject(
      i % 2 === 0 ? { id: editorRows[0].id, name: 'Of The Editor' } : { id: adminRows[0].id, name: 'Of The Admin' },
    );
  });
});
