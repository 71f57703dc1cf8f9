import type { Request, Response } from 'express';

/** The link to the page after this one (also set as a Link header), null on the last page. */
export function nextLink(req: Request, res: Response, nextCursor: string | null): string | null {
  if (!nextCursor) return null;
  const url = new URL(req.originalUrl, 'http://x');
  url.searchParams.set('cursor', nextCursor);
  const next = url.pathname + url.search;
  res.set('Link', `<${next}>; rel="next"`);
  return next;
}

/**
 * Writes `body` as JSON with the headers and bytes express's `res.json` writes, without its general path (a MIME
 * lookup and a charset rewrite of the Content-Type, a copy of the text into a Buffer, ETag and freshness checks): the
 * list's page is the ledger's most frequent answer (bench/README.md, speed27). Whatever that general path decides on its
 * own is left to it: a HEAD, a conditional request (If-None-Match, If-Modified-Since: `req.fresh` may make it a 304),
 * a Content-Type or Transfer-Encoding already set, an app that generates ETags or formats its JSON.
 */
export function sendJson(req: Request, res: Response, body: unknown): void {
  const app = req.app;
  if (
    req.method !== 'GET' ||
    req.headers['if-none-match'] !== undefined ||
    req.headers['if-modified-since'] !== undefined ||
    res.hasHeader('content-type') ||
    res.hasHeader('transfer-encoding') ||
    app.get('etag fn') ||
    app.get('json replacer') !== undefined ||
    app.get('json spaces') !== undefined ||
    app.get('json escape')
  ) {
    res.json(body);
    return;
  }
  const text = JSON.stringify(body);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

/** A page of results: `data`, the `next` link (also in a Link header), null on the last page. */
export function sendPage<T>(req: Request, res: Response, data: T[], nextCursor: string | null, extra: object = {}): void {
  sendJson(req, res, { data, next: nextLink(req, res, nextCursor), ...extra });
}
