import type { Request, Response } from 'express';
import { sendJson } from './sendJson';

/**
 * A request target the URL parser gives back unchanged: a path of plain segments (no dot segment, escape, backslash
 * or empty segment) and a query of printable ASCII without a fragment. Its query, read as a form, is the one the
 * parser's `searchParams` would read, so its next link needs no URL parsed.
 */
const PLAIN_TARGET = /^((?:\/[\w-]+)+\/?|\/)(?:\?([\x21\x22\x24-\x7e]*))?$/;

/** The request target of the page after this one: the request's own, with `cursor` set as URL's `searchParams.set` sets it. */
export function nextTarget(originalUrl: string, cursor: string): string {
  const plain = PLAIN_TARGET.exec(originalUrl);
  if (plain) {
    const query = new URLSearchParams(`?${plain[2] ?? ''}`); // its own leading `?` read as the start, as URL reads it
    query.set('cursor', cursor);
    return `${plain[1]}?${query.toString()}`;
  }
  const url = new URL(originalUrl, 'http://x');
  url.searchParams.set('cursor', cursor);
  return url.pathname + url.search;
}

/** The link to the page after this one (also set as a Link header), null on the last page. */
export function nextLink(req: Request, res: Response, nextCursor: string | null): string | null {
  if (!nextCursor) return null;
  const next = nextTarget(req.originalUrl, nextCursor);
  res.set('Link', `<${next}>; rel="next"`);
  return next;
}

/** A page of results: `data`, the `next` link (also in a Link header), null on the last page. */
export function sendPage<T>(req: Request, res: Response, data: T[], nextCursor: string | null, extra: object = {}): void {
  sendJson(res, { data, next: nextLink(req, res, nextCursor), ...extra });
}
