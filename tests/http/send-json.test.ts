import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { Response } from 'express';
import { sendJson } from '../../src/http/sendJson';

/**
 * sendJson answers what `res.json` answers in the app (ETags off): the same status, headers in the same order and
 * body, for small and large bodies, HEAD, a fresh request's 304 and a Content-Type set before; but a large body goes
 * to the socket as the string it is, joined to the head, where express's `res.send` copies it into a Buffer that node
 * writes as a second chunk.
 */
const body = (size: number) => ({ data: Array.from({ length: size }, (_, i) => ({ id: i, text: `é “${i}” <b>&` })), next: null });

/** What the response's socket was given to write: each chunk's kind, and the text of the string chunks. */
function recordWrites(res: Response): { kinds: string[]; text: string } {
  const written = { kinds: [] as string[], text: '' };
  const socket = res.socket!;
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  socket.write = ((chunk: unknown, ...rest: unknown[]) => {
    written.kinds.push(Buffer.isBuffer(chunk) ? 'buffer' : typeof chunk);
    if (typeof chunk === 'string') written.text += chunk;
    return write(chunk, ...rest);
  }) as typeof socket.write;
  return written;
}

let server: http.Server;
let base: string;
const writes = new Map<string, { kinds: string[]; text: string }>();

beforeAll(async () => {
  const app = express();
  app.set('etag', false);
  for (const [name, send] of [
    ['json', (res: Response, value: unknown) => void res.json(value)],
    ['sendJson', sendJson],
  ] as const) {
    app.get(`/${name}/:size`, (req, res) => {
      writes.set(`${name} ${req.params.size} ${req.method}`, recordWrites(res));
      res.set('Link', '</next>; rel="next"');
      if (req.query.type) res.type(String(req.query.type));
      send(res, body(Number(req.params.size)));
    });
  }
  server = app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

function get(path: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: string[]; body: string }>((resolve, reject) => {
    http
      .request(`${base}${path}`, { method, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            headers: res.rawHeaders.filter((_, i, raw) => raw[i - (i % 2)].toLowerCase() !== 'date'),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      })
      .on('error', reject)
      .end();
  });
}

test.each([
  ['0', 'GET', {}],
  ['3', 'GET', {}], // under express's 1,000 characters: a string either way
  ['40', 'GET', {}],
  ['3000', 'GET', {}],
  ['40', 'HEAD', {}],
  ['40', 'GET', { 'If-None-Match': '*' }],
  ['40', 'HEAD', { 'If-None-Match': '*' }],
  ['40', 'GET', { 'If-None-Match': '"x"' }],
  ['40?type=application/problem%2Bjson', 'GET', {}],
  ['40?type=application/json;%20charset=latin1', 'GET', {}],
] as [string, string, Record<string, string>][])('/%s %s %j: the answer res.json gives', async (path, method, headers) => {
  const expected = await get(`/json/${path}`, method, headers);
  const answer = await get(`/sendJson/${path}`, method, headers);
  expect(answer).toEqual(expected);
  if (method === 'GET' && !headers['If-None-Match']) expect(JSON.parse(answer.body)).toEqual(body(Number(path.split('?')[0])));
});

test('a large body is written to the socket as one string with the head, not as a Buffer', async () => {
  const answer = await get('/sendJson/3000');
  expect(answer.body.length).toBeGreaterThan(100_000);
  const written = writes.get('sendJson 3000 GET')!;
  expect(written.kinds).not.toContain('buffer');
  expect(written.text.startsWith('HTTP/1.1 200 OK\r\n')).toBe(true);
  expect(written.text.endsWith(`\r\n\r\n${answer.body}`)).toBe(true);
  // what res.json does with the same body (the reason for sendJson)
  await get('/json/3000');
  expect(writes.get('json 3000 GET')!.kinds).toContain('buffer');
});
