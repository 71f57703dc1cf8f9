import type { Response } from 'express';

/**
 * `res.json(body)` as express answers it in this app (no ETag generated: `app.set('etag', false)`; no JSON replacer,
 * spaces or escape set), with the JSON text handed to node as the string it is. express's `res.send` turns a text of
 * 1,000 characters or more into a Buffer (a copy of the answer, held outside the heap until the socket has written
 * it), and node then hands the socket the head and that Buffer as two chunks (`writev`); a string body is joined to
 * the head in one chunk, as the bare server's `res.end(text)` is. The same headers, the same 304 for a request that
 * is fresh (`If-None-Match: *`), the same empty body for HEAD. An answer whose Content-Type or Transfer-Encoding is
 * already set goes through `res.json`.
 */
export function sendJson(res: Response, body: unknown): void {
  if (res.get('Content-Type') !== undefined || res.get('Transfer-Encoding') !== undefined) return void res.json(body);
  const text = JSON.stringify(body);
  if (res.req.fresh) return void res.status(304).end();
  res.set('Content-Type', 'application/json; charset=utf-8');
  res.set('Content-Length', String(Buffer.byteLength(text, 'utf8')));
  if (res.req.method === 'HEAD') return void res.end();
  res.end(text, 'utf8');
}
