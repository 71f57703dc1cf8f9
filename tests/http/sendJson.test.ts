import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { Express } from 'express';
import { sendJson } from '../../src/http/pagination';

/*
 * sendJson writes a page without express's res.json (speed27): every answer must be the one res.json gives, byte for
 * byte (status, header lines in their order, body), on the requests it serves itself and on those it leaves to res.json.
 */

const BODY = {
  data: [{ id: 1, quote: 'Zoë said "about 40"\u2028\u0007 — ☃', value: 1.5, none: null }],
  next: '/v1/claims?cursor=WyJpZCIsbnVsbCwxXQ',
};

interface Raw {
  status: number;
  headers: string[];
  body: Buffer;
}

function ask(app: Express, method: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const req = http.request(
        { host: '127.0.0.1', port, path: '/page?x=1', method, headers: { connection: 'close', ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            server.close();
            const lines: string[] = [];
            for (let i = 0; i < res.rawHeaders.length; i += 2)
              if (res.rawHeaders[i].toLowerCase() !== 'date') lines.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
            resolve({ status: res.statusCode!, headers: lines, body: Buffer.concat(chunks) });
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
  });
}

/** An app set up as the ledger's (src/app.ts), then `configure`d, answering /page with `answer`. */
function appWith(answer: (req: express.Request, res: express.Response) => void, configure: (app: Express) => void): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  configure(app);
  app.get('/page', (req, res) => {
    res.setHeader('X-Request-Id', 'r-1');
    res.set('Link', '</page?cursor=x>; rel="next"');
    answer(req, res);
  });
  return app;
}

const SETUPS: [string, (app: Express) => void][] = [
  ['the ledger’s settings', () => undefined],
  ['ETags generated', (app) => app.set('etag', 'strong')],
  ['JSON indented', (app) => app.set('json spaces', 2)],
  ['JSON escaped', (app) => app.set('json escape', true)],
  ['a JSON replacer', (app) => app.set('json replacer', (_k: string, v: unknown) => (v === null ? 'NULL' : v))],
];

const REQUESTS: [string, string, Record<string, string>][] = [
  ['a GET', 'GET', {}],
  ['a HEAD', 'HEAD', {}],
  ['If-None-Match: * (a 304 from res.json)', 'GET', { 'if-none-match': '*' }],
  ['If-None-Match with a tag', 'GET', { 'if-none-match': '"abc"' }],
  ['If-Modified-Since', 'GET', { 'if-modified-since': 'Wed, 21 Oct 2015 07:28:00 GMT' }],
  ['Cache-Control: no-cache with If-None-Match: *', 'GET', { 'if-none-match': '*', 'cache-control': 'no-cache' }],
];

describe.each(SETUPS)('sendJson answers as res.json does, with %s', (_name, configure) => {
  test.each(REQUESTS)('%s', async (_what, method, headers) => {
    const expected = await ask(
      appWith((_req, res) => res.json(BODY), configure),
      method,
      headers,
    );
    const got = await ask(
      appWith((req, res) => sendJson(req, res, BODY), configure),
      method,
      headers,
    );
    expect(got.status).toBe(expected.status);
    expect(got.headers).toEqual(expected.headers);
    expect(got.body.equals(expected.body)).toBe(true);
  });
});

test('sendJson keeps a Content-Type already set, with its charset, as res.json does', async () => {
  const configure = () => undefined;
  const typed = (send: (req: express.Request, res: express.Response) => void) =>
    appWith((req, res) => {
      res.type('application/problem+json');
      send(req, res);
    }, configure);
  const expected = await ask(
    typed((_req, res) => res.json(BODY)),
    'GET',
    {},
  );
  const got = await ask(
    typed((req, res) => sendJson(req, res, BODY)),
    'GET',
    {},
  );
  expect(got.headers).toContain('Content-Type: application/problem+json; charset=utf-8');
  expect(got).toEqual(expected);
});

test('a plain GET is written in one piece with its headers, as express writes it', async () => {
  const got = await ask(
    appWith(
      (req, res) => sendJson(req, res, BODY),
      () => undefined,
    ),
    'GET',
    {},
  );
  expect(got.status).toBe(200);
  expect(got.headers).toEqual([
    'X-Request-Id: r-1',
    'Link: </page?cursor=x>; rel="next"',
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(JSON.stringify(BODY))}`,
    'Connection: close',
  ]);
  expect(JSON.parse(got.body.toString('utf8'))).toEqual(BODY);
});
