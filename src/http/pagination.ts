import type { Request, Response } from 'express';
import { BadRequestError } from './errors';
import { QueryRecord, textParam } from './params';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/** `limit` from the query string; a listing whose rows are larger or smaller may have its own default and maximum. */
export function parseLimit(query: QueryRecord, { fallback = DEFAULT_LIMIT, max = MAX_LIMIT } = {}): number {
  const raw = textParam(query, 'limit');
  if (raw === undefined) return fallback;
  if (!/^[0-9]{1,4}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new BadRequestError(`limit must be an integer from 1 to ${max}.`, [{ field: 'limit', message: `must be an integer from 1 to ${max}` }]);
  }
  return Number(raw);
}

/** Cursors are opaque to clients: base64url of a JSON array of the last row's sort keys. */
export function encodeCursor(keys: unknown[]): string {
  return Buffer.from(JSON.stringify(keys), 'utf8').toString('base64url');
}

/**
 * The longest cursor accepted, in base64url characters: room for the longest sort key served, a claimant name of
 * 300 characters each escaped in JSON as \uXXXX (the sources view pages by name), about 2,500.
 */
const MAX_CURSOR_LENGTH = 4096;

export function decodeCursor(query: QueryRecord): unknown[] | null {
  const raw = textParam(query, 'cursor');
  if (raw === undefined) return null;
  try {
    if (raw.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) throw new Error('not base64url');
    const keys: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(keys) || keys.length === 0) throw new Error('not an array');
    return keys;
  } catch {
    throw new BadRequestError('cursor is not valid: use the next link of a previous page.', [{ field: 'cursor', message: 'is not a valid cursor' }]);
  }
}

/** The link to the page after this one (also set as a Link header), null on the last page. */
export function nextLink(req: Request, res: Response, nextCursor: string | null): string | null {
  if (!nextCursor) return null;
  const url = new URL(req.originalUrl, 'http://x');
  url.searchParams.set('cursor', nextCursor);
  const next = url.pathname + url.search;
  res.set('Link', `<${next}>; rel="next"`);
  return next;
}

/** A page of results: `data`, the `next` link (also in a Link header), null on the last page. */
export function sendPage<T>(req: Request, res: Response, data: T[], nextCursor: string | null, extra: object = {}): void {
  res.json({ data, next: nextLink(req, res, nextCursor), ...extra });
}
