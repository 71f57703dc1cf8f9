import type { Request, RequestHandler } from 'express';
import { DomainError } from '../errors';
import { onlyKnown, QueryRecord, textParam } from '../query';
import type { Expected } from '../versions';
import { BadRequestError } from './errors';

/** A single query parameter of a request as a string (see textParam). */
export function queryParam(req: Request, name: string): string | undefined {
  return textParam(req.query as QueryRecord, name);
}

/** Rejects query parameters a route does not know (see onlyKnown). */
export function onlyParams(req: Request, known: readonly string[]): void {
  onlyKnown(req.query as QueryRecord, known);
}

/** A path id: a positive integer, else a 400 naming it (never a database type error). */
export function pathId(req: Request, name = 'id'): number {
  const raw = req.params[name];
  const n = /^[1-9][0-9]{0,15}$/.test(String(raw)) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n))
    throw new BadRequestError(`Path parameter ${name} must be a positive integer.`, [
      { field: name, message: 'must be a positive integer' },
    ]);
  return n;
}

/**
 * A list of ETags in If-Match ("any of these") cannot be told apart from a stale one by a single check: refused plainly
 * (400) rather than answered 412 when one of them is current.
 */
function refuseEtagList(header: string): void {
  if ((header.match(/"/g) ?? []).length > 2 || /^[^"]*,|"\s*,/.test(header))
    throw new BadRequestError('If-Match must hold one ETag: the one of the version you edited, not a list.', [
      { field: 'If-Match', message: 'must be a single ETag (or *)' },
    ]);
}

/**
 * The ETag (contentTag) of a metric, group or place the client last saw, from If-Match, or null when it sends none or
 * `*`: a correction made with it is refused (412) if the record changed since (versions.ts, checkContent). Optional, as
 * these corrections took none before; a weak ETag is taken as the strong one, as expectedVersion does.
 */
export function expectedContent(req: Request): string | null {
  const header = req.get('if-match');
  if (header === undefined || header.trim() === '*') return null;
  refuseEtagList(header);
  const m = /^\s*(?:W\/)?("c-[0-9a-f]{16}")\s*$/.exec(header);
  if (!m) throw new DomainError('version_mismatch', 'If-Match does not match the current ETag.');
  return m[1];
}

/**
 * The version (and ETag) the client last saw, from If-Match. Updates without it are refused (428): an editor
 * must not overwrite a change they have not seen. `*` means "whatever the current version is"; a list of ETags is a 400.
 */
export function expectedVersion(req: Request, required = true): Expected | null {
  const header = req.get('if-match');
  if (header === undefined) {
    if (required) throw new DomainError('version_required', 'Send If-Match with the ETag of the version you edited.');
    return null;
  }
  if (header.trim() === '*') return null;
  refuseEtagList(header);
  // A weak ETag (W/"v3-…") is taken as the strong one it was made from, although RFC 9110 compares If-Match strongly:
  // a reverse proxy that compresses answers (nginx with gzip on, the setup operations.md describes) weakens the ETags
  // it passes on, and refusing them would make every edit through it a 412. The ledger's ETags are only ever strong.
  const m = /^\s*(?:W\/)?("v([0-9]{1,9})(-[0-9a-f]{16})?")\s*$/.exec(header);
  if (!m) throw new DomainError('version_mismatch', 'If-Match does not match the current ETag.');
  return { version: Number(m[2]), tag: m[3] ? m[1] : null };
}

/** Whether a request carries a body that body parsing left unread (not JSON: an NDJSON stream, or a wrong type). */
export function hasUnparsedBody(req: Request): boolean {
  return req.body === undefined && sendsBody(req);
}

/** Whether a request sends body bytes: a Content-Length above 0, or Transfer-Encoding (a declared `Content-Length: 0` sends none). */
export function sendsBody(req: Request): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}

/**
 * Whether a request declares a body (Content-Length, even 0, or Transfer-Encoding): the test body parsing makes
 * (type-is's hasBody), and what every check of a body takes before it looks at one.
 */
export function declaresBody(req: Request): boolean {
  return req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
}

/** Runs `checks` (middleware that reads or refuses a body) only for requests that declare one; the others skip them in one step. */
export function onlyWithBody(checks: RequestHandler): RequestHandler {
  return (req, res, next) => (declaresBody(req) ? checks(req, res, next) : next());
}
